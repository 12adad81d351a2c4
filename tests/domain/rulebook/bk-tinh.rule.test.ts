import { evaluate } from "../fixtures-rules/register-builder";
import {
  COLLECTIVE_74_CASES,
  INDIVIDUAL_74_CASES,
  collective74,
  individual74,
} from "../fixtures-rules/article-74";

describe("BK_TINH — Bằng khen của Chủ tịch UBND tỉnh (Luật TĐKT Điều 74)", () => {
  describe("individual (khoản 1 điểm d)", () => {
    it.each(INDIVIDUAL_74_CASES)("%s", (_name, c, status, reason) => {
      const proposal = evaluate(individual74("BK_TINH", c)).find("BK_TINH", "CB1")!;
      expect(proposal).toMatchObject({ status, subjectKind: "individual", pledged: true });
      if (reason === null) expect(proposal.reasons).toEqual([]);
      else expect(proposal.reasons.join(" | ")).toContain(reason);
    });

    it("names both routes when neither holds", () => {
      const reasons = evaluate(individual74("BK_TINH", { past: [] })).find(
        "BK_TINH",
        "CB1"
      )!.reasons;
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(
        /^Không đạt điều kiện “02 lần liên tục CSTĐCS, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ có 02 sáng kiến”\. Trường hợp 1 \(02 lần liên tục CSTĐCS\): Cần CSTĐCS 2 năm liên tục 2023–2024; .*\. Trường hợp 2 \(02 năm liên tục/
      );
    });
  });

  describe("collective (khoản 3 điểm d)", () => {
    it.each(COLLECTIVE_74_CASES)("%s", (_name, c, status, reason) => {
      const proposal = evaluate(collective74("BK_TINH", c)).find("BK_TINH", "P1")!;
      expect(proposal).toMatchObject({ status, subjectKind: "collective" });
      if (reason === null) expect(proposal.reasons).toEqual([]);
      else expect(proposal.reasons.join(" | ")).toContain(reason);
    });
  });
});
