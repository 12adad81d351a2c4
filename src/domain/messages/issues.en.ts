/**
 * English wording of every issue. Sheet names, column headers and the register's own words
 * (titles, ratings) stay as the register writes them: they are what the user sees in Excel.
 */
import type { IssueCatalogue } from "./catalogue";
import type { CellParams, RecordKind } from "./issue-codes";

const RECORD: Readonly<Record<RecordKind, (subject: string) => string>> = {
  unit: (s) => `of unit ${s}`,
  staff: (s) => `of staff member ${s}`,
  criterion: (s) => `of criterion ${s}`,
  history: (s) => `in the past awards of ${s}`,
  vote: (s) => `in the council vote on ${s}`,
  council: (s) => `of a Council member${s === "" ? "" : ` ${s}`}`,
};

/** `Cell D7 (column "Ngày sinh")` */
function at(p: CellParams): string {
  return `Cell ${p.cell} (column "${p.column}")`;
}

function notAllowed(p: CellParams & { value: string; accepted: string }): string {
  return `${at(p)} holds a value that is not allowed: "${p.value}". Choose one of: ${p.accepted}.`;
}

const ENCODING = {
  TCVN3: "TCVN3 (ABC, .VnTime fonts)",
  VNI: "VNI (VNI-Times fonts)",
} as const;

export const ISSUES_EN: IssueCatalogue = {
  "cell-error": (p) =>
    `${at(p)} holds the error value ${p.error}. Correct the formula or type the value again.`,
  "invalid-award-kind": notAllowed,
  "invalid-bloc-rank": (p) =>
    `${at(p)} is not a valid rank: "${p.value}". Type the unit's rank in its emulation bloc, a whole number from 1 (first).`,
  "invalid-council-role": notAllowed,
  "invalid-criterion-kind": notAllowed,
  "invalid-date": (p) =>
    `${at(p)} must be a date: "${p.value}". Type the date as day/month/year, e.g. 05/11/2024.`,
  "invalid-gender": notAllowed,
  "invalid-number": (p) => `${at(p)} must be a number: "${p.value}". Type a number, e.g. 8 or 8,5.`,
  "invalid-rating": notAllowed,
  "invalid-scope": notAllowed,
  "invalid-year": (p) =>
    `${at(p)} is not a valid year: "${p.value}". Type the year with 4 digits, e.g. 2024.`,
  "invalid-yes-no": notAllowed,
  "legacy-encoding": (p) =>
    `Cell ${p.cell} was typed in the old ${ENCODING[p.encoding]} encoding: "${p.original}" was read as ` +
    `"${p.converted}". Check it and type the cell again in Unicode (or convert it with Unikey).`,
  "missing-code": (p) =>
    `Row ${p.row} of sheet "${p.sheet}" has data but cell ${p.cell} (column "${p.column}") is empty; ` +
    `the row is left out. Type a code (every row of "${p.table}" needs its own) or delete the row.`,
  "missing-headers": (p) =>
    `Sheet "${p.sheet}" has no header row with every required column; missing: ${p.missing}. ` +
    `Add these columns to the table's header row (within the first ${p.searchRows} rows), named as in the template.`,
  "missing-value": (p) =>
    `${at(p)} ${RECORD[p.record](p.subject)} is empty. Fill in "${p.column}".`,
  "unknown-award": (p) =>
    `${at(p)} is not a known title or award${p.ratingAllowed === "yes" ? " nor a rating" : ""}: "${p.value}". ` +
    `Use the name exactly as in the drop-down list of titles and awards` +
    `${p.ratingAllowed === "yes" ? " or a rating" : ""}.`,
};
