import { evaluate } from "../fixtures-rules/register-builder";
import { flagRegister, type FlagCase } from "../fixtures-rules/flag-register";

describe("CO_TINH — Cờ thi đua của UBND tỉnh (Luật TĐKT Điều 26)", () => {
  it.each<[string, FlagCase, string, string | null]>([
    ["ranked first, HTXSNV, 8/9 votes", {}, "proposed", null],
    ["shared first place counts as first", { totals: [95, 95, 80] }, "proposed", null],
    [
      "ranked second",
      { totals: [90, 95, 80] },
      "not_eligible",
      "Xếp hạng 2 theo điểm Hội đồng chấm (90 điểm) — cần dẫn đầu, xếp hạng 1",
    ],
    [
      "not ranked: a council score is missing",
      { totals: [null, 95, 80] },
      "not_eligible",
      "Đơn vị chưa được xếp hạng",
    ],
    [
      "first but rated HTTNV",
      { ratingA: "HTTNV" },
      "not_eligible",
      "cần Hoàn thành xuất sắc nhiệm vụ",
    ],
    ["vote 79,9%", { yes: 799, members: 1000 }, "not_eligible", "799/1000 phiếu = 79,9% < 80%"],
    ["vote 80%", { yes: 800, members: 1000 }, "proposed", null],
    ["no vote yet", { yes: null }, "awaiting_vote", "Chưa có kết quả bỏ phiếu"],
  ])("%s", (_name, c, status, reason) => {
    const proposal = evaluate(flagRegister("CO_TINH", c)).find("CO_TINH", "A")!;
    expect(proposal).toMatchObject({ status, subjectKind: "collective" });
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
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
