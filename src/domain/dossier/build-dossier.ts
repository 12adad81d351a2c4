/**
 * The proposal dossier (hồ sơ đề nghị khen thưởng, Law 06/2022 Art. 84) of an analysed register,
 * as plain documents: a draft decision per title or award the Giám đốc Sở decides, a tờ trình
 * with its list per higher authority, the Council's minutes and the ballot count, a báo cáo thành
 * tích per candidate of a higher authority, and the checklist of components. Nothing is invented:
 * what the register lacks is a dotted blank with a warning naming the setting that fills it.
 */
import type { Analysis } from "../analyse-register";
import type { Issue } from "../issue";
import type { AwardKey } from "../model";
import type { Proposal } from "../report";
import { buildAchievementReport } from "./achievement-report.document";
import { buildChecklist } from "./checklist.document";
import { buildBallotMinutes, buildCouncilMinutes } from "./council-minutes.document";
import { buildDecision } from "./decision.document";
import type { DossierDocument } from "./document";
import { DossierContext, OWN_AUTHORITY, type DossierOptions } from "./dossier-context";
import { buildSubmission } from "./submission.document";

export interface Dossier {
  readonly documents: readonly DossierDocument[];
  /** Warnings about data the documents lack (each names the setting or sheet that fills it). */
  readonly issues: readonly Issue[];
}

/** Builds every document of the dossier, numbered in the order they are handed in. */
export function buildDossier(analysis: Analysis, options: DossierOptions = {}): Dossier {
  const ctx = new DossierContext(analysis, options);
  const documents: DossierDocument[] = [];
  const number = (): string => String(documents.length + 1).padStart(2, "0");
  const proposed = ctx.proposed();

  const own = new Map<AwardKey, Proposal[]>();
  const higher = new Map<string, Proposal[]>();
  for (const p of proposed) {
    const by = ctx.decidedBy(p);
    if (by === OWN_AUTHORITY) own.set(p.award, [...(own.get(p.award) ?? []), p]);
    else higher.set(by, [...(higher.get(by) ?? []), p]);
  }
  for (const [award, items] of own) documents.push(buildDecision(ctx, award, items, number()));
  for (const [by, items] of higher) documents.push(buildSubmission(ctx, by, items, number()));
  documents.push(buildCouncilMinutes(ctx, number()));
  documents.push(buildBallotMinutes(ctx, number()));
  for (const items of higher.values())
    for (const p of items) documents.push(buildAchievementReport(ctx, p, number()));
  documents.push(buildChecklist(ctx, number()));
  return { documents, issues: ctx.issues };
}
