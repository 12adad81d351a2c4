/**
 * The `Báo cáo sơ kết` / `Báo cáo tổng kết` output sheet (issue 11), print-ready on A4: who
 * pledged, pledged vs proposed vs decided per title, ratings of units and staff, the ranking with
 * self and council scores, the last five years of `Lịch sử`, the reward budget; with two native
 * charts (council scores by unit; titles per year) drawn by each adapter from the same cells.
 */
import { cellAddress } from "../grid";
import type { Rating, Register } from "../model";
import type { CellStyle, ChartSpec, OutputSheet, SpecCell } from "../output/sheet-spec";
import type { Proposal, UnitScore } from "../report";
import { AWARD_CATALOGUE, awardByKey, type AwardKey } from "../rulebook/award-catalogue";
import { RATINGS, ratingText } from "../rulebook/rating";
import { REPORT_SHEET_NAMES } from "../output/program-sheets";
import { totalRewards, type RewardTable } from "./rewards";
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";

export type ReportKind = "mid-year" | "year-end";

export { REPORT_SHEET_NAMES };

/**
 * Title columns of the five-year table, with the keys each one counts: a title by its short name,
 * every Bằng khen together.
 */
export const HISTORY_COLUMNS_OF_REPORT: readonly (readonly AwardKey[])[] = [
  ["LDTT"],
  ["CSTDCS"],
  ["TTLDTT"],
  ["TTLDXS"],
  ["BK_TINH", "BK_BO", "BK_TTG"],
];

const WIDTHS = [7, 30, 12, 12, 13, 12, 26];
const LAST_COL = WIDTHS.length - 1;
/** Rows a chart's frame takes. */
const CHART_ROWS = 18;

const STYLES: Readonly<Record<string, CellStyle>> = {
  agency: { bold: true, fontName: "Times New Roman", fontSize: 12 },
  title: { bold: true, fontName: "Times New Roman", fontSize: 14, align: "center", wrap: true },
  subtitle: { italic: true, fontName: "Times New Roman", fontSize: 12, align: "center" },
  section: { bold: true, fontName: "Times New Roman", fontSize: 12 },
  line: { fontName: "Times New Roman", fontSize: 12, wrap: true },
  header: {
    bold: true,
    fontName: "Times New Roman",
    fontSize: 11,
    fill: "DDEBF7",
    border: true,
    wrap: true,
    align: "center",
    valign: "middle",
  },
  text: { fontName: "Times New Roman", fontSize: 11, border: true, wrap: true, valign: "top" },
  center: {
    fontName: "Times New Roman",
    fontSize: 11,
    border: true,
    align: "center",
    valign: "top",
  },
  number: {
    fontName: "Times New Roman",
    fontSize: 11,
    border: true,
    align: "right",
    valign: "top",
  },
  money: {
    fontName: "Times New Roman",
    fontSize: 11,
    border: true,
    align: "right",
    valign: "top",
    numberFormat: "#,##0",
  },
  total: {
    fontName: "Times New Roman",
    fontSize: 11,
    border: true,
    bold: true,
    align: "right",
    numberFormat: "#,##0",
  },
  totalLabel: { fontName: "Times New Roman", fontSize: 11, border: true, bold: true },
  sign: { bold: true, fontName: "Times New Roman", fontSize: 12, align: "center" },
  signDate: { italic: true, fontName: "Times New Roman", fontSize: 12, align: "center" },
};

export interface YearReportInput {
  readonly register: Register;
  readonly scores: readonly UnitScore[];
  readonly proposals: readonly Proposal[];
  /** The report's language (Vietnamese by default): the pane's, or the CLI's `--lang`. */
  readonly language?: Language;
  readonly rewards: RewardTable;
  readonly kind: ReportKind;
}

/** Counts of one title for the report's table. */
export interface TitleFigures {
  readonly award: AwardKey;
  readonly pledged: number;
  readonly proposed: number;
  readonly awarded: number;
  readonly refused: number;
}

