/** The short Vietnamese summaries printed to stdout. */
import type { Analysis } from "../domain/analyse-register";
import { AUTHORITY_TEXT, AWARD_CATALOGUE } from "../domain/rulebook/award-catalogue";

const OWN_AUTHORITY = AUTHORITY_TEXT.GIAM_DOC_SO;
import type { Language } from "../domain/messages/language";
import { issueText } from "../domain/messages/render-issue";
import type { Proposal, ProposalStatus, ReportIssue } from "../domain/report";

function awardName(key: string): string {
  return AWARD_CATALOGUE.find((a) => a.key === key)?.name ?? key;
}

const STATUS_LABEL: Readonly<Record<ProposalStatus, string>> = {
  proposed: "đề nghị",
  awaiting_vote: "chờ bỏ phiếu",
  not_eligible: "không đủ điều kiện",
  over_quota: "vượt tỷ lệ",
};

/** 94.5 → "94,5" (Vietnamese decimal comma). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

export function issueCounts(issues: readonly ReportIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

export function registerLine(analysis: Analysis): string {
  const { agency, year } = analysis.report.register;
  return `Sổ thi đua: ${agency === "" ? "(chưa ghi Cơ quan)" : agency}${year === null ? "" : ` — năm ${year}`}`;
}

export function issuesLine(issues: readonly ReportIssue[], language: Language = "vi"): string {
  const { errors, warnings } = issueCounts(issues);
  if (language === "en") {
    if (errors === 0 && warnings === 0) return "Check: no errors or warnings.";
    return `Check: ${errors} error(s), ${warnings} warning(s).`;
  }
  if (errors === 0 && warnings === 0) return "Kiểm tra: không có lỗi hay cảnh báo.";
  return `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`;
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
        (a.issue.sheet ?? "").localeCompare(b.issue.sheet ?? "") ||
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
  sheetOrder: readonly string[] = [],
  language: Language = "vi"
): string[] {
  const en = language === "en";
  const lines: string[] = [];
  const ordered = inWorkbookOrder(issues, sheetOrder);
  for (const severity of ["error", "warning"] as const) {
    const list = ordered.filter((i) => i.severity === severity);
    if (list.length === 0) continue;
    const heading = severity === "error" ? "Lỗi (phải sửa):" : "Cảnh báo (nên xem lại):";
    const headingEn = severity === "error" ? "Errors (to correct):" : "Warnings (to review):";
    lines.push(en ? headingEn : heading);
    for (const issue of list.slice(0, limit)) {
      lines.push(`  ${where(issue)}  ${issueText(issue, language)}`);
    }
    if (list.length > limit) {
      const more = list.length - limit;
      lines.push(en ? `  … and ${more} more.` : `  … và ${more} mục khác.`);
    }
  }
  return lines;
}

function where(issue: ReportIssue): string {
  if (issue.sheet === null) return "[sổ]";
  return issue.cell === null ? `[${issue.sheet}]` : `${issue.sheet}!${issue.cell}`;
}

/** Units by rank: "1. VP 96,5 điểm — Hoàn thành xuất sắc nhiệm vụ". */
export function unitLines(analysis: Analysis, limit: number): string[] {
  const ranked = analysis.report.units
    .filter((u) => u.rank !== null)
    .slice()
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const unranked = analysis.report.units.length - ranked.length;
  if (analysis.report.units.length === 0) return [];
  const names = new Map(analysis.register.units.map((u) => [u.code, u.name]));
  const lines = [`Xếp hạng đơn vị (điểm Hội đồng chấm):`];
  for (const u of ranked.slice(0, limit)) {
    const name = names.get(u.unit) ?? u.unit;
    const score = u.councilScore === null ? "—" : formatNumber(u.councilScore);
    lines.push(
      `  ${u.rank}. ${name} (${u.unit}): ${score} điểm — ${u.classification ?? "chưa xếp loại"}`
    );
  }
  if (ranked.length > limit) lines.push(`  … và ${ranked.length - limit} đơn vị khác.`);
  if (unranked > 0) lines.push(`  ${unranked} đơn vị chưa xếp hạng (thiếu điểm chấm).`);
  return lines;
}

/** Per title/award: how many proposals of each status. */
export function proposalLines(proposals: readonly Proposal[]): string[] {
  if (proposals.length === 0) return [];
  const byAward = new Map<string, Map<ProposalStatus, number>>();
  for (const p of proposals) {
    const counts = byAward.get(p.award) ?? new Map<ProposalStatus, number>();
    counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    byAward.set(p.award, counts);
  }
  const lines = ["Danh hiệu / hình thức khen thưởng:"];
  for (const [award, counts] of byAward) {
    const parts = (Object.keys(STATUS_LABEL) as ProposalStatus[])
      .filter((s) => (counts.get(s) ?? 0) > 0)
      .map((s) => `${counts.get(s) ?? 0} ${STATUS_LABEL[s]}`);
    // Above the Sở, "đề nghị" means proposed by the Sở: say who decides (rules.md).
    const decidedBy = proposals.find((p) => p.award === award)?.decidedBy ?? OWN_AUTHORITY;
    const who = decidedBy === OWN_AUTHORITY ? "" : ` (${decidedBy} quyết định)`;
    lines.push(`  ${awardName(award)}${who}: ${parts.join(", ")}`);
  }
  return lines;
}
