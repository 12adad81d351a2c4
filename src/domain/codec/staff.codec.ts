/** `Cán bộ` → staff. */
import type { Grid } from "../grid";
import type { Staff } from "../model";
import { missingCode, missingValue } from "./common-issues";
import type { CodeBook } from "./code-book";
import { SHEET, STAFF_COLUMNS } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";
import {
  RATING_CHOICES,
  isNoDiscipline,
  isNotRated,
  parseDiscipline,
  parseGender,
  parseRating,
  parseYesNo,
} from "./vocabulary";

/** What `Giới tính` and `Nghỉ thai sản` accept, as the issue lists them. */
const GENDERS = ["Nam", "Nữ"];
const YES_NO = ["có", "không"];

/** Reads the roster; unit codes are rewritten to the spelling of `Đơn vị` when known. */
export function readStaff(grid: Grid, sheet: string, units: CodeBook, log: IssueLog): Staff[] {
  const table = readTable(grid, sheet, STAFF_COLUMNS, log, { emptyIsFine: false });
  const staff: Staff[] = [];
  for (const r of rowReaders(grid, table, STAFF_COLUMNS, log)) {
    const code = r.code("code");
    const name = r.text("name");
    const unitCode = units.canonical(r.code("unitCode"));
    const position = r.text("position");
    const birthDate = r.date("birthDate");
    const gender = r.choice("gender", parseGender, "invalid-gender", GENDERS);
    const monthsWorked = r.number("monthsWorked");
    const maternityLeave =
      r.choice("maternityLeave", parseYesNo, "invalid-yes-no", YES_NO) ?? false;
    const rating = r.choice("rating", parseRating, "invalid-rating", RATING_CHOICES, isNotRated);
    const disciplineText = r.text("discipline");
    const discipline = isNoDiscipline(disciplineText)
      ? null
      : (parseDiscipline(disciplineText) ?? disciplineText);
    const note = r.text("note");
    if (code === "") {
      missingCode(r, "code", SHEET.staff);
      continue;
    }
    if (name === "") missingValue(r, "name", "staff", code);
    if (unitCode === "") missingValue(r, "unitCode", "staff", code);
    staff.push({
      code,
      name,
      unitCode,
      position,
      birthDate,
      gender,
      monthsWorked,
      maternityLeave,
      rating,
      discipline,
      note,
      src: r.src(),
    });
  }
  return staff;
}
