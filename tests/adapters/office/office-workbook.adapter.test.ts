import {
  LISTS_SHEET,
  TEMP_SHEET_PREFIX,
  createOfficeWorkbook,
} from "../../../src/adapters/office/office-workbook.adapter";
import { MARK_TAG } from "../../../src/adapters/office/highlight";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { FakeWorkbook, fakeHost } from "./fake-excel";

const FIVE_MB = 5 * 1024 * 1024;

function staffRows(count: number): unknown[][] {
  const rows: unknown[][] = [
    [
      "Mã CB",
      "Họ và tên",
      "Mã đơn vị",
      "Chức vụ",
      "Ngày sinh",
      "Giới tính",
      "Số tháng công tác",
      "Nghỉ thai sản",
      "Xếp loại",
      "Kỷ luật",
      "Ghi chú",
    ],
  ];
  for (let i = 1; i <= count; i++)
    rows.push([
      `CB${i}`,
      `Nguyễn Văn ${i}`,
      `P${i % 12}`,
      "Chuyên viên",
      30000 + i,
      i % 2 ? "Nam" : "Nữ",
      12,
      "không",
      "Hoàn thành tốt nhiệm vụ",
      "",
      "",
    ]);
  return rows;
}

function registerWorkbook(staff: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet(
    "Cấu hình",
    [
      ["Tham số", "Giá trị"],
      ["Năm", 2024],
      ["Hạn đăng ký", 45322],
    ],
    [[], [], ["General", "dd/mm/yyyy"]]
  );
  wb.addSheet("Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị"],
    ["VP", "Văn phòng"],
  ]);
  const rows = staffRows(staff);
  wb.addSheet(
    "Cán bộ",
    rows,
    rows.map((_, r) => (r === 0 ? [] : ["@", "@", "@", "@", "dd/mm/yyyy"]))
  );
  wb.addSheet("ĐK-VP", [
    ["STT", "Mã CB"],
    [1, "CB1"],
  ]);
  return wb;
}

/** An output sheet shaped like the proposal list: a title, a header, one styled row per person. */
function outputSheet(name: string, people: number): OutputSheet {
  const rows: OutputSheet["rows"][number][] = [
    [{ value: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", style: "title" }],
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu", "Căn cứ"].map((h) => ({
      value: h,
      style: "head",
    })),
  ];
  for (let i = 1; i <= people; i++)
    rows.push([
      { value: i, style: "num" },
      { value: `Nguyễn Văn ${i}`, style: "text" },
      { value: "Chuyên viên", style: "text" },
      { value: "Văn phòng", style: "text" },
      { value: "Chiến sĩ thi đua cơ sở", style: "text" },
      { value: "Hoàn thành xuất sắc nhiệm vụ", style: "text" },
    ]);
  return {
    name,
    styles: {
      title: { bold: true, fontSize: 14, align: "center" },
      head: { bold: true, fill: "D9E1F2", border: true, wrap: true },
      num: { align: "center", border: true },
      text: { border: true },
    },
    columnWidths: [6, 28, 18, 18, 24, 40],
    rows,
    merges: ["A1:F1"],
    freezeRows: 2,
    pageBreaksBefore: [4],
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: [2, 2],
      fitToWidth: true,
      pageNumbers: true,
    },
  };
}

