import fc from "fast-check";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  isJsonReportBytes,
  isJsonReportFile,
  isJsonReportLayout,
} from "../../src/cli/json-report-shape";
import { CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

// One test starts `mkfifo`; the property tests also run long on a loaded machine.
jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const encoder = new TextEncoder();
const bytesOf = (text: string): Uint8Array => encoder.encode(text);
/** As tdkt writes a report: indented by two spaces, one line break at the end. */
const written = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Any report with tdkt's members: any register object, arrays of any JSON values. */
const anyReport = fc.record({
  register: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
  issues: fc.array(fc.jsonValue(), { maxLength: 6 }),
  units: fc.array(fc.jsonValue(), { maxLength: 6 }),
  proposals: fc.array(fc.jsonValue(), { maxLength: 6 }),
});

/** `bytes` read `block` bytes at a time after the first, with reads that may come back short. */
function inBlocks(bytes: Uint8Array, block: number, shortReads: boolean): boolean {
  return isJsonReportLayout(
    (into, position) => {
      const length = shortReads ? Math.max(1, Math.ceil(into.length / 2)) : into.length;
      const part = bytes.subarray(position, position + length);
      into.set(part);
      return part.length;
    },
    bytes.length,
    block
  );
}

describe("a JSON report known by tdkt's layout", () => {
  it("knows every report as tdkt writes it, whatever the data and however it is read", () => {
    fc.assert(
      fc.property(
        anyReport,
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        (report, block, short) => {
          const bytes = bytesOf(written(report));
          expect(isJsonReportBytes(bytes)).toBe(true);
          expect(inBlocks(bytes, block, short)).toBe(true);
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("gives the same answer read in any block size, on reports and on damaged ones", () => {
    const damaged = fc
      .tuple(anyReport, fc.nat(), fc.nat(3), fc.constantFrom("", "x", "]", "}", "\n", ","))
      .map(([report, at, cut, insert]) => {
        const text = written(report);
        const where = at % (text.length + 1);
        return bytesOf(text.slice(0, where) + insert + text.slice(where + cut));
      });
    fc.assert(
      fc.property(damaged, fc.integer({ min: 1, max: 64 }), fc.boolean(), (bytes, block, short) => {
        expect(inBlocks(bytes, block, short)).toBe(isJsonReportBytes(bytes));
      }),
      { numRuns: 2000 }
    );
  });

  it("refuses a report cut anywhere before its end", () => {
    fc.assert(
      fc.property(anyReport, fc.nat(), (report, at) => {
        const text = written(report);
        const end = text.lastIndexOf("}");
        expect(isJsonReportBytes(bytesOf(text.slice(0, at % end)))).toBe(false);
      }),
      { numRuns: 1000 }
    );
  });

  it("refuses the data of a report written by hand, reformatted, or in another order", () => {
    const report = {
      register: { agency: "Sở Khoa học và Công nghệ", year: 2024 },
      issues: [{ code: "c", message: 'Dòng "units": [' }],
      units: [{ unit: "DV1" }],
      proposals: [],
    };
    const text = written(report);
    expect(isJsonReportBytes(bytesOf(text))).toBe(true);
    const refused = [
      "",
      "{}",
      "[]",
      '{ "ghi chú": "của tôi" }\n',
      JSON.stringify(report),
      JSON.stringify(report, null, 4),
      JSON.stringify(report, null, "\t"),
      `\ufeff${text}`,
      text.replace(/\n/g, "\r\n"),
      `${text}x`,
      text.replace('"units"', '"unit"'),
      text.replace('"proposals": []', '"proposals": {}'),
      written({ ...report, register: null }),
      written({ ...report, register: [1] }),
      written({ ...report, register: "Sở" }),
      written({ issues: [], register: {}, units: [], proposals: [] }),
      written({ register: {}, issues: [], proposals: [], units: [] }),
      written({ register: {}, issues: [], units: [] }),
      written({ register: {}, issues: [], units: [], proposals: [], extra: 1 }),
      text.replace('"register": {', '"register": {,'),
      text.slice(0, -3),
    ];
    for (const other of refused) expect(isJsonReportBytes(bytesOf(other))).toBe(false);
    // White space an editor adds at the end is still the report.
    expect(isJsonReportBytes(bytesOf(`${text}\n\n  `))).toBe(true);
    expect(isJsonReportBytes(bytesOf(text.trimEnd()))).toBe(true);
  });

  it("knows a report tdkt wrote and someone edited since (its layout stays)", () => {
    const text = written({
      register: { agency: "Sở", year: 2024 },
      issues: [{ code: "a", n: 1 }],
      units: [{ unit: "DV1", rank: 1 }],
      proposals: [{ award: "LDTT", status: "proposed" }],
    });
    expect(isJsonReportBytes(bytesOf(text.replace('"rank": 1', '"rank": một')))).toBe(true);
  });

  it("reads a file of several megabytes in blocks, the markers falling across their edges", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-json-shape-"));
    try {
      const element = (i: number) => ({
        code: `mã-${i}`,
        message: "Cán bộ Nguyễn Văn Ánh ".repeat(3),
      });
      // The markers after the issues fall at different places relative to the 1 MiB blocks.
      for (const count of [12_000, 12_017, 12_043]) {
        const text = written({
          register: { agency: "Sở", year: 2024 },
          issues: Array.from({ length: count }, (_, i) => element(i)),
          units: Array.from({ length: 200 }, (_, i) => ({ unit: `DV${i}` })),
          proposals: Array.from({ length: count }, (_, i) => element(i)),
        });
        const file = path.join(dir, `r-${count}.json`);
        fs.writeFileSync(file, text);
        const size = fs.statSync(file).size;
        expect(size).toBeGreaterThan(2 * 1024 * 1024);
        expect(isJsonReportFile(file, size)).toBe(true);
        const cut = path.join(dir, `cut-${count}.json`);
        fs.writeFileSync(cut, text.replace('"proposals": [', '"proposal": ['));
        expect(isJsonReportFile(cut, fs.statSync(cut).size)).toBe(false);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a FIFO or a file whose size changed since it was taken, without waiting", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-json-shape-"));
    try {
      const text = written({ register: {}, issues: [], units: [], proposals: [] });
      const file = path.join(dir, "r.json");
      fs.writeFileSync(file, text);
      expect(isJsonReportFile(file, text.length)).toBe(true);
      expect(isJsonReportFile(file, text.length + 1)).toBe(false);
      // A FIFO put where the report was: a plain open would wait for a writer for ever.
      const fifo = path.join(dir, "fifo.json");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      expect(isJsonReportFile(fifo, 0)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses, without waiting, a file whose middle cannot be read (cut while being read)", () => {
    const issues = Array.from({ length: 3000 }, (_, i) => ({ code: `c${i}` }));
    const bytes = bytesOf(written({ register: {}, issues, units: [], proposals: [] }));
    expect(bytes.length).toBeGreaterThan(100 * 1024);
    const readable = (position: number) => position < 64 * 1024 || position > bytes.length - 100;
    const answer = isJsonReportLayout(
      (into, position) => {
        if (!readable(position)) return 0;
        const part = bytes.subarray(position, position + into.length);
        into.set(part);
        return part.length;
      },
      bytes.length,
      4096
    );
    expect(answer).toBe(false);
    expect(isJsonReportBytes(bytes)).toBe(true);
  });
});