/** Pledged vs proposed vs decided, per title, in catalogue order (titles with any count). */
export function titleFigures(register: Register, proposals: readonly Proposal[]): TitleFigures[] {
  const pledged = new Map<AwardKey, number>();
  const bump = (key: AwardKey | null): void => {
    if (key !== null) pledged.set(key, (pledged.get(key) ?? 0) + 1);
  };
  for (const sheet of register.pledges) {
    bump(sheet.collectiveTitle);
    bump(sheet.collectiveAward);
    for (const row of sheet.rows) {
      bump(row.title);
      bump(row.award);
    }
  }
  const decisions = register.decisions ?? [];
  return AWARD_CATALOGUE.map((a) => ({
    award: a.key,
    pledged: pledged.get(a.key) ?? 0,
    proposed: proposals.filter((p) => p.award === a.key && p.status === "proposed").length,
    awarded: decisions.filter((d) => d.awardKey === a.key && d.outcome === "awarded").length,
    refused: decisions.filter((d) => d.awardKey === a.key && d.outcome === "refused").length,
  })).filter((f) => f.pledged + f.proposed + f.awarded + f.refused > 0);
}

/** Per year of the five before the register's, how many of each report column `Lịch sử` holds. */
export function historyFigures(register: Register): { year: number; counts: number[] }[] {
  const y = register.settings.year;
  if (y === null) return [];
  const years = [y - 5, y - 4, y - 3, y - 2, y - 1];
  return years.map((year) => ({
    year,
    counts: HISTORY_COLUMNS_OF_REPORT.map(
      (col) =>
        register.history.filter(
          (h) => h.year === year && h.awardKey !== null && col.includes(h.awardKey)
        ).length
    ),
  }));
}

