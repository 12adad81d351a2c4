import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../../src/adapters/xlsx/xlsx-file.adapter";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../../src/adapters/xlsx/xlsx-reader";
import { putSheets } from "../../../src/adapters/xlsx/xlsx-writer";
import { checkRegister } from "../../../src/app/check-register";
import { unzipParts } from "../../helpers/xlsx/package-parts";

/**
 * A register saved by another program: the sample opened and saved again by LibreOffice Calc
 * (its own shared strings with xml:space, styles, number formats and part layout).
 */
const FIXTURE = path.resolve(__dirname, "../../fixtures/sample-register.saved-by-libreoffice.xlsx");
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("a workbook saved by LibreOffice Calc", () => {
  const bytes = fs.readFileSync(FIXTURE);
  const reader = new XlsxReader(OpcPackage.open(bytes));

  it("lists its sheets in tab order", () => {
    const names = reader.sheetNames();
    expect(names.slice(0, 6)).toEqual([
      "Cấu hình",
      "Đơn vị",
      "Cán bộ",
      "Lịch sử",
      "Sáng kiến",
      "Tiêu chí",
    ]);
    expect(names.at(-1)).toBe("Bình xét");
  });

  it("reads text, numbers, dates, text dates, decimal-comma text and formula results", () => {
    const settings = reader.readGrid("Cấu hình");
    expect(settings?.[6]).toEqual(["Năm", 2024]);
    expect(settings?.[8]).toEqual(["Hạn đăng ký", utc(2024, 1, 31)]);
    expect(settings?.[9]).toEqual(["Ngày xét", "05/11/2024"]);
    const staff = reader.readGrid("Cán bộ");
    expect(staff?.[3]?.[0]).toBe("Mã CB");
    expect(staff?.[4]?.slice(0, 5)).toEqual([
      "CB001",
      "Lê Đình Hưng",
      "VP",
      "Chánh Văn phòng",
      utc(1976, 2, 22),
    ]);
    expect(staff?.[58]?.[1]).toBe("NguyÔn Xu©n Th¾ng");
    expect(reader.readGrid("CĐ-TTUD")?.[6]?.slice(3, 5)).toEqual([19, "18,5"]);
    expect(reader.readGrid("Bình xét")?.[4]).toEqual(["CB001", "Chiến sĩ thi đua cơ sở", 9, 9, 1]);
  });

  it("is analysed like the original sample", async () => {
    const outcome = await checkRegister(XlsxFileAdapter.fromBytes(bytes));
    expect(outcome.kind).toBe("analysed");
    if (outcome.kind !== "analysed") return;
    expect(outcome.analysis.register.staff).toHaveLength(64);
    const statuses = new Set(outcome.analysis.report.proposals.map((p) => p.status));
    expect(statuses.size).toBe(4);
  });

  it("takes output sheets without losing any of its parts", () => {
    const pkg = OpcPackage.open(bytes);
    putSheets(
      pkg,
      [
        {
          name: "Kiểm tra",
          styles: { b: { bold: true } },
          columnWidths: [20],
          rows: [[{ value: "x", style: "b" }]],
        },
      ],
      "replace"
    );
    const before = unzipParts(bytes);
    const after = unzipParts(pkg.toBytes());
    for (const name of Object.keys(before)) expect(after[name]).toBeDefined();
    expect(new XlsxReader(OpcPackage.open(pkg.toBytes())).readGrid("Kiểm tra")).toEqual([["x"]]);
  });
});
