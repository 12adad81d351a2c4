/**
 * Builds the `Quyết định` sheet from the current proposals (issue 11): one row per proposed
 * (subject, award) with its deciding authority and its reward, the input columns people type
 * (`Số quyết định`, `Ngày quyết định`, `Kết quả`, `Ghi chú`) carried over from the sheet as it
 * was, so re-creating it never loses what people typed; rows typed earlier whose pair is no
 * longer proposed are kept and flagged. Beside the table, the budget: rewards totalled per title.
 */
import { columnLetter } from "../grid";
import type { DateOnly, Decision, Register } from "../model";
import type { CellStyle, OutputSheet, SpecCell } from "../output/sheet-spec";
import type { Proposal, SubjectKind } from "../report";
import { awardByKey, type AwardKey } from "../rulebook/award-catalogue";
import type { Language } from "../messages/language";
import { sheetTexts, type SheetTexts } from "../messages/sheet-texts";
import {
  DECISION_COLUMNS,
  DECISION_SHEET,
  NO_LONGER_PROPOSED,
  OUTCOME_TEXT,
} from "./decision-layout";
import { totalRewards, type RewardTable, type RewardTotal } from "./rewards";

/** Rows of the sheet (1-based): title, note, then the table's header. */
const HEADER_ROW = 4;
/** The budget block starts two columns right of the table. */
const BUDGET_COL = DECISION_COLUMNS.length + 1;

const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 14 },
  note: { italic: true, color: "595959" },
  header: {
    bold: true,
    fill: "DDEBF7",
    border: true,
    wrap: true,
    align: "center",
    valign: "middle",
  },
  cell: { border: true, valign: "top", wrap: true },
  text: { border: true, valign: "top", numberFormat: "@" },
  input: { border: true, fill: "FFF2CC", valign: "top", numberFormat: "@" },
  inputDate: { border: true, fill: "FFF2CC", valign: "top", numberFormat: "dd/mm/yyyy" },
  money: { border: true, valign: "top", numberFormat: "#,##0" },
  multiple: { border: true, valign: "top", numberFormat: "0.0" },
  total: { border: true, bold: true, numberFormat: "#,##0" },
  totalLabel: { border: true, bold: true },
};

