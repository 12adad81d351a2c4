import type { Staff, Unit } from "../../../src/domain/model";
import { evaluate, pledgeSheet, register, staff, unit } from "../fixtures-rules/register-builder";

describe("GK — Giấy khen của Giám đốc Sở (Luật TĐKT Điều 75)", () => {
  it.each<[string, Partial<Staff>, string, string | null]>([
    ["HTTNV", { rating: "HTTNV" }, "proposed", null],
    ["HTXSNV", { rating: "HTXSNV" }, "proposed", null],
    ["HTNV", { rating: "HTNV" }, "not_eligible", "cần Hoàn thành tốt nhiệm vụ trở lên"],
    [
      "khiển trách",
      { discipline: "Khiển trách" },
      "not_eligible",
      "Bị kỷ luật năm 2024: Khiển trách",
    ],
    ["unrated", { rating: null }, "not_eligible", "chưa xếp loại"],
  ])("individual: %s", (_name, person, status, reason) => {
    const reg = register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", person)],
      pledges: [pledgeSheet("VP", [{ code: "CB1", award: "GK" }])],
    });
    const proposal = evaluate(reg).find("GK", "CB1")!;
    expect(proposal).toMatchObject({ status, subjectKind: "individual" });
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it.each<[string, Partial<Unit>, string, string | null]>([
    ["HTTNV", { rating: "HTTNV" }, "proposed", null],
    ["HTNV", { rating: "HTNV" }, "not_eligible", "Xếp loại năm 2024: Hoàn thành nhiệm vụ"],
    ["unrated", { rating: null }, "not_eligible", "Đơn vị chưa xếp loại"],
  ])("collective: %s", (_name, over, status, reason) => {
    const reg = register({
      units: [unit("P1", over)],
      staff: [staff("M1", "P1")],
      pledges: [pledgeSheet("P1", [], { award: "GK" })],
    });
    const proposal = evaluate(reg).find("GK", "P1")!;
    expect(proposal).toMatchObject({ status, subjectKind: "collective" });
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });
});
