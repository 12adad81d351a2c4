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
          makeIssue(
            "error",
            "unknown-subject",
            vote.src,
            subjectCell,
            `Đối tượng "${vote.subject}" ở ô ${subjectCell ?? ""} không phải Mã CB hay Mã đơn vị nào trong sổ. Hãy sửa mã cho đúng.`,
            { subject: vote.subject }
          )
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
            makeIssue(
              "error",
              "vote-wrong-subject",
              vote.src,
              cell,
              `"${award.name}" ở ô ${cell ?? ""} là ${award.scope === "collective" ? "danh hiệu tập thể" : "danh hiệu cá nhân"}, ` +
                `nhưng đối tượng ${vote.subject} là ${isPerson ? "một cán bộ" : "một đơn vị"}. Hãy sửa đối tượng hoặc danh hiệu được bầu.`,
              { subject: vote.subject, award: vote.awardKey }
            )
          );
        }
      }
      if (vote.awardKey !== null) {
        const key = `${foldKey(vote.subject)}|${vote.awardKey}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          issues.push(
            makeIssue(
              "error",
              "duplicate-vote",
              vote.src,
              subjectCell,
              `Kết quả bầu "${awardByKey(vote.awardKey).name}" của ${vote.subject} đã có ở dòng ${earlier}; dòng ${vote.src.row} trùng. ` +
                `Hãy giữ một dòng đúng và xoá dòng kia.`,
              { subject: vote.subject, award: vote.awardKey, firstRow: earlier }
            )
          );
        } else {
          seen.set(key, vote.src.row);
        }
      }
      const members = vote.members ?? councilMembers;
      let countsValid = true;
      for (const [field, value, label] of [
        ["members", vote.members, "Số thành viên"],
        ["yes", vote.yes, "Số phiếu đồng ý"],
      ] as const) {
        if (
          value !== null &&
          (!Number.isInteger(value) || value < 0 || (field === "members" && value === 0))
        ) {
          countsValid = false;
          const cell = cellOf(vote.src, field);
          issues.push(
            makeIssue(
              "error",
              "invalid-vote-count",
              vote.src,
              cell,
              `${label} ở ô ${cell ?? ""} là ${value}; phải là số nguyên ${field === "members" ? "dương" : "không âm"}. Hãy sửa lại.`,
              { value }
            )
          );
        }
      }
      if (members === null) {
        const cell = cellOf(vote.src, "members") ?? subjectCell;
        issues.push(
          makeIssue(
            "error",
            "missing-council-members",
            vote.src,
            cell,
            `Dòng ${vote.src.row} chưa có tổng số thành viên Hội đồng: ô "Số thành viên" trống và trang "Cấu hình" chưa có "Số thành viên Hội đồng". ` +
              `Hãy nhập một trong hai.`,
            { row: vote.src.row }
          )
        );
      } else if (countsValid && vote.yes !== null && vote.yes > members) {
        const cell = cellOf(vote.src, "yes");
        issues.push(
          makeIssue(
            "error",
            "votes-above-members",
            vote.src,
            cell,
            `Số phiếu đồng ý ở ô ${cell ?? ""} là ${vote.yes}, nhiều hơn tổng số thành viên Hội đồng (${members}). ` +
              `Hãy kiểm tra lại biên bản bầu.`,
            { yes: vote.yes, members }
          )
        );
      }
    }
    return issues;
  },
};
