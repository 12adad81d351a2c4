/**
 * The workbook port the preview hands to the pane (the in-memory workbook's), found in React's
 * tree: the preview's grid is read-only, so a test "types" a cell through the port's own
 * compare-and-set cell write (the path the merge of units' files takes) and reads a sheet's
 * values as the pane reads them. The grid shows the result as it shows any write.
 */
import type { Page } from "playwright-core";

/** A cell to type: text or a number. */
export interface TypedCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: string | number;
}

type PortOp =
  | { readonly kind: "type"; readonly cells: readonly TypedCell[] }
  | { readonly kind: "read"; readonly sheet: string };

async function withPort<T>(page: Page, op: PortOp): Promise<T> {
  return page.getByTestId("pane").evaluate(async (el, op) => {
    type Port = {
      readSheets(names: string[]): Promise<Map<string, unknown[][]>>;
      writeCells(
        updates: { sheet: string; cell: string; expected: string | null; value: unknown }[]
      ): Promise<{ written: number }>;
    };
    const start = el.querySelector("section");
    if (!start) throw new Error("no pane section");
    const key = Object.keys(start).find((k) => k.startsWith("__reactFiber$"));
    if (key === undefined) throw new Error("no React fiber on the pane");
    type Fiber = { return: Fiber | null; memoizedProps: unknown };
    let fiber = (start as unknown as Record<string, Fiber>)[key] ?? null;
    let port: Port | null = null;
    while (fiber && port === null) {
      const props = fiber.memoizedProps as { port?: Partial<Port> } | null;
      if (typeof props?.port?.writeCells === "function") port = props.port as Port;
      fiber = fiber.return;
    }
    if (port === null) throw new Error("no port with cell writes in the pane's props");
    const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);
    if (op.kind === "read") {
      const grid = (await port.readSheets([op.sheet])).get(op.sheet) ?? [];
      return grid.map((row) => row.map(plain));
    }
    // The canonical text the cell holds now (normalisedValue for text and numbers).
    const updates = [];
    for (const c of op.cells) {
      const grid = (await port.readSheets([c.sheet])).get(c.sheet) ?? [];
      const m = /^([A-Z]+)(\d+)$/.exec(c.cell);
      if (!m) throw new Error(`bad address ${c.cell}`);
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      const now = grid[Number(m[2]) - 1]?.[col - 1] ?? null;
      const expected =
        now === null || (typeof now === "string" && now.trim() === "")
          ? null
          : typeof now === "string"
            ? now.normalize("NFC").trim().replace(/\s+/g, " ")
            : typeof now === "number"
              ? String(now)
              : JSON.stringify(now);
      updates.push({ sheet: c.sheet, cell: c.cell, expected, value: c.value });
    }
    return (await port.writeCells(updates)).written;
  }, op) as Promise<T>;
}

/** Types the cells (as a person would in Excel); returns how many were written. */
export function typeCells(page: Page, cells: readonly TypedCell[]): Promise<number> {
  return withPort<number>(page, { kind: "type", cells });
}

/** A sheet's values as the pane reads them (dates as ISO text). */
export function readSheet(page: Page, sheet: string): Promise<unknown[][]> {
  return withPort<unknown[][]>(page, { kind: "read", sheet });
}

/** 1-based row and column of a header text in the first rows of a grid. */
export function findHeader(grid: readonly (readonly unknown[])[], header: string) {
  for (let r = 0; r < Math.min(grid.length, 15); r++) {
    const c = (grid[r] ?? []).findIndex((v) => typeof v === "string" && v.trim() === header);
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  throw new Error(`No header "${header}"`);
}

/** "A".."Z", "AA"… of a 1-based column. */
export function columnName(col1: number): string {
  let n = col1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The `Hành động` column of `Nhật ký` as the pane reads it (empty when there is no log yet). */
export async function loggedActions(page: Page): Promise<string[]> {
  const log = await readSheet(page, "Nhật ký");
  if (log.length === 0) return [];
  const { row, col } = findHeader(log, "Hành động");
  return log.slice(row).map((r) => {
    const action = r[col - 1];
    return typeof action === "string" ? action : "";
  });
}

/**
 * Waits until the preview's grid draws cell `a1` of the active sheet with exactly `text` (the
 * grid takes workbook changes and sheet switches as a transition, so it may draw a moment later).
 */
export async function gridCellShows(page: Page, a1: string, text: string): Promise<void> {
  const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  await page
    .getByTestId("grid-scroller")
    .locator(`td[data-cell="${a1}"]`)
    .filter({ hasText: exact })
    .waitFor();
}
