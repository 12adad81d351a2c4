/** The `Hội đồng` sheet, the ballot columns of `Bình xét`, and their checks. */
import { parseCouncilRole } from "../../../src/domain/codec/council.codec";
import { analyseSmall } from "./small-register";

describe("parseCouncilRole", () => {
  it.each([
    ["Chủ tịch", "chair"],
    ["chu tich hoi dong", "chair"],
    ["Phó Chủ tịch", "vice-chair"],
    ["Uỷ viên", "member"],
    ["Ủy viên - Thư ký", "secretary"],
    ["THƯ KÝ", "secretary"],
    ["Khách mời", null],
  ])("%s → %s", (text, role) => {
    expect(parseCouncilRole(text)).toBe(role);
  });
});

describe("reading Hội đồng and the ballot columns", () => {
  const analysis = analyseSmall({
    council: [
      ["Nguyễn Văn Giám", "Giám đốc Sở", "Chủ tịch", ""],
      ["Trần Văn Hai", "Phó Giám đốc", "Chủ tịch", "không"],
      ["Lê Thị Ba", "Chuyên viên", "Khách mời", "có"],
      ["", "Chuyên viên", "Ủy viên", "có"],
    ],
    votes: [["CB1", "Chiến sĩ thi đua cơ sở", "", 5, 2, 5, 6, 4]],
  });
  const codes = analysis.issues.map((i) => `${i.code}@${i.sheet ?? ""}!${i.cell ?? ""}`);

  it("reads members with roles and presence (empty = present)", () => {
    const council = analysis.register.council ?? [];
    expect(council.map((m) => [m.name, m.role, m.present])).toEqual([
      ["Nguyễn Văn Giám", "chair", true],
      ["Trần Văn Hai", "chair", false],
      ["Lê Thị Ba", null, true],
    ]);
  });

  it("reports an unknown role and a member without a name at their cells", () => {
    expect(codes).toContain("invalid-council-role@Hội đồng!C4");
    expect(codes).toContain("missing-value@Hội đồng!A5");
  });

  it("warns when the members listed differ from Số thành viên Hội đồng, and about two chairs and no secretary", () => {
    expect(codes).toContain("council-size-mismatch@Hội đồng!");
    expect(codes).toContain("council-role-count@Hội đồng!C3");
    expect(
      analysis.issues.find((i) => i.code === "council-role-count" && i.cell === null)?.message
    ).toContain("Thư ký");
  });

  it("reads round and ballot counts, and warns when returned exceeds issued", () => {
    const vote = analysis.register.votes[0];
    expect([vote?.round, vote?.issued, vote?.returned, vote?.valid]).toEqual([2, 5, 6, 4]);
    expect(codes).toContain("ballot-counts@Bình xét!G2");
  });

  it("says nothing of a register without the sheet", () => {
    const none = analyseSmall();
    expect(none.register.council).toEqual([]);
    expect(none.issues.filter((i) => i.sheet === "Hội đồng")).toEqual([]);
  });
});
