import type { Staff } from "../../../src/domain/model";
import {
  evaluate,
  pledgeSheet,
  register,
  settings,
  staff,
  unit,
} from "../fixtures-rules/register-builder";

function ldtt(person: Partial<Staff>, params: Record<string, string | number> = {}) {
  const reg = register({
    settings: settings({}, params),
    units: [unit("VP")],
    staff: [staff("CB1", "VP", person)],
    pledges: [pledgeSheet("VP", [{ code: "CB1", title: "LDTT" }])],
  });
  const result = evaluate(reg);
  return { proposal: result.find("LDTT", "CB1")!, issues: result.issues };
}

describe("LDTT — Lao động tiên tiến (Luật TĐKT Điều 24)", () => {
  it.each<[string, Partial<Staff>, Record<string, string | number>, string, string | null]>([
    ["HTTNV, 12 tháng", { rating: "HTTNV" }, {}, "proposed", null],
    ["HTXSNV", { rating: "HTXSNV" }, {}, "proposed", null],
    [
      "HTNV is below HTTNV",
      { rating: "HTNV" },
      {},
      "not_eligible",
      "Xếp loại năm 2024: Hoàn thành nhiệm vụ — cần Hoàn thành tốt nhiệm vụ trở lên",
    ],
    ["KHTNV", { rating: "KHTNV" }, {}, "not_eligible", "Không hoàn thành nhiệm vụ"],
    ["unrated", { rating: null }, {}, "not_eligible", "Cá nhân chưa xếp loại chất lượng năm 2024"],
    ["10 months = minimum", { monthsWorked: 10 }, {}, "proposed", null],
    [
      "9 months < 10",
      { monthsWorked: 9 },
      {},
      "not_eligible",
      "Số tháng công tác năm 2024: 9 < 10 tháng tối thiểu",
    ],
    ["9,5 months < 10", { monthsWorked: 9.5 }, {}, "not_eligible", "9,5 < 10 tháng"],
    [
      "6 months on maternity leave counts as worked",
      { monthsWorked: 6, maternityLeave: true },
      {},
      "proposed",
      null,
    ],
    ["months empty = the whole year", { monthsWorked: null }, {}, "proposed", null],
    [
      "months empty = 12, meets a minimum raised to 12 in Cấu hình",
      { monthsWorked: null },
      { "Số tháng công tác tối thiểu": 12 },
      "proposed",
      null,
    ],
    [
      "minimum lowered to 6 in Cấu hình",
      { monthsWorked: 9 },
      { "Số tháng công tác tối thiểu": 6 },
      "proposed",
      null,
    ],
    [
      "khiển trách blocks by default",
      { discipline: "Khiển trách" },
      {},
      "not_eligible",
      "Bị kỷ luật năm 2024: Khiển trách",
    ],
    ["cảnh cáo blocks", { discipline: "Cảnh cáo" }, {}, "not_eligible", "Cảnh cáo"],
    [
      "khiển trách passes when the threshold is Cảnh cáo",
      { discipline: "Khiển trách" },
      { "Kỷ luật chặn LĐTT từ": "Cảnh cáo" },
      "proposed",
      null,
    ],
    [
      "cảnh cáo still blocks when the threshold is Cảnh cáo",
      { discipline: "Cảnh cáo" },
      { "Kỷ luật chặn LĐTT từ": "cảnh cáo" },
      "not_eligible",
      "Cảnh cáo",
    ],
    [
      "unrecognised discipline text blocks",
      { discipline: "Kỷ luật Đảng" },
      { "Kỷ luật chặn LĐTT từ": "Cảnh cáo" },
      "not_eligible",
      "không nhận ra hình thức kỷ luật",
    ],
  ])("%s", (_name, person, params, status, reason) => {
    const { proposal } = ldtt(person, params);
    expect(proposal.status).toBe(status);
    expect(proposal.pledged).toBe(true);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("names every failing condition", () => {
    const { proposal } = ldtt({ rating: "HTNV", monthsWorked: 8, discipline: "Khiển trách" });
    expect(proposal.reasons).toHaveLength(3);
  });

  it("lists the rating and maternity leave as grounds", () => {
    const { proposal } = ldtt({ rating: "HTXSNV", maternityLeave: true, monthsWorked: 4 });
    expect(proposal.grounds).toEqual([
      "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ",
      "Nghỉ thai sản trong năm 2024 (được tính là thời gian công tác)",
    ]);
  });

  it("warns at the empty rating cell that the pledge cannot be evaluated", () => {
    const { issues } = ldtt({ rating: null });
    const warning = issues.find((i) => i.code === "pledge-not-evaluable");
    expect(warning).toMatchObject({ severity: "warning", sheet: "Cán bộ" });
    expect(warning?.cell).toMatch(/^I\d+$/);
    expect(warning?.message).toContain("LĐTT");
  });
});
