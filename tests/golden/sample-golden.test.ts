/**
 * Golden tests on the bundled sample: the JSON report and the output sheets' cell values must
 * equal the reviewed files in tests/golden/. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx jest tests/golden` and review the diff like code.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import { runRegister } from "../../src/app/run-register";
import type { Grid } from "../../src/domain/grid";
import { OUTPUT_SHEET_NAMES } from "../../src/domain/output/sheet-spec";
import { reasonTexts } from "../../src/domain/messages/proposal-reason-text";
import { reportJson, type JsonReport } from "../../src/domain/output/report-json";
import type { Report } from "../../src/domain/report";

const SAMPLE = path.resolve(__dirname, "../../assets/sample-register.xlsx");
const GOLDEN_REPORT = path.join(__dirname, "sample-report.json");
const GOLDEN_SHEETS = path.join(__dirname, "sample-output-sheets.json");

/** Cell values as JSON-safe text rows, trailing empty cells dropped. */
function plainRows(grid: Grid): (string | number | boolean | null)[][] {
  return grid.map((row) => {
    const cells = row.map((v) =>
      v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === "object" && v !== null
          ? v.error
          : v
    );
    while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === ""))
      cells.pop();
    return cells;
  });
}

async function runSample(): Promise<{
  report: Report;
  sheets: Record<string, unknown>;
  bytes: Uint8Array;
}> {
  const port = await XlsxFileAdapter.open(SAMPLE);
  const { outcome, written } = await runRegister(port, "all");
  if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
  const bytes = port.toBytes();
  const reader = new XlsxReader(OpcPackage.open(bytes));
  const sheets: Record<string, unknown> = {};
  for (const name of written) sheets[name] = plainRows(reader.readGrid(name) ?? []);
  return { report: outcome.analysis.report, sheets, bytes };
}

function golden<T>(file: string, actual: T): T {
  if (process.env.UPDATE_GOLDEN === "1")
    fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run UPDATE_GOLDEN=1 npx jest tests/golden`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

describe("golden output of the sample register", () => {
  let first: Awaited<ReturnType<typeof runSample>>;

  beforeAll(async () => {
    first = await runSample();
  });

  it("gives the reviewed JSON report", () => {
    // The reviewed file holds the contract's fields; the typed messages added beside the
    // proposals' texts (reasonCodes, groundCodes) are checked against those texts below.
    const json = reportJson(first.report, "vi");
    const contract = {
      ...json,
      proposals: json.proposals.map(({ reasonCodes: _r, groundCodes: _g, ...p }) => p),
    };
    const actual = JSON.parse(JSON.stringify(contract)) as Report;
    expect(actual).toEqual(golden(GOLDEN_REPORT, actual));
  });

  it("gives each proposal's reasons and grounds as typed messages worded like its texts", () => {
    const json = JSON.parse(JSON.stringify(reportJson(first.report, "vi"))) as JsonReport;
    expect(json.proposals.some((p) => p.reasonCodes.length > 0)).toBe(true);
    for (const p of json.proposals) {
      expect(reasonTexts(p.reasonCodes, "vi")).toEqual(p.reasons);
      expect(reasonTexts(p.groundCodes, "vi")).toEqual(p.grounds);
    }
  });

  it("writes the reviewed cell values in every output sheet", () => {
    expect(Object.keys(first.sheets)).toEqual([...OUTPUT_SHEET_NAMES]);
    expect(first.sheets).toEqual(golden(GOLDEN_SHEETS, first.sheets));
  });

  it("gives the same bytes on a second run", async () => {
    const second = await runSample();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("reports every proposal status and names a known person's CSTĐCS", () => {
    const statuses = new Set(first.report.proposals.map((p) => p.status));
    expect([...statuses].sort()).toEqual([
      "awaiting_vote",
      "not_eligible",
      "over_quota",
      "proposed",
    ]);
    const proposed = first.report.proposals.filter(
      (p) => p.award === "CSTDCS" && p.status === "proposed"
    );
    expect(proposed.length).toBeGreaterThan(0);
    for (const p of proposed) expect(p.grounds.length).toBeGreaterThan(0);
  });
});
