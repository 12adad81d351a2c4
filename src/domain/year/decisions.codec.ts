/**
 * `Quyết định` → decisions, validated like every input sheet: a known subject and award, a result
 * of the list, a number and a date for every award granted, no pair twice.
 */
import { parseAwardName } from "../codec/award-name";
import { formatDate } from "../codec/cell-values";
import type { CodeBook } from "../codec/code-book";
import { missingCode, missingValue } from "../codec/common-issues";
import { IssueLog, readTable, rowReaders } from "../codec/table-reader";
import type { Grid } from "../grid";
import type { Decision } from "../model";
import { DECISION_COLUMNS, DECISION_SHEET, OUTCOME_TEXT, parseOutcome } from "./decision-layout";

/**
 * Reads `Quyết định`. `year` is the register's year: a decision on its proposals cannot be dated
 * before 1 January of that year.
 */
export function readDecisions(
  grid: Grid,
  sheet: string,
  subjects: CodeBook,
  year: number | null,
  log: IssueLog
): Decision[] {
  const table = readTable(grid, sheet, DECISION_COLUMNS, log);
  const decisions: Decision[] = [];
  const seen = new Map<string, number>();
  for (const r of rowReaders(grid, table, DECISION_COLUMNS, log)) {
    const typed = r.code("subject");
    const subject = subjects.canonical(typed);
    const awardText = r.text("award");
    const awardKey = awardText === "" ? null : parseAwardName(awardText);
    const decisionNo = r.text("decisionNo");
    const decisionDate = r.date("decisionDate");
    const outcome = r.choice(
      "outcome",
      parseOutcome,
      "invalid-outcome",
      Object.values(OUTCOME_TEXT)
    );
    const note = r.text("note");
    if (subject === "") {
      missingCode(r, "subject", DECISION_SHEET);
      continue;
    }
    if (subjects.resolve(typed) === null) {
      r.invalid("subject", "unknown-decision-subject", { value: typed });
    }
    if (awardText === "") {
      missingValue(r, "award", "decision", subject);
    } else if (awardKey === null) {
      r.invalid("award", "unknown-award", { value: awardText, ratingAllowed: "no" });
    }
    if (awardKey !== null) {
      const key = `${subject}\u0000${awardKey}`;
      const first = seen.get(key);
      if (first !== undefined) {
        r.invalid("award", "duplicate-decision", {
          subject,
          award: awardText,
          row: r.row + 1,
          firstRow: first,
        });
        continue;
      }
      seen.set(key, r.row + 1);
    }
    const words = { subject, award: awardText, awarded: OUTCOME_TEXT.awarded };
    if (outcome === "awarded") {
      if (decisionNo === "" && !r.hadError("decisionNo")) {
        r.invalid("decisionNo", "decision-without-number", words, "warning");
      }
      if (decisionDate === null && !r.hadError("decisionDate") && r.isBlank("decisionDate")) {
        r.invalid("decisionDate", "decision-without-date", words, "warning");
      }
    } else if (
      outcome === null &&
      r.isBlank("outcome") &&
      (decisionNo !== "" || decisionDate !== null)
    ) {
      r.invalid(
        "outcome",
        "decision-without-result",
        { ...words, refused: OUTCOME_TEXT.refused },
        "warning"
      );
    }
    if (decisionDate !== null && year !== null && decisionDate.year < year) {
      r.invalid(
        "decisionDate",
        "decision-before-year",
        { date: formatDate(decisionDate), year },
        "warning"
      );
    }
    decisions.push({
      subject,
      awardKey,
      awardText,
      decisionNo,
      decisionDate,
      outcome,
      note,
      src: r.src(),
    });
  }
  return decisions;
}
