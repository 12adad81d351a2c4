import { evaluate } from "../fixtures-rules/register-builder";
import { FLAG_CASES, expectFlagCase, flagRegister } from "../fixtures-rules/flag-register";

describe("CO_TINH — Cờ thi đua của UBND tỉnh (Luật TĐKT Điều 26)", () => {
  it.each(FLAG_CASES)("%s", (_name, c, status, reason) => {
    expectFlagCase("CO_TINH", c, status, reason);
  });

  it("gives the ranking and the vote as grounds", () => {
    expect(evaluate(flagRegister("CO_TINH", {})).find("CO_TINH", "A")!.grounds).toEqual([
      "Dẫn đầu, xếp hạng 1 theo điểm Hội đồng chấm (95 điểm)",
      "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ",
      "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)",
    ]);
  });
});

describe("CO_TINH without a ranking", () => {
  it("warns that the flag cannot be evaluated without criteria", () => {
    const reg = flagRegister("CO_TINH", {});
    const result = evaluate({ ...reg, criteria: [] });
    expect(result.find("CO_TINH", "A")!.status).toBe("not_eligible");
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "pledge-not-evaluable",
        sheet: "Tiêu chí",
        message: expect.stringContaining("Cờ thi đua tỉnh"),
      })
    );
  });
});
