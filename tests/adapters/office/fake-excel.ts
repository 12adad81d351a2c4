/**
 * A recording fake of the few Excel objects the Office adapter uses. Like Office.js, it queues
 * every change and applies it at `context.sync()` in order, stopping at the first failing
 * operation (so a failure midway leaves exactly what real Excel would leave); loaded properties
 * can be read only after a sync that followed their `load`. It counts syncs and the size of each
 * request, so tests can check batching and the 5 MB limit.
 */
import { columnIndex } from "../../../src/domain/grid";
import type { OfficeHost } from "../../../src/adapters/office/office-host";

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export interface FakeCell {
  value: string | number | boolean;
  format: string;
  formula?: boolean;
  error?: boolean;
  style: Record<string, unknown>;
  locked?: boolean;
  link?: string;
}

export interface FakeConditionalFormat {
  id: number;
  areas: string;
  type: string;
  formula: string;
  format: Record<string, unknown>;
  priority: number;
}

interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parseAddress(address: string | undefined): Bounds {
  if (address === undefined) return { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL };
  const [a = "", b = a] = address.replace(/\$/g, "").split(":");
  const cols = /^([A-Z]+)$/;
  const rows = /^(\d+)$/;
  if (cols.test(a) && cols.test(b))
    return { r0: 0, r1: MAX_ROW, c0: columnIndex(a), c1: columnIndex(b) };
  if (rows.test(a) && rows.test(b))
    return { r0: Number(a) - 1, r1: Number(b) - 1, c0: 0, c1: MAX_COL };
  const cell = (s: string): { r: number; c: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m?.[1] || !m[2])
      throw Object.assign(new Error(`bad address ${s}`), { code: "InvalidArgument" });
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
  };
  const p = cell(a);
  const q = cell(b);
  return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
}

export function requestSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

export class FakeContext {
  syncCount = 0;
  readonly requestSizes: number[] = [];
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.suspends.calculation++;
    },
    suspendScreenUpdatingUntilNextSync: (): void => {
      this.suspends.screen++;
    },
  };
  readonly suspends = { calculation: 0, screen: 0 };
  /** Makes an operation fail when it runs, like Excel rejecting it. */
  failWhen: ((op: string) => boolean) | null = null;
  private queue: { op: string; run: () => void; bytes: number }[] = [];
  private pendingBytes = 0;

  constructor(workbook: FakeWorkbook) {
    this.workbook = workbook;
    workbook.attach(this);
  }

  enqueue(op: string, run: () => void, payload?: unknown): void {
    const bytes = 60 + (payload === undefined ? 0 : requestSize(payload));
    this.queue.push({ op, run, bytes });
  }

  addBytes(n: number): void {
    this.pendingBytes += n;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    this.queue = [];
    this.requestSizes.push(queue.reduce((n, q) => n + q.bytes, this.pendingBytes));
    this.pendingBytes = 0;
    for (const item of queue) {
      if (this.failWhen?.(item.op) === true)
        throw Object.assign(new Error(`Excel rejected ${item.op}`), { code: "GeneralException" });
      item.run();
    }
    await Promise.resolve();
  }

  /** Throws like Office.js when a property is read before `load` + `sync`. */
  checkLoaded(loadedAt: number | undefined, what: string): void {
    if (loadedAt === undefined || this.syncCount <= loadedAt)
      throw Object.assign(new Error(`${what} read before load + sync`), {
        code: "PropertyNotLoaded",
      });
  }
}

class Loadable {
  protected loadedAt: number | undefined;
  constructor(protected readonly ctx: () => FakeContext) {}
  load(_props?: unknown): this {
    this.loadedAt = this.ctx().syncCount;
    this.ctx().addBytes(40);
    return this;
  }
}

/** Records nested property sets (`format.font.bold = true`) into a plain object at sync. */
function recorder(
  ctx: () => FakeContext,
  op: string,
  apply: (path: string, value: unknown) => void,
  path = ""
): object {
  return new Proxy(
    {},
    {
      get(_t, prop: string) {
        if (prop === "getItem")
          return (key: string) => recorder(ctx, op, apply, `${path}${path ? "." : ""}${key}`);
        return recorder(ctx, op, apply, `${path}${path ? "." : ""}${prop}`);
      },
      set(_t, prop: string, value: unknown) {
        const full = `${path}${path ? "." : ""}${prop}`;
        ctx().enqueue(
          `${op}.${full}`,
          () => {
            apply(full, value);
          },
          value
        );
        return true;
      },
    }
  );
}

