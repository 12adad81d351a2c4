import {
  DEFAULT_PARAMETER_VALUES,
  resolveParameters,
} from "../../../src/domain/rulebook/parameters";
import { settings } from "../fixtures-rules/register-builder";

describe("resolveParameters", () => {
  it("has every default of rules.md", () => {
    expect(DEFAULT_PARAMETER_VALUES).toMatchObject({
      ldttMinMonths: 10,
      ldttDisciplineFrom: "Khiển trách",
      cstdcsVoteShare: 0.8,
      cstdcsMaxShare: null,
      cstdTinhVoteShare: 0.9,
      cstdTqVoteShare: 0.9,
      collectiveLdttShare: 0.7,
      collectiveDisciplineFrom: "Cảnh cáo",
      flagVoteShare: 0.8,
      bandHtxsnv: 90,
      bandHttnv: 70,
      bandHtnv: 50,
      maxHtxsnvShare: 0.2,
    });
  });

  it.each<[string, string | number, number]>([
    ["80%", "80%", 0.8],
    ["80", "80", 0.8],
    ["0.8 as a number", 0.8, 0.8],
    ["0,8", "0,8", 0.8],
    ["85,5%", "85,5%", 0.855],
    ["100 as a number", 100, 1],
    ["1 as a number (100%)", 1, 1],
    ["spaces around", " 75 % ", 0.75],
  ])("reads a share typed as %s", (_name, raw, expected) => {
    const { values, issues } = resolveParameters(settings({}, { "Tỷ lệ phiếu CSTĐCS": raw }));
    expect(issues).toEqual([]);
    expect(values.cstdcsVoteShare).toBeCloseTo(expected, 10);
  });

  it("finds the label whatever its case and spacing", () => {
    const { values } = resolveParameters(settings({}, { "  TỶ LỆ  phiếu cstđcs ": "70%" }));
    expect(values.cstdcsVoteShare).toBeCloseTo(0.7);
  });

  it.each(["Tỷ lệ phiếu CSTĐCS:", "Tỷ lệ phiếu CSTĐCS (%)", "tỷ lệ phiếu cstđcs (%):"])(
    "accepts the label written as %s",
    (label) => {
      expect(resolveParameters(settings({}, { [label]: 85 })).values.cstdcsVoteShare).toBeCloseTo(
        0.85
      );
    }
  );

  it("accepts an alias label", () => {
    expect(
      resolveParameters(settings({}, { "Tỷ lệ phiếu CSTĐ tỉnh": "95%" })).values.cstdTinhVoteShare
    ).toBeCloseTo(0.95);
  });

  it.each<[string, string, string | number]>([
    ["a word", "Tỷ lệ phiếu CSTĐCS", "nhiều"],
    ["above 100%", "Tỷ lệ phiếu CSTĐCS", "120%"],
    ["negative", "Tỷ lệ LĐTT của tập thể", -5],
    ["13 months", "Số tháng công tác tối thiểu", 13],
    // Once a crash ("rule TTLDTT does not bind"): the member counts take 0–12 months.
    ["13 months to be rated", "Số tháng tối thiểu để xếp loại", 13],
    ["a fraction of a month", "Số tháng công tác tối thiểu", "9,5"],
    ["an unknown discipline", "Kỷ luật chặn LĐTT từ", "Phê bình"],
  ])("reports %s at its cell and keeps the default", (_name, label, raw) => {
    const { values, issues } = resolveParameters(settings({}, { [label]: raw }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "error",
      code: "parameter-invalid",
      sheet: "Cấu hình",
      cell: "B11",
    });
    expect(issues[0]!.message).toContain(`“${label}”`);
    expect(issues[0]!.message).toContain("giá trị mặc định");
    const id = Object.keys(DEFAULT_PARAMETER_VALUES).find(
      (k) => issues[0]!.params?.parameter === k
    )!;
    expect(values[id]).toBe(DEFAULT_PARAMETER_VALUES[id]);
  });

  it("reads an optional quota: empty or 'không' means none", () => {
    expect(
      resolveParameters(settings({}, { "Tỷ lệ CSTĐCS tối đa": "15%" })).values.cstdcsMaxShare
    ).toBeCloseTo(0.15);
    expect(
      resolveParameters(settings({}, { "Tỷ lệ CSTĐCS tối đa": "không" })).values.cstdcsMaxShare
    ).toBeNull();
    expect(
      resolveParameters(settings({}, { "Tỷ lệ CSTĐCS tối đa": "" })).values.cstdcsMaxShare
    ).toBeNull();
  });

  it("reads a discipline threshold and tie-break criteria", () => {
    const { values } = resolveParameters(
      settings(
        {},
        { "Kỷ luật chặn LĐTT từ": "cảnh cáo", "Tiêu chí phụ khi bằng điểm": "2; 1.1 ,3" }
      )
    );
    expect(values.ldttDisciplineFrom).toBe("Cảnh cáo");
    expect(values.rankTieBreak).toBe("2;1.1;3");
  });

  it("rejects bands that do not descend and keeps the default bands", () => {
    const { values, issues } = resolveParameters(
      settings({}, { "Điểm Hoàn thành tốt nhiệm vụ": 95 })
    );
    expect(issues.map((i) => i.code)).toEqual(["parameter-bands-order"]);
    expect([values.bandHtxsnv, values.bandHttnv, values.bandHtnv]).toEqual([90, 70, 50]);
  });

  it("ignores settings that are not parameters", () => {
    expect(resolveParameters(settings({}, { "Cơ quan": "Sở KH&CN" })).issues).toEqual([]);
  });
});
