import type { Issue } from "../../issue";
import { SETTING_LABELS, SHEET } from "../../codec/register-layout";
import { COUNCIL_ROLE_TEXT } from "../../codec/council.codec";
import type { Severity } from "../../issue";
import { cellOf, type ValidationRule } from "../rule";

/** An issue with its Vietnamese wording (these codes are not yet in the message catalogue). */
function plainIssue(
  severity: Severity,
  code: string,
  src: { readonly sheet: string | null },
  cell: string | null,
  message: string,
  params: Readonly<Record<string, string | number>>
): Issue {
  return { severity, code, sheet: src.sheet, cell, message, params };
}

/**
 * The Council of `Hội đồng` against `Cấu hình`, and the ballot counts of `Bình xét`: the members
 * listed are as many as `Số thành viên Hội đồng`, there is one chair and one secretary, and
 * ballots issued ≥ returned ≥ valid ≥ votes in favour. The minutes print these numbers, so they
 * must agree.
 */
export const councilRule: ValidationRule = {
  id: "council",
  description:
    "Hội đồng lists Số thành viên Hội đồng members with one chair and one secretary; ballot counts are consistent.",
  check: ({ register }) => {
    const issues: Issue[] = [];
    const council = register.council ?? [];
    const total = register.settings.councilMembers;
    if (council.length > 0) {
      const sheet = council[0]?.src.sheet ?? SHEET.council;
      if (total !== null && council.length !== total) {
        const cell = register.settings.values.get("số thành viên hội đồng")?.cell ?? null;
        issues.push(
          plainIssue(
            "warning",
            "council-size-mismatch",
            { sheet },
            null,
            `Trang "${sheet}" có ${council.length} thành viên nhưng tham số "${SETTING_LABELS.councilMembers}" ở trang "${SHEET.settings}"${cell === null ? "" : ` (ô ${cell})`} là ${total}. Hãy sửa cho khớp: biên bản họp ghi số thành viên có mặt trên tổng số.`,
            { listed: council.length, total }
          )
        );
      }
      for (const role of ["chair", "secretary"] as const) {
        const holders = council.filter((m) => m.role === role);
        if (holders.length === 1) continue;
        const second = holders[1];
        issues.push(
          plainIssue(
            "warning",
            "council-role-count",
            second?.src ?? { sheet },
            second === undefined ? null : cellOf(second.src, "role"),
            holders.length === 0
              ? `Trang "${sheet}" chưa có ai với vai trò "${COUNCIL_ROLE_TEXT[role]}". Hãy ghi vai trò này cho một thành viên (biên bản họp cần tên ${COUNCIL_ROLE_TEXT[role].toLocaleLowerCase("vi")}).`
              : `Trang "${sheet}" có ${holders.length} người với vai trò "${COUNCIL_ROLE_TEXT[role]}" (${holders.map((h) => h.name).join(", ")}). Hội đồng chỉ có một ${COUNCIL_ROLE_TEXT[role].toLocaleLowerCase("vi")}; hãy sửa vai trò.`,
            { role: COUNCIL_ROLE_TEXT[role], count: holders.length }
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
          plainIssue(
            "warning",
            "ballot-counts",
            vote.src,
            cell,
            `Số ở ô ${cell ?? ""} (${small}) lớn hơn số ở ô ${bigCell ?? ""} (${big}): số phiếu phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý. Hãy kiểm tra lại biên bản kiểm phiếu.`,
            { subject: vote.subject, small, big }
          )
        );
        break;
      }
    }
    return issues;
  },
};