export class FakeRange extends Loadable {
  isNullObject = false;
  constructor(
    ctx: () => FakeContext,
    readonly sheet: FakeWorksheet,
    private readonly boundsOf: () => Bounds | null
  ) {
    super(ctx);
  }

  private get bounds(): Bounds {
    const b = this.boundsOf();
    if (!b) throw new Error("null range");
    return b;
  }

  private matrix<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    this.ctx().checkLoaded(this.loadedAt, "range data");
    const { r0, c0, r1, c1 } = this.bounds;
    const out: T[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: T[] = [];
      for (let c = c0; c <= c1; c++) row.push(f(this.sheet.cells.get(`${r}:${c}`)));
      out.push(row);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.matrix((cell) => cell?.value ?? "");
  }
  set values(v: unknown[][]) {
    this.setMatrix("range.values", v, (cell, value) => {
      let text = value as string | number | boolean;
      cell.formula = false;
      if (typeof text === "string" && text.startsWith("'")) text = text.slice(1);
      else if (typeof text === "string" && /^[=+\-@]/.test(text) && cell.format !== "@")
        cell.formula = true;
      cell.value = text;
    });
  }
  get numberFormat(): unknown[][] {
    return this.matrix((cell) => cell?.format ?? "General");
  }
  set numberFormat(v: unknown[][]) {
    this.setMatrix("range.numberFormat", v, (cell, value) => {
      cell.format = String(value);
    });
  }
  get valueTypes(): unknown[][] {
    return this.matrix((cell) => {
      if (!cell || cell.value === "") return "Empty";
      if (cell.error === true) return "Error";
      if (typeof cell.value === "number") return "Double";
      if (typeof cell.value === "boolean") return "Boolean";
      return "String";
    });
  }
  get rowIndex(): number {
    this.ctx().checkLoaded(this.loadedAt, "rowIndex");
    return this.bounds.r0;
  }
  get columnIndex(): number {
    this.ctx().checkLoaded(this.loadedAt, "columnIndex");
    return this.bounds.c0;
  }
  get rowCount(): number {
    this.ctx().checkLoaded(this.loadedAt, "rowCount");
    return this.bounds.r1 - this.bounds.r0 + 1;
  }
  get columnCount(): number {
    this.ctx().checkLoaded(this.loadedAt, "columnCount");
    return this.bounds.c1 - this.bounds.c0 + 1;
  }

  private setMatrix(
    op: string,
    v: unknown[][],
    put: (cell: FakeCell, value: unknown) => void
  ): void {
    const bounds = this.bounds;
    this.ctx().enqueue(
      op,
      () => {
        const rows = bounds.r1 - bounds.r0 + 1;
        const cols = bounds.c1 - bounds.c0 + 1;
        if (v.length !== rows || v.some((row) => row.length !== cols))
          throw Object.assign(new Error("dimension mismatch"), { code: "InvalidArgument" });
        v.forEach((row, r) => {
          row.forEach((value, c) => {
            put(this.sheet.cell(bounds.r0 + r, bounds.c0 + c), value);
          });
        });
      },
      v
    );
  }

