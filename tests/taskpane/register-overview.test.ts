import { registerOverview } from "../../src/app/register-overview";
import { FakePort, sampleRegister } from "./fake-port";

const localDay = (y: number, m: number, d: number): Date => new Date(y, m - 1, d, 15, 30);

describe("registerOverview", () => {
  it("gives each unit's pledge and score status", async () => {
    const overview = await registerOverview(new FakePort(sampleRegister()), localDay(2024, 1, 26));
    expect(overview.units.map((u) => [u.code, u.pledge, u.score])).toEqual([
      ["VP", "valid", "valid"],
      ["KT", "in_progress", "in_progress"],
      ["TC", "missing", "missing"],
    ]);
    expect(overview.counts).toMatchObject({
      units: 3,
      staff: 3,
      criteria: 2,
      pledgeSheets: 2,
      scoreSheets: 2,
    });
    expect(overview.errors).toBeGreaterThanOrEqual(1);
    expect(overview.missingRequired).toEqual([]);
  });

  it("marks a unit's sheet as having errors when an error points into it", async () => {
    const sheets = sampleRegister();
    sheets["ĐK-KT"]?.push([2, "CB99", "Không Có Ai", "Lao động tiên tiến"]);
    const overview = await registerOverview(new FakePort(sheets), localDay(2024, 1, 26));
    expect(overview.units.find((u) => u.code === "KT")?.pledge).toBe("invalid");
  });

  it.each([
    [localDay(2024, 1, 26), 5],
    [localDay(2024, 1, 31), 0],
    [localDay(2024, 2, 3), -3],
  ])("counts days to Hạn đăng ký from the user's calendar day %#", async (today, days) => {
    const overview = await registerOverview(new FakePort(sampleRegister()), today);
    expect(overview.pledgeDeadline).toBe("31/01/2024");
    expect(overview.daysToDeadline).toBe(days);
  });

  it("lists the sheets present and the required ones missing, reading output sheets never", async () => {
    const port = new FakePort({ "Đơn vị": [["Mã đơn vị", "Tên đơn vị"]], "Kiểm tra": [["x"]] });
    const overview = await registerOverview(port, localDay(2024, 1, 1));
    expect(overview.missingRequired).toEqual(["Cấu hình", "Cán bộ"]);
    expect(overview.inputSheets.filter((s) => s.present).map((s) => s.name)).toEqual(["Đơn vị"]);
    expect(overview.outputSheets).toEqual(["Kiểm tra"]);
    expect(port.callsOf("readSheets")).toEqual([[["Đơn vị"]]]);
    expect(overview.daysToDeadline).toBeNull();
  });
});