class Rows {
  readonly rows: (SpecCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};
  get next(): number {
    return this.rows.length;
  }
  push(cells: (SpecCell | null)[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
  line(text: string, style = "line"): void {
    const r = this.push([{ value: text, style }]);
    this.merges.push(`A${r + 1}:${cellAddress(r, LAST_COL)}`);
  }
  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.push([]);
  }
}

const c = (value: string | number | null, style: string): SpecCell => ({ value, style });

/** The report sheet. */
export function buildYearReportSheet(input: YearReportInput): OutputSheet {
  const { register, scores, proposals, rewards, kind } = input;
  const t = sheetTexts(input.language).yearReport;
  const { settings } = register;
  const year = settings.year;
  const out = new Rows();
  const charts: ChartSpec[] = [];

  out.push([c(settings.superiorBody.toLocaleUpperCase("vi"), "agency")]);
  out.push([c(settings.agency.toLocaleUpperCase("vi"), "agency")]);
  out.blank();
  const titleRow = out.push([c(t.title({ midYear: kind === "mid-year", year }), "title")]);
  out.merges.push(`A${titleRow + 1}:${cellAddress(titleRow, LAST_COL)}`);
  out.heights[titleRow] = 36;
  if (settings.campaign !== "") {
    const r = out.push([c(settings.campaign, "subtitle")]);
    out.merges.push(`A${r + 1}:${cellAddress(r, LAST_COL)}`);
  }
  out.blank();

  // I. Pledges
  out.line(t.pledges, "section");
  const pledgingUnits = register.pledges.filter(
    (p) => p.collectiveTitle !== null || p.collectiveAward !== null
  ).length;
  const pledgingStaff = new Set(
    register.pledges.flatMap((p) =>
      p.rows.filter((r) => r.title !== null || r.award !== null).map((r) => r.staffCode)
    )
  ).size;
  out.line(
    t.pledged({
      units: pledgingUnits,
      allUnits: register.units.length,
      staff: pledgingStaff,
      allStaff: register.staff.length,
    })
  );
  out.push(t.titlesHeader.map((h) => c(h, "header")));
  const figures = titleFigures(register, proposals);
  figures.forEach((f, i) => {
    const a = awardByKey(f.award);
    out.push([
      c(i + 1, "center"),
      c(a.name, "text"),
      c(f.pledged, "number"),
      c(f.proposed, "number"),
      c(f.awarded, "number"),
      c(f.refused, "number"),
      c(a.decidedBy, "text"),
    ]);
  });
  if (register.decisions === undefined) {
    out.line(t.noDecisions);
  }
  out.blank();

  // II. Ratings
  out.line(t.ratings, "section");
  out.push(t.ratingsHeader.map((h) => c(h, "header")));
  const ratingRows: [string, Rating | null][] = [
    ...RATINGS.map((r): [string, Rating | null] => [ratingText(r), r]),
    [t.notRated, null],
  ];
  ratingRows.forEach(([label, rating], i) => {
    out.push([
      c(i + 1, "center"),
      c(label, "text"),
      c(register.units.filter((u) => u.rating === rating).length, "number"),
      c(register.staff.filter((s) => s.rating === rating).length, "number"),
    ]);
  });
  out.blank();

  // III. Ranking, and its chart
  out.line(t.ranking, "section");
  const rankHeader = out.push(t.rankHeader.map((h) => c(h, "header")));
  for (const s of scores) {
    const unit = register.units.find((u) => u.code === s.unit);
    out.push([
      c(s.rank, "center"),
      c(unit?.name ?? s.unit, "text"),
      c(s.unit, "center"),
      c(s.selfScore, "number"),
      c(s.councilScore, "number"),
      c(
        s.selfScore === null || s.councilScore === null
          ? null
          : Math.round((s.selfScore - s.councilScore) * 100) / 100,
        "number"
      ),
      c(s.classification, "text"),
    ]);
  }
  const rankLast = out.next - 1;
  if (scores.length > 0) {
    out.blank();
    const top = out.next;
    charts.push({
      kind: "column",
      title: t.scoresChart,
      dataRange: `${cellAddress(rankHeader, 2)}:${cellAddress(rankLast, 4)}`,
      from: { row: top, col: 0 },
      to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
    });
    out.blank(CHART_ROWS + 1);
  }
  out.blank();

  // IV. Five years of Lịch sử, and its chart
  out.line(t.history, "section");
  const histHeader = out.push(
    [
      t.year,
      ...HISTORY_COLUMNS_OF_REPORT.map((keys) =>
        keys.length === 1 && keys[0] !== undefined ? awardByKey(keys[0]).shortName : t.certificates
      ),
    ].map((h) => c(h, "header"))
  );
  const years = historyFigures(register);
  for (const y of years) {
    out.push([c(String(y.year), "center"), ...y.counts.map((n) => c(n, "number"))]);
  }
  if (years.length > 0) {
    out.blank();
    const top = out.next;
    charts.push({
      kind: "column",
      title: t.historyChart,
      dataRange: `${cellAddress(histHeader, 0)}:${cellAddress(histHeader + years.length, HISTORY_COLUMNS_OF_REPORT.length)}`,
      from: { row: top, col: 0 },
      to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
    });
    out.blank(CHART_ROWS + 1);
  }
  out.blank();

  // V. Reward budget
  out.line(t.rewards({ baseSalary: rewards.baseSalary }), "section");
  out.push(t.rewardsHeader.map((h) => c(h, "header")));
  const kindOf = (subject: string): "individual" | "collective" =>
    register.units.some((u) => u.code === subject) ? "collective" : "individual";
  const planned = totalRewards(
    proposals
      .filter((p) => p.status === "proposed")
      .map((p) => ({ award: p.award, kind: p.subjectKind })),
    rewards
  );
  const granted = totalRewards(
    (register.decisions ?? [])
      .filter((d) => d.outcome === "awarded" && d.awardKey !== null)
      .map((d) => ({ award: d.awardKey as AwardKey, kind: kindOf(d.subject) })),
    rewards
  );
  planned.forEach((r, i) => {
    const a = awardByKey(r.award);
    const label =
      a.scope === "both"
        ? t.awardOfKind({ award: a.name, individual: r.kind === "individual" })
        : a.name;
    const g = granted.find((x) => x.award === r.award && x.kind === r.kind);
    out.push([
      c(i + 1, "center"),
      c(label, "text"),
      c(r.count, "number"),
      c(r.multiple, "number"),
      c(r.amount, "money"),
      c(g?.amount ?? 0, "money"),
    ]);
  });
  out.push([
    null,
    c(t.total, "totalLabel"),
    c(
      planned.reduce((s, t) => s + t.count, 0),
      "total"
    ),
    null,
    c(
      planned.reduce((s, t) => s + t.amount, 0),
      "total"
    ),
    c(
      granted.reduce((s, t) => s + t.amount, 0),
      "total"
    ),
  ]);
  out.blank(2);
  const signRow = out.push([null, null, null, null, c(t.signDate, "signDate")]);
  out.merges.push(`${cellAddress(signRow, 4)}:${cellAddress(signRow, LAST_COL)}`);
  const headRow = out.push([null, null, null, null, c(t.signer, "sign")]);
  out.merges.push(`${cellAddress(headRow, 4)}:${cellAddress(headRow, LAST_COL)}`);

  return {
    name: REPORT_SHEET_NAMES[kind],
    styles: STYLES,
    columnWidths: WIDTHS,
    rows: out.rows,
    rowHeights: out.heights,
    merges: out.merges,
    charts,
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      pageNumbers: true,
      pageNumberFont: { name: "Times New Roman", size: 11 },
      margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    tabColor: "2E75B6",
  };
}
