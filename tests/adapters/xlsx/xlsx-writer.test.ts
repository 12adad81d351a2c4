import ExcelJS from "exceljs";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { blankPackage } from "../../../src/adapters/xlsx/blank-package";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { validMerges } from "../../../src/adapters/xlsx/sheet-xml";
import { putSheets } from "../../../src/adapters/xlsx/xlsx-writer";
import { XlsxReader } from "../../../src/adapters/xlsx/xlsx-reader";
import {
  addContentType,
  loadExcel,
  setText,
  text,
  unzipParts,
  zipParts,
} from "../../helpers/xlsx/package-parts";
import { userWorkbookBytes } from "../../helpers/xlsx/user-workbook";

/** The parts the writer may change when it adds sheets; every other original part stays identical. */
const LISTING_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
  "docProps/app.xml",
]);

const CHECK_SHEET: OutputSheet = {
  name: "Kiểm tra",
  styles: {
    title: { fontName: "Times New Roman", fontSize: 14, bold: true, align: "center" },
    head: {
      bold: true,
      fill: "DDEBF7",
      border: true,
      wrap: true,
      valign: "middle",
      align: "center",
    },
    link: { color: "0563C1", underline: true },
    num: { numberFormat: "0.0", border: true },
  },
  columnWidths: [8, 14, 10, 70],
  rows: [
    [{ value: "KẾT QUẢ KIỂM TRA SỔ THI ĐUA", style: "title" }],
    [],
    [
      { value: "Mức độ", style: "head" },
      { value: "Trang", style: "head" },
      { value: "Ô", style: "head" },
      { value: "Nội dung", style: "head" },
    ],
    [
      { value: "Lỗi" },
      { value: "Dữ liệu" },
      { value: "B3", style: "link", link: { sheet: "Dữ liệu", cell: "B3" } },
      { value: "=cmd|' /C calc'!A0" },
    ],
    [
      { value: "Cảnh báo" },
      { value: "+84 912 345 678" },
      { value: 12.5, style: "num" },
      { value: "@tên" },
    ],
  ],
  rowHeights: { 0: 28 },
  merges: ["A1:D1"],
  freezeRows: 3,
  // Row 1 cannot start a page; 5 given twice is one break.
  pageBreaksBefore: [5, 1, 5],
  print: {
    orientation: "landscape",
    paper: "A4",
    repeatRows: [3, 3],
    fitToWidth: true,
    pageNumbers: true,
  },
  tabColor: "C00000",
};

const PROPOSAL_SHEET: OutputSheet = {
  name: "Đề nghị khen thưởng",
  styles: { b: { bold: true, fontName: "Times New Roman" } },
  columnWidths: [6, 30],
  rows: [
    [{ value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "b" }],
    [{ value: 1 }, { value: "-1 điểm" }],
  ],
};

function write(bytes: Uint8Array, sheets: readonly OutputSheet[]): Uint8Array {
  const pkg = OpcPackage.open(bytes);
  putSheets(pkg, sheets, "replace");
  return pkg.toBytes();
}

