/**
 * Issue 13 items 1–3: a generated corpus of hostile, broken and unusual-but-legal workbooks run
 * through the real `tdkt` (child processes). Each class asserts the outcome: exit 2 with a clear
 * Vietnamese message and nothing written, or the same report as the plain register, with an OUT
 * that every XML parser accepts and exceljs opens. Each case is bounded in memory (≤ 500 MB peak)
 * and guarded against hangs (run-tdkt.ts); how long each takes is recorded, not asserted:
 * `FUZZ_REPORT=corpus.md npx jest tests/fuzz` writes a table of seconds and peak MB per case.
 * Where LibreOffice Calc is installed, every OUT must also load in it (the last test).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { convertWithCalc } from "../support/libreoffice";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";
import { LEGAL_VARIANTS, baseParts, sheetPath, text, variant, zeros, zipParts } from "./corpus";
import { rawZip, type RawEntry } from "./raw-zip";
import { runTdkt, xmlErrors, zipEntries, type TdktResult } from "./run-tdkt";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const PEAK_MB = 500;
/** LibreOffice converts the corpus's OUTs in well under a minute here; a loaded machine is slower. */
const LIBREOFFICE_TIMEOUT = 480_000;
let dir = "";
let baseReport: unknown;
let baseStatus: number | null;
/** The plain register as tdkt read it, and every OUT the corpus wrote (for LibreOffice, last). */
let baseFile = "";
const outFiles: string[] = [];

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-fuzz-"));
  baseFile = path.join(dir, "plain-register.xlsx");
  fs.writeFileSync(baseFile, zipParts(baseParts()));
  const base = run("base", baseFile);
  baseStatus = base.result.status;
  baseReport = base.report;
}, BUILD_TIMEOUT);

const timings: string[] = [];

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  const report = process.env.FUZZ_REPORT;
  if (report !== undefined && report !== "") {
    const head = "| Case | Exit | Seconds | Peak MB |\n|---|---:|---:|---:|\n";
    fs.writeFileSync(report, head + timings.join("\n") + "\n");
  }
});

interface RunOutcome {
  readonly result: TdktResult;
  readonly report: unknown;
  readonly out: Uint8Array | null;
}

let serial = 0;
/** `tdkt run FILE --out OUT --json R` on the bytes (or on a path when given a string). */
function run(label: string, input: Uint8Array | string): RunOutcome {
  const n = ++serial;
  let file: string;
  if (typeof input === "string") file = input;
  else {
    file = path.join(dir, `${n}-${label.replace(/\W+/g, "-")}.xlsx`);
    fs.writeFileSync(file, input);
  }
  const out = path.join(dir, `${n}-out.xlsx`);
  const json = path.join(dir, `${n}-report.json`);
  const started = Date.now();
  const result = runTdkt(["run", file, "--out", out, "--json", json], dir);
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  timings.push(`| ${label} | ${result.status} | ${seconds} | ${result.peakMb.toFixed(0)} |`);
  expect(result.status).not.toBeNull(); // null: killed by the hang guard
  expect(result.peakMb).toBeLessThanOrEqual(PEAK_MB);
  if (fs.existsSync(out)) outFiles.push(out);
  return {
    result,
    report: fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, "utf8")) : null,
    out: fs.existsSync(out) ? new Uint8Array(fs.readFileSync(out)) : null,
  };
}

function expectUnusable(outcome: RunOutcome, message: RegExp): void {
  const { result } = outcome;
  expect(result.stderr).toMatch(/^tdkt: /);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/lỗi không mong đợi|\n\s+at /);
  expect(result.status).toBe(2);
  expect(outcome.out).toBeNull();
  expect(outcome.report).toBeNull();
}

async function exceljsSheets(bytes: Uint8Array): Promise<string[] | Error> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return wb.worksheets.map((s) => s.name);
  } catch (error: unknown) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * OUT is well-formed XML throughout and opens in exceljs. exceljs itself cannot read some legal
 * packages (UTF-16 parts, prefixed SpreadsheetML), and tdkt copies the user's parts byte for
 * byte: for those, OUT must open in exceljs whenever FILE does.
 */
async function expectValidOut(out: Uint8Array | null, input?: Uint8Array): Promise<void> {
  expect(out).not.toBeNull();
  const bytes = out ?? new Uint8Array(0);
  expect(xmlErrors(bytes)).toEqual([]);
  const sheets = await exceljsSheets(bytes);
  if (sheets instanceof Error && input !== undefined) {
    expect(await exceljsSheets(input)).toBeInstanceOf(Error);
    return;
  }
  expect(sheets).toEqual(expect.arrayContaining(["Kiểm tra"]));
}

