/**
 * Issue 13 item 8: the writer copies unchanged entries' compressed bytes as they are (the zip
 * level is byte-identical, not only the content), inflates only what is read and deflates only
 * what is new; and the zip reader checks what it opens.
 */
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { putSheets } from "../../../src/adapters/xlsx/xlsx-writer";
import { XlsxReader } from "../../../src/adapters/xlsx/xlsx-reader";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/read-limits";
import { XlsxLimitError } from "../../../src/adapters/xlsx/xlsx-format-error";
import { zipEntries } from "../../fuzz/run-tdkt";
import { rawZip } from "../../fuzz/raw-zip";
import { userWorkbookBytes } from "../../helpers/xlsx/user-workbook";

const SHEET: OutputSheet = {
  name: "Bảng mới",
  styles: {},
  columnWidths: [10],
  rows: [[{ value: "Không có lỗi" }]],
};

/** Each entry's raw record: compressed bytes, CRC and sizes as stored in the file. */
function rawRecords(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (buf.readUInt32LE(end) !== 0x06054b50) end--;
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    // method, time, date, CRC, sizes + the compressed bytes
    out.set(
      name,
      Buffer.concat([buf.subarray(p + 10, p + 28), buf.subarray(start, start + csize)])
    );
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe("copy, don't recompress", () => {
  it("keeps every unchanged entry byte-identical at the zip level", async () => {
    const input = await userWorkbookBytes();
    const pkg = OpcPackage.open(input);
    putSheets(pkg, [SHEET], "replace");
    const output = pkg.toBytes();
    const before = rawRecords(input);
    const after = rawRecords(output);
    const changed = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "docProps/app.xml",
    ]);
    let copied = 0;
    for (const [name, record] of before) {
      if (changed.has(name)) continue;
      expect(after.get(name)?.equals(record)).toBe(true);
      copied++;
    }
    expect(copied).toBeGreaterThan(3);
    // And the result is a zip any reader can list, with the new sheet in it.
    expect(zipEntries(output).some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))).toBe(
      true
    );
    expect(new XlsxReader(OpcPackage.open(output)).sheetNames()).toContain("Bảng mới");
  });

  it("writes a package twice to the same bytes (fixed time stamps for new entries)", async () => {
    const input = await userWorkbookBytes();
    const write = (): Uint8Array => {
      const pkg = OpcPackage.open(input);
      putSheets(pkg, [SHEET], "replace");
      return pkg.toBytes();
    };
    expect(Buffer.from(write()).equals(Buffer.from(write()))).toBe(true);
  });
});

describe("zip reader limits are data", () => {
  const entries = [
    { name: "[Content_Types].xml", data: new Uint8Array(Buffer.from("<Types/>")) },
    { name: "a.xml", data: new Uint8Array(Buffer.from("<a/>")) },
    { name: "b.xml", data: new Uint8Array(Buffer.from("<b/>")) },
  ];

  it("opens within the limits and refuses one entry too many", () => {
    const bytes = rawZip(entries);
    expect(OpcPackage.open(bytes, { ...DEFAULT_READ_LIMITS, maxEntries: 3 }).paths()).toHaveLength(
      3
    );
    expect(() => OpcPackage.open(bytes, { ...DEFAULT_READ_LIMITS, maxEntries: 2 })).toThrow(
      XlsxLimitError
    );
  });

  it("refuses a part above the part limit and a package above the package limit", () => {
    const bytes = rawZip(entries);
    expect(() => OpcPackage.open(bytes, { ...DEFAULT_READ_LIMITS, maxPartBytes: 5 })).toThrow(
      /vượt giới hạn/
    );
    expect(() => OpcPackage.open(bytes, { ...DEFAULT_READ_LIMITS, maxPackageBytes: 10 })).toThrow(
      /cho cả sổ/
    );
  });
});