describe("Office adapter: batching", () => {
  async function readSyncs(staff: number): Promise<{ syncs: number; rows: number }> {
    const wb = registerWorkbook(staff);
    const host = fakeHost(wb);
    const port = createOfficeWorkbook(host);
    const names = await port.listSheets();
    const grids = await port.readSheets(names);
    return { syncs: host.lastContext().syncCount, rows: grids.get("Cán bộ")?.length ?? 0 };
  }

  it("reads every sheet with the same number of syncs for 10 and 10,000 staff", async () => {
    const small = await readSyncs(10);
    const large = await readSyncs(10_000);
    expect(small.rows).toBe(11);
    expect(large.rows).toBe(10_001);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
  });

  async function writeSyncs(people: number): Promise<{ syncs: number; sizes: number[] }> {
    const wb = registerWorkbook(people);
    const host = fakeHost(wb);
    await createOfficeWorkbook(host).writeOutputSheets([
      outputSheet("Kiểm tra", people),
      outputSheet("Kết quả chấm điểm", 20),
      outputSheet("Đề nghị khen thưởng", people),
    ]);
    return { syncs: host.lastContext().syncCount, sizes: host.lastContext().requestSizes };
  }

  it("writes output with the same number of syncs for 10 and 10,000 staff, each request under 5 MB", async () => {
    const small = await writeSyncs(10);
    const large = await writeSyncs(10_000);
    expect(large.syncs).toBe(small.syncs);
    // Load the workbook's sheets, write everything, then the print setup on its own.
    expect(small.syncs).toBe(3);
    expect(Math.max(...large.sizes)).toBeLessThan(FIVE_MB);
  });

  it("splits a write that would pass 5 MB into row blocks, each request under the limit", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Cấu hình", [["Tham số", "Giá trị"]]);
    const host = fakeHost(wb);
    const spec = outputSheet("Đề nghị khen thưởng", 60_000);
    await createOfficeWorkbook(host).writeOutputSheets([spec]);
    const ctx = host.lastContext();
    expect(ctx.syncCount).toBeGreaterThan(3);
    expect(Math.max(...ctx.requestSizes)).toBeLessThan(FIVE_MB);
    const sheet = wb.sheet("Đề nghị khen thưởng")!;
    expect(sheet.cell(60_001, 1).value).toBe("Nguyễn Văn 60000");
    expect(sheet.cell(2, 1).value).toBe("Nguyễn Văn 1");
  });

  it("spreads the formatting of hundreds of new sheets over several syncs, each under 5 MB", async () => {
    const wb = registerWorkbook(1);
    const host = fakeHost(wb);
    const sheets = Array.from({ length: 400 }, (_, i) => ({
      ...outputSheet(`ĐK-U${i}`, 40),
      print: undefined,
      validations: [{ range: "E3:E200", list: ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"] }],
    }));
    const result = await createOfficeWorkbook(host).createSheets(sheets);
    expect(result.created).toHaveLength(400);
    const ctx = host.lastContext();
    expect(ctx.syncCount).toBeGreaterThan(2);
    expect(Math.max(...ctx.requestSizes)).toBeLessThan(FIVE_MB);
    expect(wb.sheet("ĐK-U399")!.merges).toHaveLength(1);
  });

  it.each([
    ["1.8", 0],
    ["1.9", 1],
  ])(
    "suspends calculation always and screen updating only from ExcelApi 1.9 (%s)",
    async (version, screen) => {
      const wb = registerWorkbook(3);
      const host = fakeHost(wb, version);
      await createOfficeWorkbook(host).writeOutputSheets([outputSheet("Kiểm tra", 3)]);
      expect(host.lastContext().suspends.calculation).toBe(1);
      expect(host.lastContext().suspends.screen).toBe(screen);
      expect(Object.keys(wb.sheet("Kiểm tra")!.layout).length > 0).toBe(version === "1.9");
    }
  );
});

describe("Office adapter: reading", () => {
  it("converts dates, errors and offsets, and finds sheets by folded name", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet(
      "Cấu hình",
      [
        [],
        [null, "Tham số", "Giá trị"],
        [null, "Hạn đăng ký", 45322],
        [null, "Năm", { error: "#REF!" }],
        [null, "Mã", "#N/A"],
      ],
      [[], [], ["General", "General", "dd/mm/yyyy"], [], ["General", "General", "@"]]
    );
    const port = createOfficeWorkbook(fakeHost(wb));
    const grids = await port.readSheets(["cấu hình", "Không có"]);
    expect([...grids.keys()]).toEqual(["cấu hình"]);
    expect(grids.get("cấu hình")).toEqual([
      [],
      [null, "Tham số", "Giá trị"],
      [null, "Hạn đăng ký", new Date(Date.UTC(2024, 0, 31))],
      [null, "Năm", { error: "#REF!" }],
      [null, "Mã", "#N/A"],
    ]);
  });

  it.each([
    ["ServiceNotAvailable", 2, true],
    ["AccessDenied", 1, false],
  ])(
    "retries a read on a transient error (%s) a bounded number of times",
    async (code, runs, succeeds) => {
      const wb = registerWorkbook(1);
      const host = fakeHost(wb);
      const realRun = host.run.bind(host);
      let calls = 0;
      host.run = async (batch) => {
        calls++;
        if (calls === 1) throw Object.assign(new Error("busy"), { code });
        return realRun(batch);
      };
      const port = createOfficeWorkbook(host, { retryDelayMs: 0 });
      const read = port.readSheets(["Cán bộ"]);
      if (succeeds) expect((await read).get("Cán bộ")).toHaveLength(2);
      else await expect(read).rejects.toMatchObject({ code });
      expect(calls).toBe(runs);
    }
  );

  it("gives up after three attempts", async () => {
    const host = fakeHost(new FakeWorkbook());
    let calls = 0;
    host.run = () => {
      calls++;
      return Promise.reject(Object.assign(new Error("busy"), { code: "Conflict" }));
    };
    await expect(
      createOfficeWorkbook(host, { retryDelayMs: 0 }).listSheets()
    ).rejects.toMatchObject({ code: "Conflict" });
    expect(calls).toBe(3);
  });

  it.each([
    [false, 45322],
    [true, 45322 - 1462],
  ])("reads dates in either date system (1904: %s)", async (date1904, serial) => {
    const wb = new FakeWorkbook();
    wb.date1904 = date1904;
    wb.addSheet("Cấu hình", [["Hạn đăng ký", serial]], [["General", "dd/mm/yyyy"]]);
    const grids = await createOfficeWorkbook(fakeHost(wb)).readSheets(["Cấu hình"]);
    expect(grids.get("Cấu hình")).toEqual([["Hạn đăng ký", new Date(Date.UTC(2024, 0, 31))]]);
  });

  it("gives an empty grid for an empty sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Bình xét", []);
    const grids = await createOfficeWorkbook(fakeHost(wb)).readSheets(["Bình xét"]);
    expect(grids.get("Bình xét")).toEqual([]);
  });
});

