import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { XlsxFileAdapter, XlsxFormatError } from "../../../src/adapters/xlsx/xlsx-file.adapter";
import { registerBytes } from "../../helpers/xlsx/register-builder";
import { sha256 } from "../../helpers/xlsx/package-parts";

const sheet = (name: string, text: string): OutputSheet => ({
  name,
  styles: {},
  columnWidths: [],
  rows: [[{ value: text }]],
});

describe("XlsxFileAdapter", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-adapter-"));
    input = path.join(dir, "so.xlsx");
    fs.writeFileSync(input, await registerBytes());
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reads sheet names and grids of a file", async () => {
    const port = await XlsxFileAdapter.open(input);
    const names = await port.listSheets();
    expect(names.slice(0, 3)).toEqual(["Cấu hình", "Đơn vị", "Cán bộ"]);
    const grids = await port.readSheets(["Cán bộ", "Không có"]);
    expect([...grids.keys()]).toEqual(["Cán bộ"]);
    expect(grids.get("Cán bộ")?.[4]?.slice(0, 3)).toEqual(["Nguyễn Văn An", "CB001", "VP"]);
  });

  it("keeps writes in memory until save, then writes atomically without touching the input", async () => {
    const before = sha256(fs.readFileSync(input));
    const port = await XlsxFileAdapter.open(input);
    await port.writeOutputSheets([sheet("Kiểm tra", "một")]);
    expect(sha256(fs.readFileSync(input))).toBe(before);
    expect((await port.readSheets(["Kiểm tra"])).get("Kiểm tra")).toEqual([["một"]]);
    const out = path.join(dir, "ket-qua.xlsx");
    await port.save(out);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const reopened = await XlsxFileAdapter.open(out);
    expect((await reopened.readSheets(["Kiểm tra"])).get("Kiểm tra")).toEqual([["một"]]);
    expect(sha256(fs.readFileSync(input))).toBe(before);
  });

  it("writes output sheets all or nothing", async () => {
    const port = await XlsxFileAdapter.open(input);
    const before = await port.listSheets();
    await expect(
      port.writeOutputSheets([sheet("Kiểm tra", "x"), sheet("sai/tên", "y")])
    ).rejects.toThrow();
    expect(await port.listSheets()).toEqual(before);
  });

  it("createSheets never touches an existing sheet", async () => {
    const port = await XlsxFileAdapter.open(input);
    const result = await port.createSheets([sheet("cán bộ", "mới"), sheet("ĐK-KHTC", "mới")]);
    expect(result).toEqual({ created: ["ĐK-KHTC"], skipped: ["cán bộ"] });
    expect((await port.readSheets(["Cán bộ"])).get("Cán bộ")?.[4]?.[0]).toBe("Nguyễn Văn An");
  });

  it("refuses a file that is not an .xlsx workbook", async () => {
    const bad = path.join(dir, "ghi-chu.xlsx");
    fs.writeFileSync(bad, "không phải zip");
    await expect(XlsxFileAdapter.open(bad)).rejects.toBeInstanceOf(XlsxFormatError);
  });
});