/** Excel's serial day number of a date (1900 date system). */
export function excelSerial(date: DateOnly): number {
  return Math.round(
    (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86400000
  );
}

/** A row of the sheet before it is drawn. */
export interface DecisionRow {
  readonly subject: string;
  readonly kind: SubjectKind;
  readonly award: AwardKey;
  readonly awardText: string;
  readonly authority: string;
  readonly kept: Decision | null;
  readonly stillProposed: boolean;
}

function subjectKind(register: Register, subject: string): SubjectKind {
  return register.units.some((u) => u.code === subject) ? "collective" : "individual";
}

/** The rows: proposed pairs in proposal order, then earlier rows whose pair is gone. */
export function decisionRows(register: Register, proposals: readonly Proposal[]): DecisionRow[] {
  const earlier = register.decisions ?? [];
  const keyOf = (subject: string, award: AwardKey): string => `${subject}\u0000${award}`;
  const typed = new Map<string, Decision>();
  for (const d of earlier) if (d.awardKey !== null) typed.set(keyOf(d.subject, d.awardKey), d);
  const rows: DecisionRow[] = [];
  const used = new Set<string>();
  for (const p of proposals) {
    if (p.status !== "proposed") continue;
    const key = keyOf(p.subject, p.award);
    if (used.has(key)) continue;
    used.add(key);
    rows.push({
      subject: p.subject,
      kind: p.subjectKind,
      award: p.award,
      awardText: awardByKey(p.award).name,
      authority: awardByKey(p.award).decidedBy,
      kept: typed.get(key) ?? null,
      stillProposed: true,
    });
  }
  for (const d of earlier) {
    if (d.awardKey === null || used.has(keyOf(d.subject, d.awardKey))) continue;
    used.add(keyOf(d.subject, d.awardKey));
    rows.push({
      subject: d.subject,
      kind: subjectKind(register, d.subject),
      award: d.awardKey,
      awardText: awardByKey(d.awardKey).name,
      authority: awardByKey(d.awardKey).decidedBy,
      kept: d,
      stillProposed: false,
    });
  }
  return rows;
}

function namesOf(register: Register, subject: string): { name: string; unit: string } {
  const unit = register.units.find((u) => u.code === subject);
  if (unit) return { name: unit.name, unit: "" };
  const person = register.staff.find((s) => s.code === subject);
  if (!person) return { name: "", unit: "" };
  const home = register.units.find((u) => u.code === person.unitCode);
  return { name: person.name, unit: home?.name ?? person.unitCode };
}

function noteOf(row: DecisionRow): string {
  const typed = row.kept?.note ?? "";
  if (row.stillProposed) {
    return typed.startsWith(NO_LONGER_PROPOSED)
      ? typed.slice(NO_LONGER_PROPOSED.length).replace(/^[\s.;:–-]+/, "")
      : typed;
  }
  if (typed.startsWith(NO_LONGER_PROPOSED)) return typed;
  return typed === "" ? NO_LONGER_PROPOSED : `${NO_LONGER_PROPOSED}. ${typed}`;
}

/**
 * The `Quyết định` sheet for the register's current proposals. Its title, note and budget are in
 * `language`; its name, headers and typed values are the register's contract.
 */
export function buildDecisionSheet(
  register: Register,
  proposals: readonly Proposal[],
  rewards: RewardTable,
  language: Language = "vi"
): { readonly sheet: OutputSheet; readonly rows: readonly DecisionRow[]; readonly kept: number } {
  const texts = sheetTexts(language).decisionSheet;
  const rows = decisionRows(register, proposals);
  const year = register.settings.year;
  const lastCol = DECISION_COLUMNS.length - 1;
  const body = rows.map((row, i): (SpecCell | null)[] => {
    const { name, unit } = namesOf(register, row.subject);
    const kept = row.kept;
    const multiple = rewards.multiple(row.award, row.kind);
    return [
      { value: i + 1, style: "cell" },
      { value: row.subject, style: "text" },
      { value: name, style: "cell" },
      { value: unit, style: "cell" },
      { value: row.awardText, style: "cell" },
      { value: row.authority, style: "cell" },
      { value: kept?.decisionNo || null, style: "input" },
      {
        value: kept?.decisionDate ? excelSerial(kept.decisionDate) : null,
        style: "inputDate",
      },
      { value: kept?.outcome ? OUTCOME_TEXT[kept.outcome] : null, style: "input" },
      { value: multiple, style: "multiple" },
      { value: rewards.amount(row.award, row.kind), style: "money" },
      { value: noteOf(row) || null, style: "input" },
    ];
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const letter = (field: string): string =>
    columnLetter(DECISION_COLUMNS.findIndex((c) => c.field === field));
  const sheetRows: (SpecCell | null)[][] = [
    [{ value: texts.title({ year }), style: "title" }],
    [{ value: texts.note, style: "note" }],
    [],
    DECISION_COLUMNS.map((c) => ({ value: c.header, style: "header" })),
    ...body,
  ];
  placeBudget(sheetRows, budgetBlock(rows, rewards, texts));
  const kept = rows.filter(
    (r) =>
      r.kept !== null &&
      (r.kept.decisionNo !== "" ||
        r.kept.decisionDate !== null ||
        r.kept.outcome !== null ||
        r.kept.note !== "")
  ).length;
  return {
    rows,
    kept,
    sheet: {
      name: DECISION_SHEET,
      styles: STYLES,
      columnWidths: [...DECISION_COLUMNS.map((c) => c.width), 3, 30, 10, 11, 18],
      rows: sheetRows,
      rowHeights: { [HEADER_ROW - 1]: 32 },
      merges: [`A1:${columnLetter(lastCol)}1`, `A2:${columnLetter(lastCol)}2`],
      freezeRows: HEADER_ROW,
      validations: [
        {
          range: `${letter("outcome")}${first}:${letter("outcome")}${last + 200}`,
          list: Object.values(OUTCOME_TEXT),
        },
      ],
      table: { name: "QuyetDinh", range: `A${HEADER_ROW}:${columnLetter(lastCol)}${last}` },
      print: {
        orientation: "landscape",
        paper: "A4",
        repeatRows: [HEADER_ROW, HEADER_ROW],
        fitToWidth: true,
        pageNumbers: true,
      },
      tabColor: "C00000",
    },
  };
}

/** Budget: proposed (planned) and granted counts and money per title. */
function budgetBlock(
  rows: readonly DecisionRow[],
  rewards: RewardTable,
  texts: SheetTexts["decisionSheet"]
): (SpecCell | null)[][] {
  const planned = totalRewards(
    rows.filter((r) => r.stillProposed).map((r) => ({ award: r.award, kind: r.kind })),
    rewards
  );
  const granted = totalRewards(
    rows
      .filter((r) => r.kept?.outcome === "awarded")
      .map((r) => ({ award: r.award, kind: r.kind })),
    rewards
  );
  const label = (t: RewardTotal): string => {
    const a = awardByKey(t.award);
    return a.scope === "both"
      ? `${a.shortName} (${t.kind === "individual" ? texts.individual : texts.collective})`
      : a.shortName;
  };
  const grantedOf = (t: RewardTotal): RewardTotal | undefined =>
    granted.find((g) => g.award === t.award && g.kind === t.kind);
  const out: (SpecCell | null)[][] = [
    [{ value: texts.budgetTitle({ baseSalary: rewards.baseSalary }), style: "totalLabel" }],
    texts.budgetHeader.map((h) => ({ value: h, style: "header" })),
  ];
  for (const t of planned) {
    out.push([
      { value: label(t), style: "cell" },
      { value: t.count, style: "cell" },
      { value: t.multiple, style: "multiple" },
      { value: t.amount, style: "money" },
      { value: grantedOf(t)?.amount ?? 0, style: "money" },
    ]);
  }
  out.push([
    { value: texts.total, style: "totalLabel" },
    { value: planned.reduce((s, t) => s + t.count, 0), style: "totalLabel" },
    null,
    { value: planned.reduce((s, t) => s + t.amount, 0), style: "total" },
    { value: granted.reduce((s, t) => s + t.amount, 0), style: "total" },
  ]);
  return out;
}

/** Writes the budget block at the header row, right of the table (the codec reads only the table). */
function placeBudget(
  rows: (SpecCell | null)[][],
  block: readonly (readonly (SpecCell | null)[])[]
): void {
  block.forEach((cells, i) => {
    const r = HEADER_ROW - 1 + i;
    while (rows.length <= r) rows.push([]);
    const row = rows[r] ?? [];
    while (row.length < BUDGET_COL) row.push(null);
    row.splice(BUDGET_COL, cells.length, ...cells);
    rows[r] = row;
  });
}
