/** The short summaries printed to stdout, in the console's language. */
import type { Analysis } from "../domain/analyse-register";
import { issueText } from "../domain/messages/render-issue";
import { AUTHORITY_TEXT, AWARD_CATALOGUE } from "../domain/rulebook/award-catalogue";
import type { Proposal, ProposalStatus, ReportIssue } from "../domain/report";
import type { CliTexts } from "./messages/cli-texts";

const OWN_AUTHORITY = AUTHORITY_TEXT.GIAM_DOC_SO;

function awardName(key: string): string {
  return AWARD_CATALOGUE.find((a) => a.key === key)?.name ?? key;
}

/** The order statuses are counted in. */
const STATUSES: readonly ProposalStatus[] = [
  "proposed",
  "awaiting_vote",
  "not_eligible",
  "over_quota",
];

export function issueCounts(issues: readonly ReportIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

export function registerLine(analysis: Analysis, t: CliTexts): string {
  const { agency, year } = analysis.report.register;
  return t.summary.register({ agency: agency === "" ? null : agency, year });
}

export function issuesLine(issues: readonly ReportIssue[], t: CliTexts): string {
  return t.summary.issues(issueCounts(issues));
}

/**
 * Issues in workbook order: those about the whole register first, then sheet by sheet in tab
 * order (sheets no longer in the workbook last), and within a sheet by row, then column.
 */
export function inWorkbookOrder(
  issues: readonly ReportIssue[],
  sheetOrder: readonly string[]
): ReportIssue[] {
  const tab = new Map(sheetOrder.map((name, i) => [name, i]));
  const sheetRank = (i: ReportIssue): number =>
    i.sheet === null ? -1 : (tab.get(i.sheet) ?? sheetOrder.length);
  const at = (i: ReportIssue): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(i.cell ?? "");
    if (!m) return [0, 0]; // the sheet as a whole comes before its cells
    const letters = m[1] ?? "";
    let column = 0;
    for (let k = 0; k < letters.length; k++) column = column * 26 + letters.charCodeAt(k) - 64;
    return [Number(m[2]), column];
  };
  return issues
    .map((issue, index) => ({ issue, index, sheet: sheetRank(issue), cell: at(issue) }))
    .sort(
      (a, b) =>
        a.sheet - b.sheet ||
        // Most issues share their sheet: the collator is asked only about two different names.
        (a.issue.sheet === b.issue.sheet
          ? 0
          : (a.issue.sheet ?? "").localeCompare(b.issue.sheet ?? "")) ||
        a.cell[0] - b.cell[0] ||
        a.cell[1] - b.cell[1] ||
        a.index - b.index
    )
    .map((e) => e.issue);
}

/**
 * The first issues of each severity with sheet!cell, in workbook order (`sheetOrder`: the
 * workbook's sheet names in tab order), and how many more there are.
 */
export function issueList(
  issues: readonly ReportIssue[],
  limit: number,
  sheetOrder: readonly string[],
  t: CliTexts
): string[] {
  const lines: string[] = [];
  const ordered = inWorkbookOrder(issues, sheetOrder);
  for (const severity of ["error", "warning"] as const) {
    const list = ordered.filter((i) => i.severity === severity);
    if (list.length === 0) continue;
    lines.push(severity === "error" ? t.summary.errorsHeading : t.summary.warningsHeading);
    for (const issue of list.slice(0, limit)) {
      lines.push(`  ${where(issue, t)}  ${issueText(issue, t.language)}`);
    }
    if (list.length > limit) lines.push(t.summary.moreIssues({ more: list.length - limit }));
  }
  return lines;
}

function where(issue: ReportIssue, t: CliTexts): string {
  if (issue.sheet === null) return t.summary.wholeRegister;
  return issue.cell === null ? `[${issue.sheet}]` : `${issue.sheet}!${issue.cell}`;
}

/** Units by rank: "1. Văn phòng (VP): 96,5 điểm — Hoàn thành xuất sắc nhiệm vụ". */
export function unitLines(analysis: Analysis, limit: number, t: CliTexts): string[] {
  const ranked = analysis.report.units
    .filter((u) => u.rank !== null)
    .slice()
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const unranked = analysis.report.units.length - ranked.length;
  if (analysis.report.units.length === 0) return [];
  const names = new Map(analysis.register.units.map((u) => [u.code, u.name]));
  const lines = [t.summary.unitsHeading];
  for (const u of ranked.slice(0, limit)) {
    lines.push(
      t.summary.unit({
        rank: u.rank ?? 0,
        name: names.get(u.unit) ?? u.unit,
        unit: u.unit,
        score: u.councilScore,
        rating: u.classification,
      })
    );
  }
  if (ranked.length > limit) lines.push(t.summary.moreUnits({ more: ranked.length - limit }));
  if (unranked > 0) lines.push(t.summary.unranked({ count: unranked }));
  return lines;
}

/** Per title/award: how many proposals of each status. */
export function proposalLines(proposals: readonly Proposal[], t: CliTexts): string[] {
  if (proposals.length === 0) return [];
  const byAward = new Map<string, Map<ProposalStatus, number>>();
  for (const p of proposals) {
    const counts = byAward.get(p.award) ?? new Map<ProposalStatus, number>();
    counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    byAward.set(p.award, counts);
  }
  const lines = [t.summary.proposalsHeading];
  for (const [award, counts] of byAward) {
    const parts = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0).map((status) =>
      t.summary.status({ status, count: counts.get(status) ?? 0 })
    );
    // Above the Sở, "đề nghị" means proposed by the Sở: say who decides (rules.md).
    const decidedBy = proposals.find((p) => p.award === award)?.decidedBy ?? OWN_AUTHORITY;
    lines.push(
      t.summary.award({
        award: awardName(award),
        decidedBy: decidedBy === OWN_AUTHORITY ? null : decidedBy,
        counts: parts.join(", "),
      })
    );
  }
  return lines;
}
