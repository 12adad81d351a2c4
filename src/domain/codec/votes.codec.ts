/** `Bình xét` → council votes. */
import type { Grid } from "../grid";
import type { Vote } from "../model";
import { parseAwardName } from "./award-name";
import { missingCode, missingValue } from "./common-issues";
import type { CodeBook } from "./code-book";
import { SHEET, VOTE_COLUMNS } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";

/** Reads `Bình xét`; subjects are rewritten to the spelling of `Cán bộ`/`Đơn vị` when known. */
export function readVotes(grid: Grid, sheet: string, subjects: CodeBook, log: IssueLog): Vote[] {
  const table = readTable(grid, sheet, VOTE_COLUMNS, log);
  const votes: Vote[] = [];
  for (const r of rowReaders(grid, table, VOTE_COLUMNS, log)) {
    const subject = subjects.canonical(r.code("subject"));
    const awardText = r.text("award");
    const members = r.number("members");
    const yes = r.number("yes");
    const round = r.number("round");
    const issued = r.number("issued");
    const returned = r.number("returned");
    const valid = r.number("valid");
    const awardKey = awardText === "" ? null : parseAwardName(awardText);
    if (subject === "") {
      missingCode(r, "subject", SHEET.votes);
      continue;
    }
    if (awardText === "") {
      if (!r.hadError("award")) {
        missingValue(r, "award", "vote", subject);
      }
    } else if (awardKey === null) {
      r.invalid("award", "unknown-award", { value: awardText, ratingAllowed: "no" });
    }
    votes.push({ subject, awardKey, members, yes, round, issued, returned, valid, src: r.src() });
  }
  return votes;
}
