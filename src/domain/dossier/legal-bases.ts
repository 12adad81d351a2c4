/**
 * The "Căn cứ" lines of the dossier's documents: the Law and the decree of the legal basis in
 * force for the register (rulebook/legal-basis.ts: chosen in `Cấu hình` or by `Năm`), and the
 * Council's minutes.
 */
import { SETTING_LABELS } from "../codec/register-layout";
import { legalBasisForYear, parseLegalBasis, type LegalBasis } from "../rulebook/legal-basis";
import { foldKey } from "../text/normalize";
import type { DossierContext } from "./dossier-context";
import { longDate } from "./dossier-context";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const T = DOCUMENT_TEXTS.legalBases;

/** The legal basis of the register: `Căn cứ pháp lý` when it names one, else by `Năm`. */
export function registerLegalBasis(ctx: DossierContext): LegalBasis {
  const typed = ctx.register.settings.values.get(foldKey(SETTING_LABELS.legalBasis))?.value;
  return (typeof typed === "string" ? parseLegalBasis(typed) : null) ?? legalBasisForYear(ctx.year);
}

/** "Căn cứ …;" lines: the Law, the decree, the Council's minutes. */
export function basisLines(ctx: DossierContext): string[] {
  const basis = registerLegalBasis(ctx);
  const lawPrefix = `${basis.citations.law}; `;
  const decree = basis.name.startsWith(lawPrefix)
    ? basis.name.slice(lawPrefix.length)
    : basis.citations.decree;
  const meeting = ctx.dateSetting("meetingDate");
  return [
    T.basis({ source: basis.citations.law }),
    T.basis({ source: decree }),
    T.minutes({ agency: ctx.agencyShort, date: longDate(meeting) }),
  ];
}
