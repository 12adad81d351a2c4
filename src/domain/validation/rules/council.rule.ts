import type { Issue } from "../../issue";
import { SETTING_LABELS, SHEET } from "../../codec/register-layout";
import { createIssue } from "../../messages/create-issue";
import { cellOf, type ValidationRule } from "../rule";
import { foldKey } from "../../text/normalize";

/**
 * The Council of `Hội đồng` against `Cấu hình`, and the ballot counts of `Bình xét`: the members
 * listed are as many as `Số thành viên Hội đồng`, there is one chair and one secretary, and
 * ballots issued ≥ returned ≥ valid ≥ votes in favour. The minutes print these numbers, so they
 * must agree.
 */
export const councilRule: ValidationRule = {
  id: "council",
  description: `${SHEET.council} lists ${SETTING_LABELS.councilMembers} members with one chair and one secretary; ballot counts are consistent.`,
  check: ({ register }) => {
    const issues: Issue[] = [];
    const council = register.council ?? [];
    const total = register.settings.councilMembers;
    if (council.length > 0) {
      const sheet = council[0]?.src.sheet ?? SHEET.council;
      if (total !== null && council.length !== total) {
        const cell =
          register.settings.values.get(foldKey(SETTING_LABELS.councilMembers))?.cell ?? null;
        issues.push(
          createIssue(
            "warning",
            "council-size-mismatch",
            {
              sheet,
              listed: council.length,
              total,
              label: SETTING_LABELS.councilMembers,
              settingsSheet: SHEET.settings,
              cell: cell ?? "",
            },
            { sheet, cell: null }
          )
        );
      }
      for (const role of ["chair", "secretary"] as const) {
        const holders = council.filter((m) => m.role === role);
        if (holders.length === 1) continue;
        const second = holders[1];
        issues.push(
          createIssue(
            "warning",
            "council-role-count",
            { sheet, role, count: holders.length, names: holders.map((h) => h.name).join(", ") },
            {
              sheet: second?.src.sheet ?? sheet,
              cell: second === undefined ? null : cellOf(second.src, "role"),
            }
          )
        );
      }
    }
    for (const vote of register.votes) {
      const chain: [string, number | null | undefined][] = [
        ["issued", vote.issued],
        ["returned", vote.returned],
        ["valid", vote.valid],
        ["yes", vote.yes],
      ];
      const known = chain.filter((c): c is [string, number] => typeof c[1] === "number");
      for (let i = 1; i < known.length; i++) {
        const [bigField, big] = known[i - 1] ?? ["", 0];
        const [smallField, small] = known[i] ?? ["", 0];
        if (small <= big) continue;
        const cell = cellOf(vote.src, smallField);
        const bigCell = cellOf(vote.src, bigField);
        issues.push(
          createIssue(
            "warning",
            "ballot-counts",
            { cell: cell ?? "", subject: vote.subject, small, big, bigCell: bigCell ?? "" },
            { sheet: vote.src.sheet, cell }
          )
        );
        break;
      }
    }
    return issues;
  },
};
