/** `tdkt decisions`: how many rows, how many kept, and the reward budget per title. */
import type { DecisionSheetOutcome } from "../app/create-decision-sheet";
import { awardByKey } from "../domain/rulebook/award-catalogue";

export function decisionLines(
  result: Extract<DecisionSheetOutcome, { kind: "written" }>
): string[] {
  const gone = result.rows.filter((r) => !r.stillProposed).length;
  const lines = [
    `Trang ${result.sheet}: ${result.rows.length} dòng (${result.rows.length - gone} đề nghị${gone > 0 ? `, ${gone} dòng cũ không còn được đề nghị, vẫn giữ` : ""}); giữ nguyên nội dung đã nhập ở ${result.kept} dòng.`,
  ];
  if (result.budget.length > 0) {
    lines.push("Dự toán tiền thưởng (Nghị định 152/2025/NĐ-CP Điều 50):");
    for (const t of result.budget) {
      const a = awardByKey(t.award);
      const who = a.scope === "both" ? (t.kind === "individual" ? " (cá nhân)" : " (tập thể)") : "";
      lines.push(
        `  ${a.shortName}${who}: ${t.count} × ${t.multiple.toLocaleString("vi-VN")} lương cơ sở = ${t.amount.toLocaleString("vi-VN")} đồng`
      );
    }
    const total = result.budget.reduce((s, t) => s + t.amount, 0);
    lines.push(`  Tổng cộng: ${total.toLocaleString("vi-VN")} đồng`);
  }
  return lines;
}
