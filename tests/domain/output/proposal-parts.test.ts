/** `Đề nghị khen thưởng` split into one part per deciding authority (rules.md v2, "Council votes"). */
import { buildProposalSheet } from "../../../src/domain/output/proposal-sheet";
import {
  evaluate,
  history,
  pledgeSheet,
  register,
  staff,
  unit,
} from "../fixtures-rules/register-builder";
import { rowWith, values } from "./sheet-helpers";

const reg = register({
  units: [unit("VP", { name: "Văn phòng Sở" })],
  staff: [
    staff("CB1", "VP", { name: "Lê Văn An", rating: "HTXSNV" }),
    staff("CB2", "VP", { name: "Trần Thị Bình", rating: "HTXSNV" }),
  ],
  history: [
    history("CB1", 2023, "HTXSNV"),
    history("CB2", 2023, "HTXSNV"),
    history("VP", 2023, "HTXSNV"),
  ],
  pledges: [
    pledgeSheet(
      "VP",
      [
        { code: "CB1", title: "LDTT" },
        { code: "CB2", title: "LDTT" },
      ],
      {
        award: "BK_TINH",
      }
    ),
  ],
});
const result = evaluate(reg);
const sheet = buildProposalSheet(
  reg,
  result.proposals.map((p) => p.typed)
);
const v = values(sheet);

describe("the proposal list by deciding authority", () => {
  it("has the Sở's own part first and the province's part after it, in that order", () => {
    const own = rowWith(sheet, "PHẦN I. THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA GIÁM ĐỐC SỞ");
    const province = rowWith(sheet, "PHẦN II. ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH XÉT, QUYẾT ĐỊNH");
    expect(own).toBeGreaterThan(0);
    expect(province).toBeGreaterThan(own);
    expect(rowWith(sheet, "“LAO ĐỘNG TIÊN TIẾN”")).toBeGreaterThan(own);
    expect(rowWith(sheet, "“BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH”")).toBeGreaterThan(province);
  });

  it("starts each later part on a new page, each with its own signature block", () => {
    const province = rowWith(sheet, "PHẦN II.");
    expect(sheet.pageBreaksBefore).toContain(province + 1);
    const signatures = v.filter((r) => r.includes("NGƯỜI LẬP BIỂU")).length;
    expect(signatures).toBe(2);
  });

  it("prints the next step in the note column of a proposal decided above the Sở", () => {
    const bk = result.proposals.find((p) => p.award === "BK_TINH")!;
    expect(bk.status).toBe("proposed");
    const row = v.find((r) => r[4] === "Bằng khen của Chủ tịch UBND tỉnh")!;
    expect(row[7]).toBe(bk.nextStep);
    const ldtt = v.find((r) => r[4] === "Lao động tiên tiến")!;
    expect(ldtt[7]).toBe("");
  });
});
