import { analyseRegister } from "../../../src/domain/analyse-register";
import { readRegister } from "../../../src/domain/codec/read-register";
import {
  isPast,
  milestoneOf,
  nextMilestone,
  nextYearDate,
  readCalendar,
} from "../../../src/domain/year/calendar";
import { unitProgress } from "../../../src/domain/year/unit-progress";
import { addRow, changed, sampleGrids } from "../helpers/register-grids";

const day = (d: number, m: number, y: number) => ({ year: y, month: m, day: d });

function calendarOf(grids: ReturnType<typeof sampleGrids>) {
  return readCalendar(readRegister(grids).register.settings);
}

describe("the register's calendar", () => {
  it("defaults every standard milestone from the year, keeping a typed Hạn đăng ký", () => {
    const { calendar, issues } = calendarOf(sampleGrids());
    expect(issues).toEqual([]);
    expect(calendar?.milestones.map((m) => [m.label, m.date, m.isDefault])).toEqual([
      ["Hạn đăng ký", day(31, 1, 2024), false],
      ["Hạn sơ kết", day(5, 6, 2024), true],
      ["Hạn tổng kết", day(5, 11, 2024), true],
      ["Hạn xếp loại", day(5, 12, 2024), true],
      ["Hạn nộp hồ sơ", day(10, 12, 2024), true],
    ]);
  });

  it("takes typed dates and any Hạn … row a user adds, in date order", () => {
    const grids = changed((s) => {
      addRow(s, "Cấu hình", ["Hạn sơ kết", "20/06/2024"]);
      addRow(s, "Cấu hình", ["Hạn nộp báo cáo quý III", new Date(Date.UTC(2024, 9, 10))]);
    });
    const { calendar } = calendarOf(grids);
    expect(calendar?.milestones.map((m) => `${m.label} ${m.date.day}/${m.date.month}`)).toEqual([
      "Hạn đăng ký 31/1",
      "Hạn sơ kết 20/6",
      "Hạn nộp báo cáo quý III 10/10",
      "Hạn tổng kết 5/11",
      "Hạn xếp loại 5/12",
      "Hạn nộp hồ sơ 10/12",
    ]);
    expect(calendar?.milestones.find((m) => m.key === "custom")?.cell).toBe("B10");
  });

  it("reports a milestone that is not a date (error) or lies outside the year (warning)", () => {
    const grids = changed((s) => {
      addRow(s, "Cấu hình", ["Hạn tổng kết", "cuối năm"]);
      addRow(s, "Cấu hình", ["Hạn xếp loại", "05/12/2023"]);
    });
    const { issues } = calendarOf(grids);
    expect(issues.map((i) => `${i.severity}:${i.code}@${i.cell ?? ""}`)).toEqual([
      "error:invalid-milestone@B9",
      "warning:milestone-outside-year@B10",
    ]);
    const outcome = analyseRegister(grids);
    expect(outcome.kind === "analysed" && outcome.analysis.issues.map((i) => i.code)).toContain(
      "invalid-milestone"
    );
  });

  it.each([
    [day(1, 1, 2024), "Hạn đăng ký", 30],
    [day(31, 1, 2024), "Hạn đăng ký", 0],
    [day(1, 2, 2024), "Hạn sơ kết", 125],
    [day(6, 12, 2024), "Hạn nộp hồ sơ", 4],
  ])("on %o the next milestone is %s in %i days", (today, label, days) => {
    const { calendar } = calendarOf(sampleGrids());
    if (calendar === null) throw new Error("no calendar");
    const next = nextMilestone(calendar, today);
    expect(next?.milestone.label).toBe(label);
    expect(next?.daysLeft).toBe(days);
  });

  it("has no next milestone once the year's last one has passed", () => {
    const { calendar } = calendarOf(sampleGrids());
    if (calendar === null) throw new Error("no calendar");
    expect(nextMilestone(calendar, day(11, 12, 2024))).toBeNull();
    expect(isPast(milestoneOf(calendar, "dossier"), day(11, 12, 2024))).toBe(true);
  });

  it("moves a date a year, 29 February to 28 February", () => {
    expect(nextYearDate(day(29, 2, 2024))).toEqual(day(28, 2, 2025));
    expect(nextYearDate(day(31, 1, 2024))).toEqual(day(31, 1, 2025));
  });
});

describe("each unit's pledge and score sheets against the calendar", () => {
  it("is late only once its milestone has passed and it is not valid", () => {
    const grids = changed((s) => {
      delete s["CĐ-KHTC"];
    });
    const outcome = analyseRegister(grids);
    if (outcome.kind !== "analysed") throw new Error("unusable");
    const { register, issues } = outcome.analysis;
    const { calendar } = readCalendar(register.settings);
    const before = unitProgress(register, issues, calendar, day(4, 11, 2024));
    const after = unitProgress(register, issues, calendar, day(6, 11, 2024));
    const khtc = (list: typeof before) => list.find((u) => u.code === "KHTC");
    expect(khtc(before)?.score).toMatchObject({ status: "missing", late: false });
    expect(khtc(after)?.score).toMatchObject({ status: "missing", late: true });
    expect(khtc(after)?.score.dueBy?.label).toBe("Hạn tổng kết");
    expect(after.find((u) => u.code === "VP")?.score.late).toBe(false);
  });
});
