/** The list attached to a decision or a tờ trình: one table, a heading row per title and kind. */
import type { Proposal, SubjectKind } from "../report";
import type { AwardKey } from "../model";
import { awardByKey } from "../rulebook/award-catalogue";
import { groundTexts, voteResultText } from "../messages/proposal-reason-text";
import type { DossierContext } from "./dossier-context";
import { count2 } from "./dossier-context";
import type { TableBlock, TableRow } from "./document";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const TEXT = DOCUMENT_TEXTS.proposalTable;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** Proposals grouped by award and subject kind, in the given (list) order. */
export function groupProposals(
  proposals: readonly Proposal[]
): { award: AwardKey; kind: SubjectKind; items: Proposal[] }[] {
  const groups: { award: AwardKey; kind: SubjectKind; items: Proposal[] }[] = [];
  for (const p of proposals) {
    const last = groups[groups.length - 1];
    if (last?.award === p.award && last.kind === p.subjectKind) last.items.push(p);
    else groups.push({ award: p.award, kind: p.subjectKind, items: [p] });
  }
  return groups;
}

/** "05 cá nhân", "02 tập thể". */
export function countText(n: number, kind: SubjectKind): string {
  return `${count2(n)} ${kind === "individual" ? TEXT.individual : TEXT.collective}`;
}

/** The vote column's text from a proposal's grounds ("8/9 phiếu = 88,9% (từ 80% trở lên)"). */
export function voteOf(p: Proposal): string {
  return voteResultText(p.grounds, "vi") ?? "";
}

/**
 * The list's table. `detailed` (tờ trình appendix, landscape) adds the award, the grounds and the
 * vote; the decision's list has names, positions and units only.
 */
export function proposalTable(
  ctx: DossierContext,
  proposals: readonly Proposal[],
  detailed: boolean
): TableBlock {
  const columns = detailed
    ? [
        { header: TEXT.order, width: 5, align: "center" as const },
        { header: TEXT.name, width: 20 },
        { header: TEXT.position, width: 14 },
        { header: TEXT.unit, width: 18 },
        { header: TEXT.grounds, width: 40 },
        { header: TEXT.vote, width: 15 },
      ]
    : [
        { header: TEXT.order, width: 6, align: "center" as const },
        { header: TEXT.name, width: 30 },
        { header: TEXT.position, width: 24 },
        { header: TEXT.unit, width: 30 },
      ];
  const rows: TableRow[] = [];
  groupProposals(proposals).forEach((group, i) => {
    const info = awardByKey(group.award);
    const what = info.form === "title" ? TEXT.titleGroup({ name: info.name }) : info.name;
    rows.push({
      cells: [`${roman(i + 1)}. ${what}: ${countText(group.items.length, group.kind)}`],
      span: true,
      bold: true,
    });
    group.items.forEach((p, n) => {
      const unit = ctx.unitOf(p.subject);
      const person = p.subjectKind === "individual" ? ctx.staff.get(p.subject) : undefined;
      const name = ctx.subjectName(p.subjectKind, p.subject);
      const base = [
        String(n + 1),
        name,
        person?.position ?? "",
        p.subjectKind === "individual" ? (unit?.name ?? person?.unitCode ?? "") : "",
      ];
      if (!detailed) {
        rows.push({ cells: base });
        return;
      }
      const grounds = groundTexts(p.grounds, "vi");
      rows.push({ cells: [...base, grounds.map((g) => `- ${g}`).join("\n"), voteOf(p)] });
    });
  });
  return { kind: "table", columns, rows, size: 12 };
}
