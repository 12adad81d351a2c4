/** `ĐK-<Mã đơn vị>` → one unit's pledges: two collective cells above a table of people. */
import { cellAddress, isCellError, type Grid } from "../grid";
import type { AwardKey, PledgeRow, PledgeSheet } from "../model";
import { headerKey } from "../text/normalize";
import { parseAwardName } from "./award-name";
import { isBlank, plainText } from "./cell-values";
import { missingCode } from "./common-issues";
import type { CodeBook } from "./code-book";
import {
  HEADER_SEARCH_ROWS,
  IssueLog,
  convertText,
  readTable,
  rowReaders,
  type RowReader,
} from "./table-reader";
import { PLEDGE_COLUMNS, PLEDGE_LABELS } from "./register-layout";

/** How far right of a label its value may sit (labels are often merged over a few cells). */
const LABEL_REACH = 3;

interface LabelledValue {
  readonly key: AwardKey | null;
  readonly cell: string | null;
}

function unknownAward(
  log: IssueLog,
  sheet: string,
  cell: string,
  label: string,
  text: string
): void {
  log.issue(
    "error",
    "unknown-award",
    { cell, column: label, value: text, ratingAllowed: "no" },
    sheet,
    cell
  );
}

/** The value right of a label cell found above the table (or in the first rows). */
function labelledValue(
  grid: Grid,
  sheet: string,
  label: string,
  lastRow: number,
  log: IssueLog
): LabelledValue {
  const wanted = headerKey(label);
  for (let r = 0; r < lastRow; r++) {
    const row = grid[r] ?? [];
    const col = row.findIndex((v) => typeof v === "string" && headerKey(v) === wanted);
    if (col < 0) continue;
    for (let c = col + 1; c <= col + LABEL_REACH && c < row.length; c++) {
      const value = row[c];
      if (isBlank(value)) continue;
      const cell = cellAddress(r, c);
      if (isCellError(value)) {
        log.issue("error", "cell-error", { cell, column: label, error: value.error }, sheet, cell);
        return { key: null, cell };
      }
      if (typeof value !== "string") {
        unknownAward(log, sheet, cell, label, plainText(value));
        return { key: null, cell };
      }
      const text = convertText(value, sheet, cell, log);
      const key = parseAwardName(text);
      if (key === null) unknownAward(log, sheet, cell, label, text);
      return { key, cell };
    }
    return { key: null, cell: null };
  }
  return { key: null, cell: null };
}

/** The award a pledge cell names; an unknown name is an error at the cell (a function, not a closure per row). */
function readAward(
  r: RowReader<PledgeField>,
  field: "title" | "award",
  text: string
): AwardKey | null {
  if (text === "") return null;
  const key = parseAwardName(text);
  if (key === null) {
    r.invalid(field, "unknown-award", { value: text, ratingAllowed: "no" });
  }
  return key;
}

type PledgeField = (typeof PLEDGE_COLUMNS)[number]["field"];

/** Reads one pledge sheet of unit `unitCode` (already resolved from the sheet name). */
export function readPledgeSheet(
  grid: Grid,
  sheet: string,
  unitCode: string,
  staff: CodeBook,
  log: IssueLog
): PledgeSheet {
  const table = readTable(grid, sheet, PLEDGE_COLUMNS, log, { emptyIsFine: false });
  const labelRows = table.headerRow ?? Math.min(grid.length, HEADER_SEARCH_ROWS);
  const title = labelledValue(grid, sheet, PLEDGE_LABELS.collectiveTitle, labelRows, log);
  const award = labelledValue(grid, sheet, PLEDGE_LABELS.collectiveAward, labelRows, log);
  const rows: PledgeRow[] = [];
  for (const r of rowReaders(grid, table, PLEDGE_COLUMNS, log)) {
    const staffCode = staff.canonical(r.code("staffCode"));
    const name = r.text("name");
    const titleText = r.text("title");
    const awardText = r.text("award");
    const note = r.text("note");
    const titleKey = readAward(r, "title", titleText);
    const awardKey = readAward(r, "award", awardText);
    if (staffCode === "") {
      // A row with only STT filled is a numbered empty line of the form, not data.
      if (name === "" && titleText === "" && awardText === "" && note === "") continue;
      missingCode(r, "staffCode", sheet);
      continue;
    }
    rows.push({ staffCode, name, title: titleKey, award: awardKey, note, src: r.src() });
  }
  return {
    sheet,
    unitCode,
    collectiveTitle: title.key,
    collectiveTitleCell: title.cell,
    collectiveAward: award.key,
    collectiveAwardCell: award.cell,
    rows,
  };
}