describe("putSheets into a user's workbook", () => {
  let original: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    original = await userWorkbookBytes();
    output = write(original, [CHECK_SHEET, PROPOSAL_SHEET]);
  });

  it("leaves every part it does not need to touch byte-for-byte as it was", () => {
    const before = unzipParts(original);
    const after = unzipParts(output);
    const untouched = Object.keys(before).filter((name) => !LISTING_PARTS.has(name));
    // The replaced sheet ("kiểm tra" → "Kiểm tra") is the third worksheet.
    const replacedSheet = "xl/worksheets/sheet3.xml";
    expect(untouched).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "customXml/item1.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/sharedStrings.xml",
      ])
    );
    expect(Object.keys(before).some((n) => n.startsWith("xl/comments"))).toBe(true);
    expect(untouched.length).toBeGreaterThan(12);
    for (const name of untouched) {
      if (name === replacedSheet) continue;
      expect({ name, bytes: Buffer.from(after[name] ?? []).toString("base64") }).toEqual({
        name,
        bytes: Buffer.from(before[name] ?? []).toString("base64"),
      });
    }
  });

  it("keeps what the listing parts held: relationships, content types, defined names, styles", () => {
    const before = unzipParts(original);
    const after = unzipParts(output);
    const wbRels = text(after, "xl/_rels/workbook.xml.rels");
    expect(wbRels).toContain('Target="../customXml/item1.xml"');
    for (const override of text(before, "[Content_Types].xml").match(/<Override [^>]*\/>/g) ?? []) {
      expect(text(after, "[Content_Types].xml")).toContain(override);
    }
    expect(text(after, "docProps/app.xml")).toContain("<vt:lpstr>Đề nghị khen thưởng</vt:lpstr>");
    const workbookXml = text(after, "xl/workbook.xml");
    expect(workbookXml).toContain('name="DanhSachMa"');
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'Kiểm tra'!$3:$3</definedName>`
    );
    // Existing cell formats keep their indices: the old cellXfs list is a prefix of the new one.
    const xfs = (xml: string): string => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    expect(xfs(text(after, "xl/styles.xml")).startsWith(xfs(text(before, "xl/styles.xml")))).toBe(
      true
    );
  });

  it("replaces a sheet of the same name in place and appends new ones", () => {
    expect(new XlsxReader(OpcPackage.open(output)).sheetNames()).toEqual([
      "Dữ liệu",
      "Biểu đồ",
      "Kiểm tra",
      "Đề nghị khen thưởng",
    ]);
    const grid = new XlsxReader(OpcPackage.open(output)).readGrid("Kiểm tra");
    expect(grid?.[0]?.[0]).toBe("KẾT QUẢ KIỂM TRA SỔ THI ĐUA");
    expect(JSON.stringify(grid)).not.toContain("bản cũ");
  });

  it("opens with exceljs, with text that looks like a formula kept as text", async () => {
    const wb = await loadExcel(output);
    const ws = wb.getWorksheet("Kiểm tra");
    expect(ws).toBeDefined();
    const cmd = ws?.getCell("D4");
    expect(cmd?.type).toBe(ExcelJS.ValueType.String);
    expect(cmd?.value).toBe("=cmd|' /C calc'!A0");
    expect(ws?.getCell("B5").value).toBe("+84 912 345 678");
    expect(ws?.getCell("D5").value).toBe("@tên");
    expect(ws?.getCell("C5").value).toBe(12.5);
    expect(ws?.getCell("C5").numFmt).toBe("0.0");
    expect(ws?.getCell("A1").font.bold).toBe(true);
    expect(ws?.getCell("A1").font.name).toBe("Times New Roman");
    expect(ws?.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws?.getColumn(4).width).toBe(70);
    expect(ws?.getRow(1).height).toBe(28);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    expect(ws?.headerFooter.oddFooter).toBe("&CTrang &P / &N");
    expect(ws?.getCell("B1").isMerged).toBe(true);
    // The user's sheets as exceljs sees them: validation, conditional format, note.
    const data = wb.getWorksheet("Dữ liệu");
    expect(data?.getCell("B3").dataValidation).toMatchObject({ type: "list" });
    expect(data?.getCell("A1").note).toBeDefined();
    expect(
      (data as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings
    ).toHaveLength(1);
  });

  it("writes internal links, page setup and the footer in the sheet part", () => {
    const sheet = text(unzipParts(output), "xl/worksheets/sheet3.xml");
    expect(sheet).toContain(`<hyperlink ref="C4" location="'Dữ liệu'!B3" display="B3"/>`);
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    expect(sheet).toContain("<oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter>");
    expect(sheet).not.toContain("<f>");
  });

  it.each([
    [{ scale: 88, fitToWidth: true }, ' scale="88"/>', false],
    [{ scale: 7.4 }, ' scale="10"/>', false],
    [{ fitToWidth: true }, ' fitToWidth="1" fitToHeight="0"/>', true],
  ])("prints at a fixed scale when one is given (%j)", (setup, pageSetupEnd, fitToPage) => {
    const sheet: OutputSheet = {
      ...PROPOSAL_SHEET,
      print: { orientation: "landscape", paper: "A4", ...setup },
    };
    const xml = text(unzipParts(write(original, [sheet])), "xl/worksheets/sheet4.xml");
    expect(xml).toContain(`<pageSetup paperSize="9" orientation="landscape"${pageSetupEnd}`);
    expect(xml.includes('<pageSetUpPr fitToPage="1"/>')).toBe(fitToPage);
  });

  it("writes the page numbers in the font the sheet asks for", () => {
    const sheet: OutputSheet = {
      ...PROPOSAL_SHEET,
      print: {
        orientation: "landscape",
        paper: "A4",
        pageNumbers: true,
        pageNumberFont: { name: "Times New Roman", size: 12 },
      },
    };
    const xml = text(unzipParts(write(original, [sheet])), "xl/worksheets/sheet4.xml");
    expect(xml).toContain(
      "<oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Trang &amp;P / &amp;N</oddFooter>"
    );
  });

  it("writes the draft mark in the printed header, before the footer", async () => {
    const sheet: OutputSheet = {
      ...PROPOSAL_SHEET,
      print: {
        orientation: "landscape",
        paper: "A4",
        pageNumbers: true,
        headerText: "BẢN NHÁP — sổ còn 2 lỗi",
      },
    };
    const bytes = write(original, [sheet]);
    const xml = text(unzipParts(bytes), "xl/worksheets/sheet4.xml");
    expect(xml).toContain(
      "<headerFooter><oddHeader>&amp;C&amp;BBẢN NHÁP — sổ còn 2 lỗi</oddHeader><oddFooter>"
    );
    const wb = await loadExcel(bytes);
    expect(wb.getWorksheet(PROPOSAL_SHEET.name)?.headerFooter.oddHeader).toBe(
      "&C&BBẢN NHÁP — sổ còn 2 lỗi"
    );
  });

  it("converts the widths of a sheet printed at a fixed scale to the workbook's unit", () => {
    const scaled: OutputSheet = {
      ...PROPOSAL_SHEET,
      print: { orientation: "landscape", paper: "A4", scale: 88 },
    };
    // A workbook in 12 pt Times New Roman measures widths in 8-px digits: 30 × 7 / 8.
    const blank = blankPackage();
    putSheets(blank, [scaled, { ...PROPOSAL_SHEET, name: "Không in" }], "replace");
    const xml = blank.getText("xl/worksheets/sheet1.xml") ?? "";
    expect(xml).toContain('<col min="2" max="2" width="26.25" customWidth="1"/>');
    expect(blank.getText("xl/worksheets/sheet2.xml")).toContain(
      '<col min="2" max="2" width="30" customWidth="1"/>'
    );
    // The user's workbook here is in 11 pt Calibri: widths as given.
    const user = text(unzipParts(write(original, [scaled])), "xl/worksheets/sheet4.xml");
    expect(user).toContain('<col min="2" max="2" width="30" customWidth="1"/>');
  });

  it("writes manual page breaks after the footer, where the schema puts rowBreaks", () => {
    const sheet = text(unzipParts(output), "xl/worksheets/sheet3.xml");
    expect(sheet).toContain(
      '</headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>'
    );
    const proposal = text(unzipParts(output), "xl/worksheets/sheet4.xml");
    expect(proposal).not.toContain("rowBreaks");
  });

  it("removes the parts only a replaced sheet used, and keeps those others still use", () => {
    const parts = unzipParts(original);
    const pkgRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const rels = (...items: [string, string, string][]): string =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${pkgRels}">${items
        .map(
          ([id, type, target]) =>
            `<Relationship Id="${id}" Type="${rel}/${type}" Target="${target}"/>`
        )
        .join("")}</Relationships>`;
    // The previous run's "kiểm tra" (sheet3) had a chart, notes and printer settings; its drawing
    // also showed the user's chart1, and the printer settings are shared with the user's sheet1.
    setText(
      parts,
      "xl/worksheets/_rels/sheet3.xml.rels",
      rels(
        ["rId1", "drawing", "../drawings/drawing9.xml"],
        ["rId2", "comments", "../comments9.xml"],
        ["rId3", "vmlDrawing", "../drawings/vmlDrawing9.vml"],
        ["rId4", "printerSettings", "../printerSettings/printerSettings1.bin"]
      )
    );
    setText(parts, "xl/drawings/drawing9.xml", "<xdr:wsDr/>");
    setText(
      parts,
      "xl/drawings/_rels/drawing9.xml.rels",
      rels(["rId1", "chart", "../charts/chart9.xml"], ["rId2", "chart", "../charts/chart1.xml"])
    );
    setText(parts, "xl/charts/chart9.xml", "<c:chartSpace/>");
    setText(
      parts,
      "xl/charts/_rels/chart9.xml.rels",
      rels(["rId1", "chartColorStyle", "colors9.xml"])
    );
    setText(parts, "xl/charts/colors9.xml", "<cs:colorStyle/>");
    setText(parts, "xl/comments9.xml", "<comments/>");
    setText(parts, "xl/drawings/vmlDrawing9.vml", "<xml/>");
    setText(parts, "xl/printerSettings/printerSettings1.bin", "máy in");
    const sheet1Rels = text(parts, "xl/worksheets/_rels/sheet1.xml.rels");
    setText(
      parts,
      "xl/worksheets/_rels/sheet1.xml.rels",
      sheet1Rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdPrinter" Type="${rel}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`
      )
    );
    const ct = "application/vnd.openxmlformats-officedocument";
    addContentType(parts, "/xl/drawings/drawing9.xml", `${ct}.drawing+xml`);
    addContentType(parts, "/xl/charts/chart9.xml", `${ct}.drawingml.chart+xml`);
    addContentType(
      parts,
      "/xl/charts/colors9.xml",
      "application/vnd.ms-office.chartcolorstyle+xml"
    );
    addContentType(parts, "/xl/comments9.xml", `${ct}.spreadsheetml.comments+xml`);
    const before = unzipParts(zipParts(parts));

    const after = unzipParts(write(zipParts(parts), [CHECK_SHEET]));
    const gone = [
      "xl/drawings/drawing9.xml",
      "xl/drawings/_rels/drawing9.xml.rels",
      "xl/charts/chart9.xml",
      "xl/charts/_rels/chart9.xml.rels",
      "xl/charts/colors9.xml",
      "xl/comments9.xml",
      "xl/drawings/vmlDrawing9.vml",
    ];
    for (const name of gone)
      expect({ name, present: name in after }).toEqual({ name, present: false });
    const types = text(after, "[Content_Types].xml");
    for (const name of gone) expect(types).not.toContain(`PartName="/${name}"`);
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect("xl/worksheets/_rels/sheet3.xml.rels" in after).toBe(false);
    // Everything else, shared parts included, keeps its bytes.
    const untouched = Object.keys(before).filter(
      (name) =>
        !LISTING_PARTS.has(name) &&
        !gone.includes(name) &&
        name !== "xl/worksheets/sheet3.xml" &&
        name !== "xl/worksheets/_rels/sheet3.xml.rels"
    );
    expect(untouched).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/printerSettings/printerSettings1.bin",
        "xl/drawings/drawing1.xml",
      ])
    );
    for (const name of untouched) {
      expect({ name, bytes: Buffer.from(after[name] ?? []).toString("base64") }).toEqual({
        name,
        bytes: Buffer.from(before[name] ?? []).toString("base64"),
      });
    }
  });

  it("gives the same bytes when run twice on the same file, and again on its own output", () => {
    expect(
      Buffer.from(write(original, [CHECK_SHEET, PROPOSAL_SHEET])).equals(Buffer.from(output))
    ).toBe(true);
    const again = write(output, [CHECK_SHEET, PROPOSAL_SHEET]);
    expect(Buffer.from(again).equals(Buffer.from(output))).toBe(true);
  });

  it("in skip-existing mode leaves existing sheets alone and reports them", () => {
    const pkg = OpcPackage.open(original);
    const result = putSheets(pkg, [CHECK_SHEET, PROPOSAL_SHEET], "skip-existing");
    expect(result).toEqual({
      created: ["Đề nghị khen thưởng"],
      replaced: [],
      skipped: ["Kiểm tra"],
    });
    const grid = new XlsxReader(pkg).readGrid("kiểm tra");
    expect(grid?.[0]?.[0]).toBe("bản cũ do lần chạy trước ghi");
  });

  it.each(["", "a/b", "x".repeat(32), "Trang[1]", "'trích'"])(
    "throws on an invalid sheet name %j before changing anything",
    (name) => {
      const pkg = OpcPackage.open(original);
      const before = pkg.paths().length;
      expect(() =>
        putSheets(pkg, [PROPOSAL_SHEET, { ...PROPOSAL_SHEET, name }], "replace")
      ).toThrow(/Invalid sheet name/);
      expect(pkg.paths().length).toBe(before);
    }
  );
});

describe("putSheets into a new workbook (tdkt init)", () => {
  const INPUT: OutputSheet = {
    name: "Cán bộ",
    styles: { head: { bold: true, fill: "DDEBF7", border: true } },
    columnWidths: [12, 28, 12, 30],
    rows: [
      [{ value: "DANH SÁCH CÁN BỘ" }],
      [
        { value: "Mã CB", style: "head" },
        { value: "Họ và tên", style: "head" },
        { value: "Mã đơn vị", style: "head" },
        { value: "Xếp loại", style: "head" },
      ],
    ],
    freezeRows: 2,
    validations: [
      {
        range: "D3:D500",
        list: [
          "Hoàn thành xuất sắc nhiệm vụ",
          "Hoàn thành tốt nhiệm vụ",
          "Hoàn thành nhiệm vụ",
          "Không hoàn thành nhiệm vụ",
        ],
      },
      // Too long for an inline list: kept in a hidden column of the sheet.
      {
        range: "C3:C500",
        list: Array.from({ length: 40 }, (_v, i) => `Đơn vị số ${i + 1}, Hà Tĩnh`),
      },
    ],
    table: { name: "Bảng cán bộ", range: "A2:D2" },
    protection: { editableRanges: ["A3:D500"] },
  };

  it("makes table column names unique ignoring case, non-empty and on one line, as Excel requires", () => {
    const pkg = blankPackage();
    const header = ["Mã", "mã", null, "Họ và\ntên"].map((value) => ({ value }));
    putSheets(
      pkg,
      [
        {
          name: "T",
          styles: {},
          columnWidths: [],
          rows: [header],
          table: { name: "T1", range: "A1:D1" },
        },
      ],
      "replace"
    );
    const parts = unzipParts(pkg.toBytes());
    const names = [
      ...text(parts, "xl/tables/table1.xml").matchAll(/<tableColumn id="\d+" name="([^"]*)"/g),
    ].map((m) => m[1]);
    expect(names).toEqual(["Mã", "mã 2", "Cột 3", "Họ và tên"]);
    expect(new XlsxReader(OpcPackage.open(pkg.toBytes())).readGrid("T")?.[0]).toEqual(names);
  });

  it("creates a valid workbook with a table, list validations and protection without password", async () => {
    const pkg = blankPackage();
    expect(putSheets(pkg, [INPUT], "skip-existing").created).toEqual(["Cán bộ"]);
    const bytes = pkg.toBytes();
    const parts = unzipParts(bytes);
    const table = text(parts, "xl/tables/table1.xml");
    expect(table).toContain('name="Bang_can_bo"');
    expect(table).toContain('ref="A2:D3"');
    expect(table).toContain('<tableColumn id="2" name="Họ và tên"/>');
    expect(text(parts, "[Content_Types].xml")).toContain('PartName="/xl/tables/table1.xml"');
    const sheet = text(parts, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<sheetProtection sheet="1"');
    expect(sheet).not.toMatch(/password|hashValue/i);
    expect(sheet).toContain('<protectedRange name="VungNhap1" sqref="A3:D500"/>');
    expect(sheet).toContain("&quot;Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ");
    expect(sheet).toContain("<formula1>'Cán bộ'!$ZZ$1:$ZZ$40</formula1>");
    const wb = await loadExcel(bytes);
    const ws = wb.getWorksheet("Cán bộ");
    expect(ws?.getCell("D3").dataValidation).toMatchObject({ type: "list" });
    expect(ws?.getCell("B2").value).toBe("Họ và tên");
    expect(ws?.getColumn(702).hidden).toBe(true);
    expect(text(parts, "docProps/app.xml")).toContain("<vt:lpstr>Cán bộ</vt:lpstr>");
  });
});

describe("validMerges", () => {
  it.each([
    [
      ["A1:D1", "A2:B3"],
      ["A1:D1", "A2:B3"],
    ],
    [["A1:D1", "C1:E2"], ["A1:D1"]],
    [["B2:B2", "A1:A3"], ["A1:A3"]],
    [
      ["A1:C3", "B2:D4", "E5:F5"],
      ["A1:C3", "E5:F5"],
    ],
    [["x", "A0:B1", "D4:C3"], ["D4:C3"]],
  ])("keeps %j as %j", (input, expected) => {
    expect(validMerges(input)).toEqual(expected);
  });
});