  get format(): object {
    const bounds = this.bounds;
    return recorder(this.ctx, "range.format", (path, value) => {
      this.sheet.formatOps.push({ bounds, path, value });
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    const b = this.bounds;
    this.ctx().enqueue(
      "range.hyperlink",
      () => {
        const cell = this.sheet.cell(b.r0, b.c0);
        cell.link = link.documentReference;
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      },
      link
    );
  }

  get dataValidation(): object {
    const b = this.bounds;
    return recorder(this.ctx, "range.dataValidation", (path, value) => {
      this.sheet.validations.push({ bounds: b, path, value });
    });
  }

  merge(_across?: boolean): void {
    const b = this.bounds;
    this.ctx().enqueue("range.merge", () => this.sheet.merges.push(b));
  }

  select(): void {
    const b = this.bounds;
    this.ctx().enqueue("range.select", () => {
      this.sheet.workbook.selected = { sheet: this.sheet.name, bounds: b };
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.sheet, "range");
  }
}

export class FakeConditionalFormatCollection extends Loadable {
  constructor(
    ctx: () => FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly areas: string
  ) {
    super(ctx);
  }
  get items(): object[] {
    this.ctx().checkLoaded(this.loadedAt, "conditionalFormats.items");
    return this.sheet.conditionalFormats.map((cf) => this.wrap(cf));
  }
  add(type: string): object {
    const cf: FakeConditionalFormat = {
      id: this.sheet.workbook.nextId++,
      areas: this.areas,
      type,
      formula: "",
      format: {},
      priority: 99,
    };
    this.ctx().enqueue(
      "conditionalFormats.add",
      () => this.sheet.conditionalFormats.push(cf),
      this.areas
    );
    return this.wrap(cf);
  }
  private wrap(cf: FakeConditionalFormat): object {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const rule = new (class extends Loadable {
      get formula(): string {
        ctx().checkLoaded(this.loadedAt, "rule.formula");
        return cf.formula;
      }
      set formula(f: string) {
        ctx().enqueue("cf.formula", () => (cf.formula = f), f);
      }
    })(ctx);
    return {
      get type(): string {
        return cf.type;
      },
      set priority(p: number) {
        ctx().enqueue("cf.priority", () => (cf.priority = p), p);
      },
      custom: {
        rule,
        format: recorder(ctx, "cf.format", (path, value) => (cf.format[path] = value)),
      },
      delete: (): void => {
        ctx().enqueue("cf.delete", () => {
          sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
        });
      },
    };
  }
}

export class FakeWorksheet extends Loadable {
  readonly cells = new Map<string, FakeCell>();
  readonly formatOps: { bounds: Bounds; path: string; value: unknown }[] = [];
  readonly validations: { bounds: Bounds; path: string; value: unknown }[] = [];
  readonly merges: Bounds[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  tables: { add: (range: FakeRange, hasHeaders: boolean) => object } & { list: string[] };
  frozenRows = 0;
  tabColorValue = "";
  visibilityValue = "Visible";
  protectedValue = false;
  protectOptions: unknown = null;
  readonly layout: Record<string, unknown> = {};
  /** Top-left cells of the manual horizontal page breaks, in the order added. */
  readonly pageBreaks: string[] = [];
  deleted = false;

  constructor(
    ctx: () => FakeContext,
    readonly workbook: FakeWorkbook,
    public nameValue: string
  ) {
    super(ctx);
    const list: string[] = [];
    this.tables = {
      list,
      add: (_range: FakeRange, _headers: boolean) => {
        const table = { name: "" };
        ctx().enqueue("tables.add", () => list.push("(unnamed)"));
        return new Proxy(table, {
          set: (_t, prop, value: string) => {
            if (prop === "name")
              ctx().enqueue("table.name", () => {
                list[list.length - 1] = value;
                workbook.tableNames.push(value);
              });
            return true;
          },
        });
      },
    };
  }

  cell(r: number, c: number): FakeCell {
    const key = `${r}:${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", format: "General", style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  get name(): string {
    return this.nameValue;
  }
  set name(n: string) {
    this.ctx().enqueue("worksheet.name", () => {
      if (
        this.workbook.sheets.some(
          (s) => s !== this && s.nameValue.toLowerCase() === n.toLowerCase()
        )
      )
        throw Object.assign(new Error("duplicate name"), { code: "ItemAlreadyExists" });
      this.nameValue = n;
    });
  }
  get position(): number {
    this.ctx().checkLoaded(this.loadedAt ?? this.workbook.worksheets.loadedAtValue, "position");
    return this.workbook.sheets.indexOf(this);
  }
  set position(p: number) {
    this.ctx().enqueue("worksheet.position", () => {
      const list = this.workbook.sheets;
      list.splice(list.indexOf(this), 1);
      list.splice(p, 0, this);
    });
  }
  set visibility(v: string) {
    this.ctx().enqueue("worksheet.visibility", () => (this.visibilityValue = v));
  }
  set tabColor(v: string) {
    this.ctx().enqueue("worksheet.tabColor", () => (this.tabColorValue = v));
  }
  get protection(): object {
    return {
      protected: this.protectedValue,
      protect: (options: unknown, password?: string) => {
        this.ctx().enqueue("worksheet.protect", () => {
          if (password !== undefined) throw new Error("passwords are never stored");
          this.protectedValue = true;
          this.protectOptions = options;
        });
      },
    };
  }
  get freezePanes(): object {
    return {
      freezeRows: (n: number) => {
        this.ctx().enqueue("freezeRows", () => (this.frozenRows = n));
      },
    };
  }
  get pageLayout(): object {
    const rec = recorder(this.ctx, "pageLayout", (path, value) => (this.layout[path] = value));
    return new Proxy(rec, {
      get: (t, prop: string) =>
        prop === "setPrintTitleRows"
          ? (rows: string) => {
              this.ctx().enqueue("printTitleRows", () => (this.layout.printTitleRows = rows));
            }
          : (Reflect.get(t, prop) as unknown),
    });
  }

  get horizontalPageBreaks(): object {
    return {
      add: (range: string) => {
        this.ctx().enqueue(
          "horizontalPageBreaks.add",
          () => {
            parseAddress(range);
            this.pageBreaks.push(range);
          },
          range
        );
      },
    };
  }

  usedBounds(): Bounds | null {
    let b: Bounds | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "") continue;
      const [r = 0, c = 0] = key.split(":").map(Number);
      b = b
        ? {
            r0: Math.min(b.r0, r),
            c0: Math.min(b.c0, c),
            r1: Math.max(b.r1, r),
            c1: Math.max(b.c1, c),
          }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return b;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this, () => this.usedBounds());
    range.isNullObject = this.usedBounds() === null;
    return range;
  }
  getRange(address?: string): FakeRange {
    const b = parseAddress(address);
    return new FakeRange(this.ctx, this, () => b);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const b = { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 };
    return new FakeRange(this.ctx, this, () => b);
  }
  getRanges(address: string): { conditionalFormats: FakeConditionalFormatCollection } {
    return { conditionalFormats: new FakeConditionalFormatCollection(this.ctx, this, address) };
  }
  activate(): void {
    this.ctx().enqueue("worksheet.activate", () => (this.workbook.active = this.nameValue));
  }
  delete(): void {
    this.ctx().enqueue("worksheet.delete", () => {
      this.deleted = true;
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(this), 1);
    });
  }
}

export class FakeWorksheetCollection extends Loadable {
  get loadedAtValue(): number | undefined {
    return this.loadedAt;
  }
  constructor(
    ctx: () => FakeContext,
    private readonly workbook: FakeWorkbook
  ) {
    super(ctx);
  }
  get items(): FakeWorksheet[] {
    this.ctx().checkLoaded(this.loadedAt, "worksheets.items");
    return [...this.workbook.sheets];
  }
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, this.workbook, name);
    this.ctx().enqueue("worksheets.add", () => {
      if (this.workbook.sheets.some((s) => s.nameValue.toLowerCase() === name.toLowerCase()))
        throw Object.assign(new Error("duplicate name"), { code: "ItemAlreadyExists" });
      this.workbook.sheets.push(ws);
    });
    return ws;
  }
}

/** A custom XML part as the fake workbook keeps it. */
export interface FakeXmlPart {
  readonly id: string;
  xml: string;
}

/** The root element's default namespace of an XML text, as Excel files a part under it. */
function rootNamespace(xml: string): string | null {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? "";
  return /\sxmlns="([^"]*)"/.exec(root)?.[1] ?? null;
}

/** `workbook.customXmlParts` (ExcelApi 1.5): getByNamespace, add; parts with getXml, delete. */
class FakeCustomXmlParts {
  constructor(private readonly wb: FakeWorkbook) {}

  private wrap(part: FakeXmlPart): object {
    const ctx = (): FakeContext => this.wb.ctx();
    const wb = this.wb;
    return {
      id: part.id,
      getXml: () => {
        const at = ctx().syncCount;
        return {
          get value(): string {
            ctx().checkLoaded(at, "CustomXmlPart.getXml().value");
            return part.xml;
          },
        };
      },
      delete: (): void => {
        ctx().enqueue("customXmlPart.delete", () => {
          wb.xmlParts = wb.xmlParts.filter((p) => p !== part);
        });
      },
    };
  }

  getByNamespace(namespace: string): object {
    const parts = (): FakeXmlPart[] => this.wb.xmlParts;
    const wrap = (p: FakeXmlPart): object => this.wrap(p);
    return new (class extends Loadable {
      get items(): object[] {
        this.ctx().checkLoaded(this.loadedAt, "customXmlParts.items");
        return parts()
          .filter((p) => rootNamespace(p.xml) === namespace)
          .map(wrap);
      }
    })(() => this.wb.ctx());
  }

  add(xml: string): object {
    const part: FakeXmlPart = { id: `{part-${this.wb.nextId++}}`, xml };
    this.wb.ctx().enqueue(
      "customXmlParts.add",
      () => {
        if (rootNamespace(xml) === null)
          throw Object.assign(new Error("not XML"), { code: "InvalidArgument" });
        this.wb.xmlParts.push(part);
      },
      xml
    );
    return this.wrap(part);
  }
}

/** An in-memory workbook the fake context works on; survives across `Excel.run` batches. */
export class FakeWorkbook {
  sheets: FakeWorksheet[] = [];
  xmlParts: FakeXmlPart[] = [];
  readonly customXmlParts = new FakeCustomXmlParts(this);
  /** Older Mac workbooks count dates from 1904-01-01. */
  date1904 = false;
  readonly functions = {
    date: (year: number, month: number, day: number) => {
      const ctx = (): FakeContext => this.ctx();
      const is1904 = (): boolean => this.date1904;
      return new (class extends Loadable {
        get value(): number {
          ctx().checkLoaded(this.loadedAt, "FunctionResult.value");
          const serial1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          return is1904() ? serial1900 - 1462 : serial1900;
        }
      })(ctx);
    },
  };
  tableNames: string[] = [];
  active = "";
  selected: { sheet: string; bounds: Bounds } | null = null;
  nextId = 1;
  current: FakeContext | null = null;
  readonly contexts: FakeContext[] = [];
  readonly worksheets = new FakeWorksheetCollection(() => this.ctx(), this);
  readonly tables = new (class extends Loadable {
    constructor(private readonly wb: FakeWorkbook) {
      super(() => wb.ctx());
    }
    get items(): { name: string }[] {
      this.ctx().checkLoaded(this.loadedAt, "tables.items");
      return this.wb.tableNames.map((name) => ({ name }));
    }
  })(this);

  ctx(): FakeContext {
    if (!this.current) throw new Error("no context");
    return this.current;
  }
  attach(ctx: FakeContext): void {
    this.current = ctx;
    this.contexts.push(ctx);
  }

  /** Adds a sheet with values (row-major from A1); `{ error }` objects become error cells. */
  addSheet(
    name: string,
    rows: readonly (readonly unknown[])[],
    formats?: readonly (readonly string[])[]
  ): FakeWorksheet {
    const ws = new FakeWorksheet(() => this.ctx(), this, name);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = ws.cell(r, c);
        if (typeof value === "object" && "error" in value) {
          cell.value = (value as { error: string }).error;
          cell.error = true;
        } else cell.value = value as string | number | boolean;
        const format = formats?.[r]?.[c];
        if (format !== undefined) cell.format = format;
      });
    });
    this.sheets.push(ws);
    return ws;
  }

  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.nameValue === name);
  }

  /** Total syncs over every batch run so far. */
  get totalSyncs(): number {
    return this.contexts.reduce((n, c) => n + c.syncCount, 0);
  }
}

/** An OfficeHost whose `run` hands each batch a fresh FakeContext over the same workbook. */
export function fakeHost(
  workbook: FakeWorkbook,
  apiVersion = "1.9"
): OfficeHost & { lastContext: () => FakeContext; opened: Uint8Array[] } {
  let last: FakeContext | null = null;
  const opened: Uint8Array[] = [];
  return {
    opened,
    createWorkbook: (base64) => {
      opened.push(new Uint8Array(Buffer.from(base64, "base64")));
      return Promise.resolve();
    },
    run: async (batch) => {
      last = new FakeContext(workbook);
      return batch(last as unknown as Excel.RequestContext);
    },
    supportsExcelApi: (version) => Number(version) <= Number(apiVersion),
    lastContext: () => {
      if (!last) throw new Error("no batch ran");
      return last;
    },
  };
}
