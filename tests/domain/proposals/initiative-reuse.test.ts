/**
 * One initiative grounding two proposals of one person is warned about (rules.md, "Checks on
 * ratings"; Công văn 5007/BNV-TĐKT); where the rating suffices, the rating is the printed ground.
 */
import type { Initiative, Rating } from "../../../src/domain/model";
import {
  evaluate,
  history,
  initiative,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

function run(rating: Rating, initiatives: (code: string) => Initiative[]) {
  return evaluate(
    register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", { rating })],
      history: [2022, 2023].map((y) => history("CB1", y, "CSTDCS", `${y}/QĐ-SKHCN`)),
      initiatives: initiatives("CB1"),
      pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TINH" }])],
      votes: [vote("CB1", "CSTDCS", 9), vote("CB1", "CSTD_TINH", 9)],
    })
  );
}

const provincialThisYear = (c: string): Initiative[] => [
  initiative(c, 2024, "TINH", { title: "Số hoá hồ sơ", decisionNo: "7/QĐ-UBND" }),
];

describe("initiative used as the only ground of two proposals", () => {
  it("warns when CSTĐCS (rated HTTNV) and CSTĐ tỉnh both rest on the same initiative", () => {
    const result = run("HTTNV", provincialThisYear);
    expect(result.find("CSTDCS", "CB1")?.status).toBe("proposed");
    expect(result.find("CSTD_TINH", "CB1")?.status).toBe("proposed");
    const warnings = result.issues.filter((i) => i.code === "initiative-used-twice");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: "warning",
      sheet: "Sáng kiến",
      params: {
        staff: "CB1",
        title: "Số hoá hồ sơ",
        decision: "7/QĐ-UBND",
        awards: "CSTĐCS, CSTĐ cấp tỉnh",
      },
    });
    expect(warnings[0]?.message).toContain("5007/BNV-TĐKT");
  });

  it("does not warn when the rating alone grounds CSTĐCS (HTXSNV), and prints the rating", () => {
    const result = run("HTXSNV", provincialThisYear);
    expect(result.find("CSTD_TINH", "CB1")?.status).toBe("proposed");
    expect(result.issues.filter((i) => i.code === "initiative-used-twice")).toEqual([]);
    const grounds = result.find("CSTDCS", "CB1")?.grounds ?? [];
    expect(grounds.join(" ")).toContain("Hoàn thành xuất sắc nhiệm vụ");
    expect(grounds.join(" ")).not.toContain("Số hoá hồ sơ");
  });

  it("does not warn when each proposal rests on its own initiative", () => {
    const result = run("HTTNV", (c) => [
      initiative(c, 2024, "CO_SO", { title: "Một" }),
      initiative(c, 2023, "TINH", { title: "Hai" }),
    ]);
    expect(result.find("CSTDCS", "CB1")?.status).toBe("proposed");
    expect(result.find("CSTD_TINH", "CB1")?.status).toBe("proposed");
    expect(result.issues.filter((i) => i.code === "initiative-used-twice")).toEqual([]);
  });

  it("does not warn when the second proposal does not go forward", () => {
    const result = evaluate(
      register({
        units: [unit("VP")],
        staff: [staff("CB1", "VP", { rating: "HTTNV" })],
        history: [history("CB1", 2023, "CSTDCS", "1/QĐ-SKHCN")], // only two years: no CSTĐ tỉnh
        initiatives: provincialThisYear("CB1"),
        pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TINH" }])],
        votes: [vote("CB1", "CSTDCS", 9), vote("CB1", "CSTD_TINH", 9)],
      })
    );
    expect(result.find("CSTD_TINH", "CB1")?.status).toBe("not_eligible");
    expect(result.issues.filter((i) => i.code === "initiative-used-twice")).toEqual([]);
  });
});