describe("Office adapter: writing", () => {
  const tricky: OutputSheet = {
    name: "Kiểm tra",
    styles: {},
    columnWidths: [10, 10],
    rows: [
      [{ value: "=SUM(A1:A9)" }, { value: "+84 912 345 678" }],
      [{ value: "0123" }, { value: `=${"x".repeat(300)}` }],
      [{ value: 12.5 }, null],
    ],
  };

  it("writes text as text: formulas, phone numbers and leading zeros stay as typed", async () => {
    const wb = registerWorkbook(1);
    await createOfficeWorkbook(fakeHost(wb)).writeOutputSheets([tricky]);
    const sheet = wb.sheet("Kiểm tra")!;
    expect(sheet.cell(0, 0)).toMatchObject({ value: "=SUM(A1:A9)", format: "@", formula: false });
    expect(sheet.cell(0, 1)).toMatchObject({
      value: "+84 912 345 678",
      format: "@",
      formula: false,
    });
    expect(sheet.cell(1, 0)).toMatchObject({ value: "0123", format: "@" });
    expect(sheet.cell(1, 1)).toMatchObject({ value: `=${"x".repeat(300)}`, formula: false });
    expect(sheet.cell(2, 0)).toMatchObject({ value: 12.5, format: "General" });
  });

  it("replaces an output sheet in place and leaves no temporary sheet", async () => {
    const wb = registerWorkbook(1);
    wb.addSheet("Kiểm tra", [["cũ"]]);
    wb.addSheet("Ghi chú", [["của người dùng"]]);
    const before = wb.sheets.map((s) => s.name);
    await createOfficeWorkbook(fakeHost(wb)).writeOutputSheets([tricky]);
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.sheet("Kiểm tra")!.cell(0, 0).value).toBe("=SUM(A1:A9)");
    expect(wb.sheet("Ghi chú")!.cell(0, 0).value).toBe("của người dùng");
    expect(wb.sheet("Kiểm tra")!.visibilityValue).toBe("Visible");
  });

  it("keeps the written sheet when the host refuses its print setup", async () => {
    const wb = registerWorkbook(1);
    const host = fakeHost(wb);
    const realRun = host.run.bind(host);
    host.run = async (batch) =>
      realRun(async (context) => {
        (context as unknown as { failWhen: (op: string) => boolean }).failWhen = (op) =>
          op.startsWith("pageLayout.zoom");
        return batch(context);
      });
    await createOfficeWorkbook(host).writeOutputSheets([outputSheet("Đề nghị khen thưởng", 5)]);
    const sheet = wb.sheet("Đề nghị khen thưởng")!;
    expect(sheet.cell(6, 1).value).toBe("Nguyễn Văn 5");
    expect(sheet.layout.orientation).toBe("Landscape");
    expect(sheet.layout.zoom).toBeUndefined();
  });

  it.each([
    ["1.9", ["A4", "A9"]],
    ["1.8", []],
  ])(
    "adds the manual page breaks with the print setup where ExcelApi 1.9 allows (%s)",
    async (version, expected) => {
      const wb = registerWorkbook(1);
      const host = fakeHost(wb, version);
      await createOfficeWorkbook(host).writeOutputSheets([
        { ...outputSheet("Đề nghị khen thưởng", 12), pageBreaksBefore: [9, 1, 4, 9] },
      ]);
      expect(wb.sheet("Đề nghị khen thưởng")!.pageBreaks).toEqual(expected);
      // Load, write, print setup: the breaks cost no sync of their own.
      expect(host.lastContext().syncCount).toBe(version === "1.9" ? 3 : 2);
    }
  );

  it.each([
    [{ scale: 88 }, { scale: 88 }],
    [{ scale: 500 }, { scale: 400 }],
    [{}, { horizontalFitToPages: 1, verticalFitToPages: 0 }],
  ])("prints at a fixed scale when one is given (%j)", async (setup, zoom) => {
    const wb = registerWorkbook(1);
    const spec = outputSheet("Đề nghị khen thưởng", 3);
    await createOfficeWorkbook(fakeHost(wb)).writeOutputSheets([
      { ...spec, print: { ...spec.print!, ...setup } },
    ]);
    expect(wb.sheet("Đề nghị khen thưởng")!.layout.zoom).toEqual(zoom);
  });

  it("writes the page numbers in the font the sheet asks for", async () => {
    const wb = registerWorkbook(1);
    const spec = outputSheet("Đề nghị khen thưởng", 3);
    await createOfficeWorkbook(fakeHost(wb)).writeOutputSheets([
      { ...spec, print: { ...spec.print!, pageNumberFont: { name: "Times New Roman", size: 12 } } },
    ]);
    expect(
      wb.sheet("Đề nghị khen thưởng")!.layout["headersFooters.defaultForAllPages.centerFooter"]
    ).toBe('&"Times New Roman,Regular"&12Trang &P / &N');
  });

  it("adds page breaks to a sheet without print setup in the same last sync", async () => {
    const wb = registerWorkbook(1);
    const host = fakeHost(wb);
    await createOfficeWorkbook(host).writeOutputSheets([
      { ...outputSheet("Kiểm tra", 6), print: undefined },
    ]);
    expect(wb.sheet("Kiểm tra")!.pageBreaks).toEqual(["A4"]);
    expect(host.lastContext().syncCount).toBe(3);
  });

  it("keeps the written sheet when the host refuses its page breaks", async () => {
    const wb = registerWorkbook(1);
    const host = fakeHost(wb);
    const realRun = host.run.bind(host);
    host.run = async (batch) =>
      realRun(async (context) => {
        (context as unknown as { failWhen: (op: string) => boolean }).failWhen = (op) =>
          op === "horizontalPageBreaks.add";
        return batch(context);
      });
    await createOfficeWorkbook(host).writeOutputSheets([outputSheet("Đề nghị khen thưởng", 5)]);
    const sheet = wb.sheet("Đề nghị khen thưởng")!;
    expect(sheet.cell(6, 1).value).toBe("Nguyễn Văn 5");
    expect(sheet.pageBreaks).toEqual([]);
  });

  it("leaves the old output sheet whole when Excel fails midway", async () => {
    const wb = registerWorkbook(1);
    wb.addSheet("Đề nghị khen thưởng", [["danh sách cũ"]]);
    const before = wb.sheets.map((s) => s.name);
    const host = fakeHost(wb);
    const port = createOfficeWorkbook(host);
    const realRun = host.run.bind(host);
    let batches = 0;
    host.run = async (batch) =>
      realRun(async (context) => {
        batches++;
        if (batches === 1)
          (context as unknown as { failWhen: (op: string) => boolean }).failWhen = (op) =>
            op === "range.merge";
        return batch(context);
      });
    await expect(port.writeOutputSheets([outputSheet("Đề nghị khen thưởng", 50)])).rejects.toThrow(
      /range.merge/
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.sheet("Đề nghị khen thưởng")!.cell(0, 0).value).toBe("danh sách cũ");
    expect(wb.sheets.some((s) => s.name.startsWith(TEMP_SHEET_PREFIX))).toBe(false);
  });

  it("creates sheets without touching existing ones, protected without a password", async () => {
    const wb = registerWorkbook(1);
    const port = createOfficeWorkbook(fakeHost(wb));
    const pledge = (name: string): OutputSheet => ({
      name,
      styles: { head: { bold: true } },
      columnWidths: [6, 12],
      rows: [
        [
          { value: "STT", style: "head" },
          { value: "Mã CB", style: "head" },
        ],
        [{ value: 1 }, { value: "CB1" }],
      ],
      validations: [{ range: "D2:D200", list: ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"] }],
      table: { name: "DK_VP", range: "A1:B2" },
      protection: { editableRanges: ["D2:E200"] },
    });
    const result = await port.createSheets([pledge("đk-vp"), pledge("ĐK-KT")]);
    expect(result).toEqual({ created: ["ĐK-KT"], skipped: ["đk-vp"] });
    expect(wb.sheet("ĐK-VP")!.cell(1, 1).value).toBe("CB1");
    expect(wb.sheet("ĐK-VP")!.protectedValue).toBe(false);
    const created = wb.sheet("ĐK-KT")!;
    expect(created.protectedValue).toBe(true);
    expect(created.tables.list).toEqual(["DK_VP"]);
    expect(created.formatOps).toContainEqual(
      expect.objectContaining({ path: "protection.locked", value: false })
    );
    expect(created.validations[0]?.value).toEqual({
      list: { inCellDropDown: true, source: "Lao động tiên tiến,Chiến sĩ thi đua cơ sở" },
    });
  });

  it("writes a name given twice in one call once", async () => {
    const wb = registerWorkbook(1);
    const one: OutputSheet = { name: "Mới", styles: {}, columnWidths: [], rows: [[{ value: 1 }]] };
    const result = await createOfficeWorkbook(fakeHost(wb)).createSheets([
      one,
      { ...one, name: "mới" },
    ]);
    expect(result).toEqual({ created: ["Mới"], skipped: ["mới"] });
    expect(wb.sheets.filter((s) => s.name.toLowerCase() === "mới")).toHaveLength(1);
  });

  it("keeps table names unique across the workbook", async () => {
    const wb = registerWorkbook(1);
    const port = createOfficeWorkbook(fakeHost(wb));
    const sheet = (name: string): OutputSheet => ({
      name,
      styles: {},
      columnWidths: [],
      rows: [[{ value: "Mã" }], [{ value: "A" }]],
      table: { name: "Bang", range: "A1:A2" },
    });
    await port.createSheets([sheet("Một")]);
    await port.createSheets([sheet("Hai")]);
    expect(wb.tableNames).toEqual(["Bang", "Bang_2"]);
  });

  it("puts long dropdown lists on a very hidden lists sheet that listSheets does not show", async () => {
    const wb = registerWorkbook(1);
    const port = createOfficeWorkbook(fakeHost(wb));
    const items = Array.from(
      { length: 30 },
      (_, i) => `Bằng khen của Chủ tịch UBND tỉnh, loại ${i}`
    );
    await port.createSheets([
      {
        name: "Lịch sử",
        styles: {},
        columnWidths: [],
        rows: [[{ value: "Đối tượng" }]],
        validations: [{ range: "C2:C500", list: items }],
      },
    ]);
    const lists = wb.sheet(LISTS_SHEET)!;
    expect(lists.visibilityValue).toBe("VeryHidden");
    expect(lists.cell(29, 0).value).toBe(items[29]);
    expect(wb.sheet("Lịch sử")!.validations[0]?.value).toEqual({
      list: { inCellDropDown: true, source: `='${LISTS_SHEET}'!$A$1:$A$30` },
    });
    expect(await port.listSheets()).not.toContain(LISTS_SHEET);
  });
});

describe("Office adapter: selection and marks", () => {
  it("selects a cell on its sheet, and reports a missing sheet with ItemNotFound", async () => {
    const wb = registerWorkbook(2);
    const port = createOfficeWorkbook(fakeHost(wb));
    await port.selectCell("cán bộ", "C3");
    expect(wb.active).toBe("Cán bộ");
    expect(wb.selected).toEqual({ sheet: "Cán bộ", bounds: { r0: 2, c0: 2, r1: 2, c1: 2 } });
    await expect(port.selectCell("Không có", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("marks cells with conditional formats and clears only its own, in a later batch", async () => {
    const wb = registerWorkbook(2);
    const staff = wb.sheet("Cán bộ")!;
    staff.conditionalFormats.push({
      id: 99,
      areas: "A1:A9",
      type: "Custom",
      formula: "=A1>0",
      format: {},
      priority: 0,
    });
    wb.sheet("ĐK-VP")!.protectedValue = true;
    const cellsBefore = JSON.stringify([...staff.cells]);
    const port = createOfficeWorkbook(fakeHost(wb));
    const result = await port.highlightCells([
      { sheet: "Cán bộ", cell: "C3", severity: "warning" },
      { sheet: "Cán bộ", cell: "C3", severity: "error" },
      { sheet: "Cán bộ", cell: "E2", severity: "warning" },
      { sheet: "ĐK-VP", cell: "B2", severity: "error" },
    ]);
    expect(result).toEqual({ highlighted: 2, skippedSheets: ["ĐK-VP"] });
    const ours = staff.conditionalFormats.filter((cf) => cf.formula.includes(MARK_TAG));
    expect(ours.map((cf) => [cf.areas, cf.formula.includes("error")])).toEqual([
      ["C3", true],
      ["E2", false],
    ]);
    // The cells' own values and formats are never touched.
    expect(JSON.stringify([...staff.cells])).toBe(cellsBefore);

    await createOfficeWorkbook(fakeHost(wb)).clearHighlights();
    expect(staff.conditionalFormats.map((cf) => cf.id)).toEqual([99]);
    expect(JSON.stringify([...staff.cells])).toBe(cellsBefore);
  });
});
