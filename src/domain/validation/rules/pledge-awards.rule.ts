import type { Issue } from "../../issue";
import type { AwardKey, Source } from "../../model";
import { awardByKey } from "../../rulebook/award-catalogue";
import { makeIssue, type ValidationRule } from "../rule";
import { headerOf, PLEDGE_COLUMNS, PLEDGE_LABELS } from "../../codec/register-layout";

type Column = "title" | "award";
type Subject = "individual" | "collective";

const COLUMN_NAME: Readonly<
  Record<Column, { readonly individual: string; readonly collective: string }>
> = {
  title: {
    individual: headerOf(PLEDGE_COLUMNS, "title"),
    collective: PLEDGE_LABELS.collectiveTitle,
  },
  award: {
    individual: headerOf(PLEDGE_COLUMNS, "award"),
    collective: PLEDGE_LABELS.collectiveAward,
  },
};

/**
 * Titles go in the title column, awards in the award column; individual titles are pledged by
 * people and collective titles by units (rules.md, "Keys and names": an error at that cell).
 */
export function checkPledgedAward(
  key: AwardKey | null,
  column: Column,
  subject: Subject,
  src: Source | { readonly sheet: string },
  cell: string | null
): Issue[] {
  if (key === null) return [];
  const award = awardByKey(key);
  const here = COLUMN_NAME[column][subject];
  if (award.form === "title" && column === "award") {
    return [
      makeIssue("error", "title-in-award-column", src, cell, {
        cell: cell ?? "",
        column: here,
        award: key,
        awardName: award.name,
        target: COLUMN_NAME.title[subject],
      }),
    ];
  }
  if (award.form === "award" && column === "title") {
    return [
      makeIssue("error", "award-in-title-column", src, cell, {
        cell: cell ?? "",
        column: here,
        award: key,
        awardName: award.name,
        target: COLUMN_NAME.award[subject],
      }),
    ];
  }
  if (award.scope === "collective" && subject === "individual") {
    return [
      makeIssue("error", "collective-title-for-person", src, cell, {
        cell: cell ?? "",
        award: key,
        awardName: award.name,
        target: COLUMN_NAME[column].collective,
      }),
    ];
  }
  if (award.scope === "individual" && subject === "collective") {
    return [
      makeIssue("error", "individual-title-for-unit", src, cell, {
        cell: cell ?? "",
        award: key,
        awardName: award.name,
      }),
    ];
  }
  return [];
}

/** Every pledged name sits in the right column and fits its subject. */
export const pledgeAwardsRule: ValidationRule = {
  id: "pledge-awards",
  description:
    "Pledged titles/awards are in their own column and fit the subject (rules.md, Keys and names).",
  check: ({ register }) =>
    register.pledges.flatMap((sheet) => [
      ...checkPledgedAward(
        sheet.collectiveTitle,
        "title",
        "collective",
        { sheet: sheet.sheet },
        sheet.collectiveTitleCell
      ),
      ...checkPledgedAward(
        sheet.collectiveAward,
        "award",
        "collective",
        { sheet: sheet.sheet },
        sheet.collectiveAwardCell
      ),
      ...sheet.rows.flatMap((row) => [
        ...checkPledgedAward(
          row.title,
          "title",
          "individual",
          row.src,
          row.src.cells.title ?? null
        ),
        ...checkPledgedAward(
          row.award,
          "award",
          "individual",
          row.src,
          row.src.cells.award ?? null
        ),
      ]),
    ]),
};
