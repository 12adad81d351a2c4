import type { Issue } from "../../issue";
import type { AwardKey, Source } from "../../model";
import { awardByKey } from "../../rulebook/award-catalogue";
import { makeIssue, type ValidationRule } from "../rule";

type Column = "title" | "award";
type Subject = "individual" | "collective";

const COLUMN_NAME: Readonly<
  Record<Column, { readonly individual: string; readonly collective: string }>
> = {
  title: { individual: "Danh hiệu đăng ký", collective: "Danh hiệu tập thể đăng ký" },
  award: {
    individual: "Hình thức khen thưởng đăng ký",
    collective: "Hình thức khen thưởng tập thể đăng ký",
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
      makeIssue(
        "error",
        "title-in-award-column",
        src,
        cell,
        `Ô ${cell ?? ""} (cột "${here}") ghi "${award.name}", là một danh hiệu thi đua chứ không phải hình thức khen thưởng. ` +
          `Hãy chuyển sang cột "${COLUMN_NAME.title[subject]}".`,
        { award: key }
      ),
    ];
  }
  if (award.form === "award" && column === "title") {
    return [
      makeIssue(
        "error",
        "award-in-title-column",
        src,
        cell,
        `Ô ${cell ?? ""} (cột "${here}") ghi "${award.name}", là một hình thức khen thưởng chứ không phải danh hiệu thi đua. ` +
          `Hãy chuyển sang cột "${COLUMN_NAME.award[subject]}".`,
        { award: key }
      ),
    ];
  }
  if (award.scope === "collective" && subject === "individual") {
    return [
      makeIssue(
        "error",
        "collective-title-for-person",
        src,
        cell,
        `Ô ${cell ?? ""} ghi "${award.name}", là danh hiệu dành cho tập thể, không đăng ký cho cá nhân. ` +
          `Hãy ghi vào ô "${COLUMN_NAME[column].collective}" phía trên bảng, hoặc chọn danh hiệu cá nhân (ví dụ Lao động tiên tiến).`,
        { award: key }
      ),
    ];
  }
  if (award.scope === "individual" && subject === "collective") {
    return [
      makeIssue(
        "error",
        "individual-title-for-unit",
        src,
        cell,
        `Ô ${cell ?? ""} ghi "${award.name}", là danh hiệu dành cho cá nhân, không đăng ký cho tập thể. ` +
          `Hãy chọn danh hiệu tập thể (ví dụ Tập thể lao động tiên tiến) hoặc đăng ký cho từng người trong bảng.`,
        { award: key }
      ),
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
