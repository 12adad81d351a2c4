import { evaluate } from "../fixtures-rules/register-builder";
import { BLOC, FLAG_CASES, expectFlagCase, flagRegister } from "../fixtures-rules/flag-register";

describe("CO_TINH — Cờ thi đua của UBND tỉnh (Luật TĐKT Điều 26)", () => {
  it.each(FLAG_CASES)("%s", (_name, c, status, reason) => {
    expectFlagCase("CO_TINH", c, status, reason);
  });

  it("gives the bloc place, the rating, TTLĐXS and the vote as grounds", () => {
    expect(evaluate(flagRegister("CO_TINH", {})).find("CO_TINH", "A")!.grounds).toEqual([
      `Dẫn đầu khối “${BLOC}” (xếp hạng 1)`,
      "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ",
      "Đủ điều kiện TTLĐXS năm 2024",
      "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)",
    ]);
  });
});

describe("CO_TINH without a bloc result", () => {
  it("warns at the unit's Xếp hạng trong khối cell that the flag cannot be evaluated", () => {
    const result = evaluate(flagRegister("CO_TINH", { blocRank: null }));
    expect(result.find("CO_TINH", "A")!.status).toBe("not_eligible");
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "pledge-not-evaluable",
        sheet: "Đơn vị",
        message: expect.stringContaining("Cờ thi đua tỉnh"),
      })
    );
  });

  it("implies TTLĐXS and TTLĐTT for the unit", () => {
    const result = evaluate(flagRegister("CO_TINH", {}));
    expect(result.find("TTLDXS", "A")).toMatchObject({ status: "proposed", pledged: false });
    expect(result.find("TTLDTT", "A")).toMatchObject({ status: "proposed", pledged: false });
  });
});
