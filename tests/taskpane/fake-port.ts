/**
 * An in-memory WorkbookPort for the task pane tests: sheets as plain grids, every call recorded,
 * any method made to fail on demand. The pane cannot tell it from Excel.
 */
import type { CellValue, Grid, GridSet } from "../../src/domain/grid";
import type { OutputSheet } from "../../src/domain/output/sheet-spec";
import { foldKey } from "../../src/domain/text/normalize";
import type { HighlightCell, HighlightResult, WorkbookPort } from "../../src/ports/workbook.port";

type Method =
  | "listSheets"
  | "readSheets"
  | "writeOutputSheets"
  | "createSheets"
  | "selectCell"
  | "activateSheet"
  | "highlightCells"
  | "clearHighlights"
  | "readCustomXml"
  | "writeCustomXml";

export class FakePort implements WorkbookPort {
  readonly sheets = new Map<string, CellValue[][]>();
  readonly calls: { method: Method; args: unknown[] }[] = [];
  readonly written: OutputSheet[][] = [];
  readonly created: OutputSheet[][] = [];
  marks: HighlightCell[] = [];
  /** Custom XML parts by namespace, as the workbook would keep them. */
  readonly customXml = new Map<string, string>();
  private failures = new Map<Method, unknown>();
  /** While set, every read waits for it: an action that keeps running until the test says. */
  private heldReads: Promise<void> | null = null;

  constructor(sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>> = {}) {
    for (const [name, rows] of Object.entries(sheets))
      this.sheets.set(
        name,
        rows.map((r) => [...r])
      );
  }

  failOn(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  private record(method: Method, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failures.has(method)) throw this.failures.get(method);
  }

  /** Holds every read (sheets and their names) until the returned function is called. */
  holdReads(): () => void {
    let release = (): void => undefined;
    this.heldReads = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.heldReads = null;
      release();
    };
  }

  private async readsReleased(): Promise<void> {
    if (this.heldReads !== null) await this.heldReads;
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  async listSheets(): Promise<readonly string[]> {
    this.record("listSheets");
    await this.readsReleased();
    return [...this.sheets.keys()];
  }

  async readSheets(names: readonly string[]): Promise<GridSet> {
    this.record("readSheets", names);
    await this.readsReleased();
    const out = new Map<string, Grid>();
    for (const name of names) {
      const grid = this.sheets.get(name);
      if (grid)
        out.set(
          name,
          grid.map((r) => [...r])
        );
    }
    return out;
  }

  private toGrid(sheet: OutputSheet): CellValue[][] {
    return sheet.rows.map((row) => row.map((cell) => cell?.value ?? null));
  }

  writeOutputSheets(sheets: readonly OutputSheet[]): Promise<void> {
    this.record("writeOutputSheets", sheets);
    this.written.push([...sheets]);
    for (const sheet of sheets) this.sheets.set(sheet.name, this.toGrid(sheet));
    return Promise.resolve();
  }

  createSheets(sheets: readonly OutputSheet[]): Promise<{ created: string[]; skipped: string[] }> {
    this.record("createSheets", sheets);
    this.created.push([...sheets]);
    const created: string[] = [];
    const skipped: string[] = [];
    const existing = new Set([...this.sheets.keys()].map(foldKey));
    for (const sheet of sheets) {
      if (existing.has(foldKey(sheet.name))) skipped.push(sheet.name);
      else {
        created.push(sheet.name);
        this.sheets.set(sheet.name, this.toGrid(sheet));
      }
    }
    return Promise.resolve({ created, skipped });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    this.record("selectCell", sheet, cell);
    return Promise.resolve();
  }

  activateSheet(sheet: string): Promise<void> {
    this.record("activateSheet", sheet);
    return Promise.resolve();
  }

  highlightCells(cells: readonly HighlightCell[]): Promise<HighlightResult> {
    this.record("highlightCells", cells);
    this.marks = [...cells];
    return Promise.resolve({ highlighted: cells.length, skippedSheets: [] });
  }

  clearHighlights(): Promise<void> {
    this.record("clearHighlights");
    this.marks = [];
    return Promise.resolve();
  }

  readCustomXml(namespace: string): Promise<string | null> {
    this.record("readCustomXml", namespace);
    return Promise.resolve(this.customXml.get(namespace) ?? null);
  }

  writeCustomXml(namespace: string, xml: string | null): Promise<void> {
    this.record("writeCustomXml", namespace, xml);
    if (xml === null) this.customXml.delete(namespace);
    else this.customXml.set(namespace, xml);
    return Promise.resolve();
  }
}

/** 31/01/2024 as Excel would hand it over (a Date at UTC midnight). */
export const DEADLINE = new Date(Date.UTC(2024, 0, 31));

/**
 * A small register: two units (VP with a filled pledge and a complete score sheet, KT with an
 * empty pledge and a score sheet missing a score), one staff row with an unknown unit (an error
 * in `Cán bộ`), and TC with no sheets at all.
 */
export function sampleRegister(): Record<string, CellValue[][]> {
  return {
    "Cấu hình": [
      ["Tham số", "Giá trị"],
      ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
      ["Năm", 2024],
      ["Hạn đăng ký", DEADLINE],
      ["Số thành viên Hội đồng", 9],
    ],
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị"],
      ["VP", "Văn phòng Sở"],
      ["KT", "Phòng Kế hoạch - Tài chính"],
      ["TC", "Phòng Tổ chức"],
    ],
    "Cán bộ": [
      ["Mã CB", "Họ và tên", "Mã đơn vị", "Xếp loại"],
      ["CB01", "Nguyễn Văn An", "VP", "Hoàn thành xuất sắc nhiệm vụ"],
      ["CB02", "Trần Thị Bình", "KT", "Hoàn thành tốt nhiệm vụ"],
      ["CB03", "Lê Văn Cường", "XX", "Hoàn thành tốt nhiệm vụ"],
    ],
    "Tiêu chí": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"],
      ["1", "Công tác chuyên môn", 60, "Cộng"],
      ["2", "Công tác khác", 40, "Cộng"],
    ],
    "ĐK-VP": [
      ["Danh hiệu tập thể đăng ký", "Tập thể lao động tiên tiến"],
      [],
      ["STT", "Mã CB", "Họ và tên", "Danh hiệu đăng ký"],
      [1, "CB01", "Nguyễn Văn An", "Chiến sĩ thi đua cơ sở"],
    ],
    "ĐK-KT": [
      ["STT", "Mã CB", "Họ và tên", "Danh hiệu đăng ký"],
      [1, "CB02", "Trần Thị Bình", null],
    ],
    "CĐ-VP": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm"],
      ["1", "Công tác chuyên môn", 60, 55, 54],
      ["2", "Công tác khác", 40, 38, 37],
    ],
    "CĐ-KT": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm"],
      ["1", "Công tác chuyên môn", 60, 50, null],
      ["2", "Công tác khác", 40, null, null],
    ],
  };
}
