import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import { checkRegister } from "../../src/app/check-register";
import type { Analysis } from "../../src/domain/analyse-register";
import { buildSampleBytes } from "../../scripts/make-sample";

const SAMPLE = path.resolve(__dirname, "../../assets/sample-register.xlsx");

describe("the bundled sample register (assets/sample-register.xlsx)", () => {
  let analysis: Analysis;

  beforeAll(async () => {
    const outcome = await checkRegister(await XlsxFileAdapter.open(SAMPLE));
    if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
    analysis = outcome.analysis;
  });

  it("holds what scripts/make-sample.ts builds now (run `npm run sample` after changing it)", async () => {
    const fresh = new XlsxReader(OpcPackage.open(await buildSampleBytes()));
    const committed = new XlsxReader(OpcPackage.open(fs.readFileSync(SAMPLE)));
    expect(committed.sheetNames()).toEqual(fresh.sheetNames());
    for (const name of fresh.sheetNames()) {
      expect({ name, grid: committed.readGrid(name) }).toEqual({
        name,
        grid: fresh.readGrid(name),
      });
    }
  });

  it("is built deterministically (same bytes twice)", async () => {
    const [a, b] = await Promise.all([buildSampleBytes(), buildSampleBytes()]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("has at least 8 units, 60 staff, three earlier years and a score sheet per unit but one", () => {
    const { register } = analysis;
    expect(register.units.length).toBeGreaterThanOrEqual(8);
    expect(register.staff.length).toBeGreaterThanOrEqual(60);
    const years = new Set(register.history.map((h) => h.year));
    expect([2021, 2022, 2023].every((y) => years.has(y))).toBe(true);
    expect(register.scoreSheets.length).toBe(register.units.length - 1);
    expect(register.staff.every((s) => s.name === s.name.normalize("NFC"))).toBe(true);
  });

  it("has a Quyết định sheet made by the program, the Sở's own titles signed, the rest pending", () => {
    const decisions = analysis.register.decisions ?? [];
    const signed = decisions.filter((d) => d.decisionNo !== "");
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.every((d) => d.outcome === "awarded" && d.decisionDate !== null)).toBe(true);
    // Titles decided above the Sở are still with the province: no number typed.
    const above = decisions.filter((d) => d.awardKey === "BK_TINH" || d.awardKey === "CSTD_TINH");
    expect(above.length).toBeGreaterThan(0);
    expect(above.every((d) => d.decisionNo === "")).toBe(true);
    expect(analysis.issues.filter((i) => i.sheet === "Quyết định")).toEqual([]);
  });

  it("gives every proposal status", () => {
    const statuses = new Set(analysis.report.proposals.map((p) => p.status));
    expect([...statuses].sort()).toEqual([
      "awaiting_vote",
      "not_eligible",
      "over_quota",
      "proposed",
    ]);
  });

  it.each([
    ["a name that differs from the roster", "ĐK-KHTC", "C10"],
    ["a name typed in TCVN3", "Cán bộ", "B59"],
    ["a self score above the maximum", "CĐ-QLCN", "D10"],
    ["a person pledged in another unit's sheet", "ĐK-QLKH", "B15"],
  ])("plants %s (%s!%s)", (_label, sheet, cell) => {
    expect(analysis.issues).toContainEqual(expect.objectContaining({ sheet, cell }));
  });

  it("warns about the unit without a score sheet", () => {
    expect(
      analysis.issues.some((i) => i.severity === "warning" && i.message.includes("CĐ-DTN"))
    ).toBe(true);
  });
});