async function expectSameReport(outcome: RunOutcome, input?: Uint8Array): Promise<void> {
  expect(outcome.result.stderr).toBe("");
  expect(outcome.result.status).toBe(baseStatus);
  expect(outcome.report).toEqual(baseReport);
  await expectValidOut(outcome.out, input);
}

const MB = 1024 * 1024;
const parts = (): Map<string, string | Uint8Array> => new Map(baseParts());
const cellSheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
/** The base register with the `Sáng kiến` sheet's part replaced (a sheet the engine reads). */
const withSheet = (xml: string | Uint8Array): Uint8Array =>
  variant((p) => p.set(sheetPath(p, "Sáng kiến"), xml));

describe("the plain register (the corpus's reference)", () => {
  it("is read and gives a report and a valid OUT", async () => {
    const outcome = run("plain", zipParts(baseParts()));
    expect([0, 1]).toContain(outcome.result.status);
    expect(outcome.report).toEqual(baseReport);
    expect((baseReport as { units: unknown[] }).units.length).toBeGreaterThan(0);
    await expectValidOut(outcome.out);
  });
});

describe("1. never hang, never die", () => {
  it("a truncated sheet XML is exit 2, not a loop", () => {
    const p = parts();
    const name = sheetPath(p, "Sáng kiến");
    const xml = text(p, name);
    expectUnusable(run("truncated-sheet", withSheet(xml.slice(0, xml.length / 2))), /cắt cụt/);
    // Cut inside a tag, and inside an attribute value.
    const inTag = xml.indexOf("<c ", xml.length / 3) + 5;
    expectUnusable(run("truncated-in-tag", withSheet(xml.slice(0, inTag))), /cắt cụt/);
  });

  it("a truncated zip file is exit 2", () => {
    const bytes = zipParts(baseParts());
    expectUnusable(run("truncated-zip", bytes.subarray(0, bytes.length >> 1)), /bị hỏng/);
  });

  it("a FIFO or /dev/zero as FILE is refused without reading", () => {
    const fifo = path.join(dir, "fifo.xlsx");
    execFileSync("mkfifo", [fifo]);
    expectUnusable(run("fifo", fifo), /không phải tệp thường/);
    if (fs.existsSync("/dev/zero")) {
      expectUnusable(run("dev-zero", "/dev/zero"), /không phải tệp thường/);
    }
  });

  it("a 4 GB sheet (declared size) is exit 2 before anything is inflated", () => {
    const bytes = zipParts(parts(), [
      {
        name: "xl/worksheets/huge.xml",
        data: new Uint8Array(0),
        compressed: zeros(1 << 20),
        size: 0xfffffff0,
      },
    ]);
    expectUnusable(run("4gb-sheet", bytes), /vượt giới hạn 200 MB cho một phần/);
  });

  it("a part that inflates beyond its declared size is stopped while inflating", () => {
    const p = parts();
    const name = sheetPath(p, "Sáng kiến");
    p.delete(name);
    const bomb: RawEntry = {
      name,
      data: new Uint8Array(1000),
      compressed: zeros(64 * MB),
      size: 1000,
    };
    expectUnusable(run("lying-size", zipParts(p, [bomb])), /nhiều hơn kích thước đã khai/);
  });

  it("a package larger than the package limit (declared) is exit 2", () => {
    const extra: RawEntry[] = Array.from({ length: 6 }, (_v, i) => ({
      name: `xl/media/big${i}.bin`,
      data: new Uint8Array(0),
      compressed: zeros(1024),
      size: 190 * MB,
    }));
    expectUnusable(run("big-package", zipParts(parts(), extra)), /vượt giới hạn cho cả sổ/);
  });

  it("overlapping entries (the zip bomb of many names over one stream) are exit 2", () => {
    const p = [...baseParts()].map(([name, data]): RawEntry => ({
      name,
      data: new Uint8Array(Buffer.from(data)),
    }));
    const aliases = Array.from({ length: 1000 }, (_v, i) => ({
      name: `bomb/${i}.xml`,
      pointsTo: 0,
    }));
    expectUnusable(run("overlap", rawZip(p, { aliases })), /chồng lên/);
  });

  it("200,000 zip entries are exit 2", () => {
    const p = [...baseParts()].map(([name, data]): RawEntry => ({
      name,
      data: new Uint8Array(Buffer.from(data)),
    }));
    const tiny = new Uint8Array([120]);
    const many: RawEntry[] = Array.from({ length: 200_000 }, (_v, i) => ({
      name: `m/${i}`,
      data: tiny,
      store: true,
    }));
    expectUnusable(
      run("200k-entries", rawZip([...p, ...many])),
      /mục nén, vượt giới hạn 50\.000 mục/
    );
  });

  it("a huge-row bomb (rows past the limit) is exit 2, not gigabytes", () => {
    const rows = "<row><c><v>1</v></c></row>".repeat(1_048_577);
    expectUnusable(run("row-bomb", withSheet(cellSheet(rows))), /vượt giới hạn 1\.048\.576 hàng/);
  });

  it("cells far out along the columns in every row are stopped by the cell limit", () => {
    const rows = Array.from(
      { length: 1000 },
      (_v, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`
    ).join("");
    expectUnusable(run("cell-bomb", withSheet(cellSheet(rows))), /hơn 10\.000\.000 ô/);
  });

  it.each([
    [
      "row 2,000,000,000",
      '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
      /hàng 2000000000 nằm ngoài lưới/,
    ],
    [
      "column ZZZZZZZ",
      '<row r="1"><c r="ZZZZZZZ1"><v>1</v></c></row>',
      /ô ZZZZZZZ1 nằm ngoài lưới/,
    ],
    ["row 4294967295", '<row r="4294967295"/>', /hàng 4294967295 nằm ngoài lưới/],
  ])("a reference outside Excel's grid (%s) is exit 2", (_label, rows, message) => {
    expectUnusable(run("outside-grid", withSheet(cellSheet(rows))), message);
  });

  it("a cell longer than the cell limit is exit 2", () => {
    const p = parts();
    const ss = text(p, "xl/sharedStrings.xml");
    p.set("xl/sharedStrings.xml", ss.replace("<si>", `<si><t>${"x".repeat(200_000)}</t></si><si>`));
    expectUnusable(run("long-cell", zipParts(p)), /vượt giới hạn 100\.000 ký tự/);
  });

  it("long attribute values and unterminated tags inside them cost linear time (same report)", async () => {
    const long = " r:id".repeat(200_000) + " <sheet ".repeat(200_000) + "&".repeat(100_000);
    const outcome = run(
      "long-attributes",
      variant((p) => {
        const wb = text(p, "xl/workbook.xml");
        const value = long.replace(/&/g, "&amp;").replace(/</g, "&lt;");
        p.set("xl/workbook.xml", wb.replace("<fileVersion ", `<fileVersion x="${value}" `));
        for (const name of [sheetPath(p, "Cán bộ"), "xl/sharedStrings.xml"]) {
          p.set(name, text(p, name).replace(/<(c|si) /, `<$1 x="${"a ".repeat(1_000_000)}" `));
        }
      })
    );
    await expectSameReport(outcome);
  });
});

describe("2. what Excel and LibreOffice may legally write gives the same report", () => {
  it.each(Object.keys(LEGAL_VARIANTS))("%s", async (name) => {
    const edit = LEGAL_VARIANTS[name];
    if (edit === undefined) throw new Error(name);
    const input = variant(edit);
    await expectSameReport(run(name, input), input);
  });
});

describe("2. broken packages are exit 2, not registers with missing data", () => {
  it("a referenced sheet part that is missing", () => {
    const bytes = variant((p) => p.delete(sheetPath(p, "Cán bộ")));
    expectUnusable(run("missing-sheet", bytes), /thiếu phần chứa trang "Cán bộ"/);
  });

  it("a referenced sharedStrings part that is missing", () => {
    const bytes = variant((p) => p.delete("xl/sharedStrings.xml"));
    expectUnusable(run("missing-sst", bytes), /thiếu phần chứa bảng chuỗi dùng chung/);
  });

  it("a CRC mismatch", () => {
    const p = parts();
    const name = sheetPath(p, "Cán bộ");
    const data = new Uint8Array(Buffer.from(text(p, name)));
    p.delete(name);
    expectUnusable(
      run("crc", zipParts(p, [{ name, data, crc: 0x12345678 }])),
      /sai mã kiểm tra CRC/
    );
  });

  it("duplicate entry names, exact or differing only in case", () => {
    const p = parts();
    const name = sheetPath(p, "Cán bộ");
    const data = new Uint8Array(Buffer.from(text(p, name)));
    expectUnusable(run("duplicate", zipParts(p, [{ name, data }])), /hai mục cùng tên/);
    expectUnusable(
      run("duplicate-case", zipParts(p, [{ name: name.toUpperCase(), data }])),
      /trùng tên/
    );
  });
});

describe("3. OUT is always a valid package", () => {
  it("a single-quoted workbook.xml gets no second xmlns:r", async () => {
    const outcome = run(
      "single-quoted-workbook",
      variant((p) => {
        const wb = text(p, "xl/workbook.xml");
        p.set(
          "xl/workbook.xml",
          wb.replace(/<workbook [^>]*>/, (tag) => tag.replace(/"/g, "'"))
        );
      })
    );
    await expectSameReport(outcome);
  });

  it("a Strict workbook.xml gets no second xmlns:r and Strict parts", async () => {
    const edit = LEGAL_VARIANTS["Strict OOXML namespaces"];
    if (edit === undefined) throw new Error("variant");
    const outcome = run("strict-out", variant(edit));
    await expectValidOut(outcome.out);
    const wb = zipEntries(outcome.out ?? new Uint8Array(0)).find(
      (e) => e.name === "xl/workbook.xml"
    );
    const xml = Buffer.from(wb?.data ?? []).toString("utf8");
    expect(xml.match(/xmlns:r=/g)).toHaveLength(1);
    expect(xml).not.toContain("schemas.openxmlformats.org/officeDocument/2006/relationships");
  });

  it("control characters in a sheet name never reach an attribute raw", async () => {
    const outcome = run(
      "control-chars",
      variant((p) => {
        const wb = text(p, "xl/workbook.xml");
        p.set("xl/workbook.xml", wb.replace('name="Sáng kiến"', 'name="Sáng&#1; kiến&#x1F;"'));
      })
    );
    expect([0, 1]).toContain(outcome.result.status);
    await expectValidOut(outcome.out);
  });

  it("a chart sheet already named Kiểm tra", async () => {
    const outcome = run(
      "chartsheet-kiem-tra",
      variant((p) => {
        p.set(
          "xl/chartsheets/sheet1.xml",
          `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
        );
        const ct = text(p, "[Content_Types].xml");
        p.set(
          "[Content_Types].xml",
          ct.replace(
            "</Types>",
            '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>'
          )
        );
        const rels = text(p, "xl/_rels/workbook.xml.rels");
        p.set(
          "xl/_rels/workbook.xml.rels",
          rels.replace(
            "</Relationships>",
            `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
          )
        );
        const wb = text(p, "xl/workbook.xml");
        p.set(
          "xl/workbook.xml",
          wb.replace(
            "</sheets>",
            '<sheet name="Kiểm tra" sheetId="99" state="visible" r:id="rIdChart"/></sheets>'
          )
        );
      })
    );
    // The run may refuse (exit 2) or write around the chart sheet, never a broken OUT.
    if (outcome.result.status === 2) {
      expectUnusable(outcome, /Kiểm tra/);
    } else {
      expect(outcome.out).not.toBeNull();
      expect(xmlErrors(outcome.out ?? new Uint8Array(0))).toEqual([]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(outcome.out ?? []) as unknown as ExcelJS.Buffer);
    }
  });

  it("a zip entry named __proto__ is kept, byte for byte", async () => {
    const payload = new Uint8Array(Buffer.from("không phải phần của sổ"));
    const outcome = run("proto", zipParts(parts(), [{ name: "__proto__", data: payload }]));
    expect([0, 1]).toContain(outcome.result.status);
    await expectValidOut(outcome.out);
    const kept = zipEntries(outcome.out ?? new Uint8Array(0)).find((e) => e.name === "__proto__");
    expect(Buffer.from(kept?.data ?? []).toString("utf8")).toBe("không phải phần của sổ");
  });
});

describe("3. every OUT of the corpus opens in LibreOffice Calc, when installed", () => {
  it(
    "converts each OUT written above (one LibreOffice for all)",
    () => {
      expect(outFiles.length).toBeGreaterThan(10);
      const calcDir = path.join(dir, "calc");
      fs.mkdirSync(calcDir);
      const converted = convertWithCalc(baseFile, outFiles, calcDir, "csv", LIBREOFFICE_TIMEOUT);
      if (converted === null) {
        // No LibreOffice Calc on this machine: exceljs and the XML parsers above are the readers.
        expect(fs.existsSync(path.join(calcDir, "plain-register.csv"))).toBe(false);
        return;
      }
      expect(outFiles.filter((file) => !converted.has(file)).map((f) => path.basename(f))).toEqual(
        []
      );
    },
    LIBREOFFICE_TIMEOUT + 60_000
  );
});
