import type { Issue } from "../../issue";
import { awardByKey } from "../../rulebook/award-catalogue";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/**
 * Council votes: the subject is a person or a unit of the register, counts are whole numbers,
 * yes-votes never exceed the council's total membership, and that membership is known
 * (rules.md, "Council votes").
 */
export const votesRule: ValidationRule = {
  id: "votes",
  description:
    "Vote rows name known subjects, once per award, with 0 ≤ yes ≤ members (rules.md, Council votes).",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    const seen = new Map<string, number>();
    const councilMembers = register.settings.councilMembers;
    for (const vote of register.votes) {
      const subjectCell = cellOf(vote.src, "subject");
      if (!index.staffByCode.has(vote.subject) && !index.unitByCode.has(vote.subject)) {
        issues.push(
          makeIssue("error", "unknown-subject", vote.src, subjectCell, {
            cell: subjectCell ?? "",
            subject: vote.subject,
            where: "vote",
          })
        );
      }
      const isPerson = index.staffByCode.has(vote.subject);
      const isUnit = index.unitByCode.has(vote.subject);
      if (vote.awardKey !== null && isPerson !== isUnit) {
        const award = awardByKey(vote.awardKey);
        const wrong =
          (isPerson && award.scope === "collective") || (isUnit && award.scope === "individual");
        if (wrong) {
          const cell = cellOf(vote.src, "award");
          issues.push(
            makeIssue("error", "vote-wrong-subject", vote.src, cell, {
              cell: cell ?? "",
              subject: vote.subject,
              award: vote.awardKey,
              awardName: award.name,
              subjectKind: isPerson ? "individual" : "collective",
            })
          );
        }
      }
      if (vote.awardKey !== null) {
        const key = `${foldKey(vote.subject)}|${vote.awardKey}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          issues.push(
            makeIssue("error", "duplicate-vote", vote.src, subjectCell, {
              subject: vote.subject,
              award: vote.awardKey,
              awardName: awardByKey(vote.awardKey).name,
              firstRow: earlier,
              row: vote.src.row,
            })
          );
        } else {
          seen.set(key, vote.src.row);
        }
      }
      const members = vote.members ?? councilMembers;
      let countsValid = true;
      for (const [field, value] of [
        ["members", vote.members],
        ["yes", vote.yes],
      ] as const) {
        if (
          value !== null &&
          (!Number.isInteger(value) || value < 0 || (field === "members" && value === 0))
        ) {
          countsValid = false;
          const cell = cellOf(vote.src, field);
          issues.push(
            makeIssue("error", "invalid-vote-count", vote.src, cell, {
              cell: cell ?? "",
              value,
              field,
            })
          );
        }
      }
      if (members === null) {
        const cell = cellOf(vote.src, "members") ?? subjectCell;
        issues.push(
          makeIssue("error", "missing-council-members", vote.src, cell, { row: vote.src.row })
        );
      } else if (countsValid && vote.yes !== null && vote.yes > members) {
        const cell = cellOf(vote.src, "yes");
        issues.push(
          makeIssue("error", "votes-above-members", vote.src, cell, {
            cell: cell ?? "",
            yes: vote.yes,
            members,
          })
        );
      }
    }
    return issues;
  },
};
