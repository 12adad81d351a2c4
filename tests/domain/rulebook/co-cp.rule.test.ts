import { evaluate } from "../fixtures-rules/register-builder";
import { BLOC, FLAG_CASES, expectFlagCase, flagRegister } from "../fixtures-rules/flag-register";

describe("CO_CP — Cờ thi đua của Chính phủ (Luật TĐKT Điều 25)", () => {
  it.each(FLAG_CASES)("%s", (_name, c, status, reason) => {
    expectFlagCase("CO_CP", c, status, reason);
  });

  it("gives the bloc place, the rating, TTLĐXS and the vote as grounds", () => {
    expect(evaluate(flagRegister("CO_CP", {})).find("CO_CP", "A")!.grounds).toEqual([
      `Dẫn đầu khối “${BLOC}” (xếp hạng 1)`,
      "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ",
      "Đủ điều kiện TTLĐXS năm 2024",
      "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)",
    ]);
  });
});
