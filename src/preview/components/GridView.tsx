/**
 * A read-only view of the in-memory workbook: A1 column headers, row numbers, the selected cell
 * highlighted and scrolled into view, and sheet tabs at the bottom as in Excel. Clicking a cell or
 * using the arrow keys (when the grid has focus) moves the selection, as in Excel.
 */
import * as React from "react";
import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetter, parseCellAddress, type Grid } from "../../domain/grid";
import type { CellMark, WorkbookSnapshot } from "../../adapters/memory/memory-workbook";
import { alignsRight, formatCell } from "../format-cell";
import { ChartView } from "./ChartView";
import type { PreviewLanguage, PreviewStrings } from "../preview-strings";

/**
 * Only the rows in view are drawn (plus a margin), with empty rows above and below standing for
 * the others, so the whole sheet scrolls as in Excel. Drawing is main-thread work: 300 rows of a
 * big register's proposal list (≈ 4,000 cells) took 0.4–1.8 s of style, layout and paint in one
 * task and froze the page beside the pane (issue 10, item 4).
 */
export const OVERSCAN_ROWS = 10;
/** Height of a drawn row until one is measured (22 px cell + 1 px border). */
const DEFAULT_ROW_PX = 23;
/** Height of the scroller until it is measured (jsdom measures nothing). */
const DEFAULT_VIEW_PX = 600;
const MIN_ROWS = 30;
/** Where columns start until the header row is measured (jsdom measures nothing). */
const DEFAULT_ROW_HEADER_PX = 40;
const DEFAULT_COL_PX = 72;
const MIN_CHART_WIDTH = 360;
const MIN_CHART_HEIGHT = 260;
const MIN_COLS = 16;
const PAGE_ROWS = 20;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "baseline",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    minHeight: "24px",
    overflow: "hidden",
    whiteSpace: "nowrap",
  },
  nameBoxAddress: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  nameBoxValue: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground2,
  },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    // The charts are placed in the sheet's own coordinates and scroll with it.
    position: "relative",
    minHeight: 0,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "auto",
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    height: "22px",
    minWidth: "4.5em",
  },
  corner: { left: 0, zIndex: 3, minWidth: "3em" },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    paddingInline: tokens.spacingHorizontalS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerActive: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingInline: tokens.spacingHorizontalXS,
    height: "22px",
    maxWidth: "22em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "pre",
    cursor: "cell",
    // Keep a selected cell clear of the sticky headers when it is scrolled into view.
    scrollMarginTop: "28px",
    scrollMarginLeft: "4em",
  },
  number: { textAlign: "right" },
  // A long text spills over the empty cells to its right, as in Excel; the text is taken out of
  // the flow so that it does not widen the columns it spans.
  spill: { position: "relative", maxWidth: "none" },
  spillText: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: tokens.spacingHorizontalXS,
    right: tokens.spacingHorizontalXS,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "pre",
    lineHeight: "22px",
  },
  markError: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteRedBorderActive}`,
  },
  markWarning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteYellowBorderActive}`,
  },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The frame keeps to its anchor's box (its data table scrolls inside), clear of the sticky
  // headers when scrolled into view.
  chart: {
    position: "absolute",
    zIndex: 1,
    overflowY: "auto",
    scrollMarginTop: "28px",
    scrollMarginLeft: "4em",
  },
  note: {
    margin: 0,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabList: { flexWrap: "nowrap" },
  changedDot: {
    display: "inline-block",
    width: "6px",
    height: "6px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteGreenForeground1,
    marginInlineStart: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface GridViewProps {
  readonly snapshot: WorkbookSnapshot;
  readonly strings: PreviewStrings;
  readonly language: PreviewLanguage;
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onActivate: (sheet: string) => void;
}

export function GridView(props: GridViewProps): React.JSX.Element {
  const { snapshot, strings, language, onSelect, onActivate } = props;
  const styles = useStyles();
  const scrollerRef = React.useRef<HTMLDivElement>(null);
  const bodyRef = React.useRef<HTMLTableSectionElement>(null);
  const tableRef = React.useRef<HTMLTableElement>(null);
  // Where the header row ends and each column starts, in px (measured; defaults until then).
  const [sheetFrame, setFrame] = React.useState<{ header: number; cols: readonly number[] }>({
    header: DEFAULT_ROW_PX,
    cols: [],
  });
  // Where the scroller is and how tall it is, in px: the rows drawn follow them.
  const [view, setView] = React.useState({ top: 0, height: 0 });
  const [rowPx, setRowPx] = React.useState(DEFAULT_ROW_PX);
  const frame = React.useRef<number | null>(null);
  const sheet = snapshot.activeSheet;
  const hasSheet = sheet !== null;
  const grid: Grid = React.useMemo(
    () => (sheet !== null ? snapshot.grids.get(sheet) : undefined) ?? [],
    [snapshot.grids, sheet]
  );
  const selected =
    snapshot.selection && snapshot.selection.sheet === sheet
      ? parseCellAddress(snapshot.selection.cell)
      : null;

  const totalRows = Math.max(grid.length, MIN_ROWS, (selected?.row ?? 0) + 1);
  const { firstRow, rowCount } = rowWindow(view, rowPx, totalRows, selected?.row ?? null);
  const widest = React.useMemo(() => widestRow(grid), [grid]);
  const colCount = Math.max(MIN_COLS, (selected?.col ?? 0) + 1, widest);

  React.useLayoutEffect(() => {
    if (!snapshot.selection || snapshot.selection.sheet !== sheet) return;
    const target = scrollerRef.current?.querySelector(`[data-cell="${snapshot.selection.cell}"]`);
    target?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [snapshot.selection, sheet, snapshot.revision]);

  // Another sheet starts at its top, as Excel shows it. (The scroller's position is known from
  // its scroll events: reading it here would force a layout of the page in the commit's task.)
  const scrolledTo = React.useRef(0);
  React.useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller === null || scrolledTo.current === 0) return;
    scroller.scrollTop = 0;
    scrolledTo.current = 0;
    setView((v) => ({ ...v, top: 0 }));
  }, [sheet]);

  // The rows' drawn height, measured when the drawn rows change size (a text on two lines makes
  // a row taller; the average keeps the empty rows standing for the others close to the truth).
  // A ResizeObserver hears it after the browser's own layout, so measuring forces none.
  React.useEffect(() => {
    const body = bodyRef.current;
    const table = tableRef.current;
    if (body === null || table === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const heads = [...table.querySelectorAll<HTMLElement>("thead th")];
      const cols = heads.map((th) => th.offsetLeft);
      const header = heads[0]?.offsetHeight ?? DEFAULT_ROW_PX;
      setFrame((f) =>
        f.header === header &&
        f.cols.length === cols.length &&
        f.cols.every((x, i) => x === cols[i])
          ? f
          : { header, cols }
      );
      const rows = body.querySelectorAll<HTMLTableRowElement>("tr[data-row]");
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (rows.length < 2 || first === undefined || last === undefined) return;
      const measured = (last.offsetTop + last.offsetHeight - first.offsetTop) / rows.length;
      if (measured > 0) setRowPx((px) => (Math.abs(measured - px) > 0.5 ? measured : px));
    });
    observer.observe(table);
    return () => {
      observer.disconnect();
    };
  }, [hasSheet]);

  const onScroll = (): void => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const scroller = scrollerRef.current;
      if (scroller === null) return;
      const next = { top: scroller.scrollTop, height: scroller.clientHeight };
      scrolledTo.current = next.top;
      setView((v) => (v.top === next.top && v.height === next.height ? v : next));
    });
  };
  React.useEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller !== null) setView({ top: scroller.scrollTop, height: scroller.clientHeight });
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, []);

  // Workbook changes reach the grid as a transition, so the drawn selection may lag the keys:
  // keys move on from the last cell they asked for until the snapshot has caught up (or the
  // selection was moved from elsewhere), so quick presses are not lost.
  const asked = React.useRef<{ sheet: string; cells: string[] } | null>(null);
  React.useEffect(() => {
    const pending = asked.current;
    const now = snapshot.selection;
    if (pending === null) return;
    if (now === null || now.sheet !== pending.sheet || !pending.cells.includes(now.cell))
      asked.current = null;
    else if (now.cell === pending.cells[pending.cells.length - 1]) asked.current = null;
  }, [snapshot.selection]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (sheet === null) return;
    const pending = asked.current?.sheet === sheet ? asked.current : null;
    const last = pending?.cells[pending.cells.length - 1];
    const from = (last !== undefined ? parseCellAddress(last) : null) ??
      selected ?? { row: 0, col: 0 };
    const move = nextCell(event, from, totalRows, colCount);
    if (!move) return;
    event.preventDefault();
    const address = cellAddress(move.row, move.col);
    asked.current = { sheet, cells: [...(pending?.cells ?? []), address] };
    onSelect(sheet, address);
  };

  if (sheet === null) {
    return (
      <div className={styles.root}>
        <p className={styles.note}>{strings.emptyWorkbook}</p>
      </div>
    );
  }

  const marks = snapshot.marks.get(sheet);
  const selectedValue = selected ? grid[selected.row]?.[selected.col] : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.nameBox} role="status" aria-live="polite" data-testid="name-box">
        <span className={styles.nameBoxAddress}>
          {snapshot.selection
            ? strings.selected(snapshot.selection.sheet, snapshot.selection.cell)
            : strings.noSelection}
        </span>
        {selected && (
          <span className={styles.nameBoxValue}>{formatCell(selectedValue, language)}</span>
        )}
      </div>
      <div
        ref={scrollerRef}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={strings.gridLabel(sheet)}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        data-testid="grid-scroller"
      >
        <table
          ref={tableRef}
          className={styles.table}
          aria-label={strings.gridLabel(sheet)}
          aria-rowcount={totalRows + 1}
          data-sheet={sheet}
          data-first-row={firstRow + 1}
          data-last-row={firstRow + rowCount}
        >
          <thead>
            <tr aria-rowindex={1}>
              <td className={mergeClasses(styles.colHeader, styles.corner)} />
              {Array.from({ length: colCount }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(
                    styles.colHeader,
                    selected?.col === c && styles.headerActive
                  )}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {firstRow > 0 && (
              <tr aria-hidden="true" style={{ height: `${firstRow * rowPx}px` }}>
                <td colSpan={colCount + 1} />
              </tr>
            )}
            {Array.from({ length: rowCount }, (_, i) => firstRow + i).map((r) => (
              <GridRow
                key={r}
                sheet={sheet}
                marks={marks}
                strings={strings}
                row={r}
                values={grid[r]}
                colCount={colCount}
                selectedCol={selected?.row === r ? selected.col : -1}
                language={language}
                styles={styles}
                onCellClick={(c) => {
                  onSelect(sheet, cellAddress(r, c));
                }}
              />
            ))}
            {firstRow + rowCount < totalRows && (
              <tr
                aria-hidden="true"
                style={{ height: `${(totalRows - firstRow - rowCount) * rowPx}px` }}
              >
                <td colSpan={colCount + 1} />
              </tr>
            )}
          </tbody>
        </table>
        {(snapshot.charts.get(sheet) ?? []).map((chart, i) => {
          const at = (col: number): number =>
            sheetFrame.cols[col] ?? DEFAULT_ROW_HEADER_PX + col * DEFAULT_COL_PX;
          const width = Math.max(MIN_CHART_WIDTH, at(chart.to.col) - at(chart.from.col));
          const height = Math.max(MIN_CHART_HEIGHT, (chart.to.row - chart.from.row) * rowPx);
          return (
            <div
              key={`${String(i)}-${chart.title}`}
              className={styles.chart}
              style={{
                top: `${sheetFrame.header + chart.from.row * rowPx}px`,
                left: `${at(chart.from.col)}px`,
                width: `${width}px`,
                height: `${height}px`,
              }}
            >
              <ChartView
                chart={chart}
                width={width}
                height={height}
                strings={strings}
                language={language}
              />
            </div>
          );
        })}
      </div>
      <div className={styles.tabs}>
        <TabList
          className={styles.tabList}
          size="small"
          selectedValue={sheet}
          aria-label={strings.sheetTabs}
          onTabSelect={(_, data) => {
            onActivate(String(data.value));
          }}
        >
          {snapshot.sheetNames.map((name) => (
            <Tab key={name} value={name} data-sheet-tab={name}>
              {name}
              {snapshot.changedSheets.includes(name) && (
                <>
                  <span className={styles.changedDot} aria-hidden="true" />
                  <span className={styles.visuallyHidden}> ({strings.changedSheet})</span>
                </>
              )}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}

interface GridRowProps {
  readonly sheet: string;
  readonly marks: ReadonlyMap<string, CellMark> | undefined;
  readonly strings: PreviewStrings;
  readonly row: number;
  readonly values: Grid[number] | undefined;
  readonly colCount: number;
  readonly selectedCol: number;
  readonly language: PreviewLanguage;
  readonly styles: ReturnType<typeof useStyles>;
  readonly onCellClick: (col: number) => void;
}

// Only the rows whose selection changed re-render when the selection moves.
const GridRow = React.memo(
  function GridRow(props: GridRowProps): React.JSX.Element {
    const { row, values, colCount, selectedCol, language, styles, onCellClick, marks } = props;
    return (
      <tr data-row={row + 1} aria-rowindex={row + 2}>
        <th
          scope="row"
          className={mergeClasses(styles.rowHeader, selectedCol >= 0 && styles.headerActive)}
        >
          {row + 1}
        </th>
        {spans(values, colCount, row, selectedCol, marks).map(({ col: c, span }) => {
          const value = values?.[c];
          const text = formatCell(value, language);
          const isSelected = c === selectedCol;
          const address = cellAddress(row, c);
          const mark = marks?.get(address);
          return (
            <td
              key={c}
              colSpan={span > 1 ? span : undefined}
              data-cell={address}
              data-mark={mark}
              aria-current={isSelected ? "true" : undefined}
              title={text.length > 30 ? text : undefined}
              className={mergeClasses(
                styles.cell,
                span > 1 && styles.spill,
                alignsRight(value) && styles.number,
                mark === "error" && styles.markError,
                mark === "warning" && styles.markWarning,
                isSelected && styles.selected
              )}
              onClick={() => {
                onCellClick(c);
              }}
            >
              {span > 1 ? <span className={styles.spillText}>{text}</span> : text}
              {mark !== undefined && (
                <span className={styles.visuallyHidden}>
                  {" "}
                  ({mark === "error" ? props.strings.markError : props.strings.markWarning})
                </span>
              )}
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) =>
    a.sheet === b.sheet &&
    a.marks === b.marks &&
    a.strings === b.strings &&
    a.values === b.values &&
    a.colCount === b.colCount &&
    a.selectedCol === b.selectedCol &&
    a.language === b.language &&
    a.styles === b.styles
);

/**
 * The rows to draw: those in the scroller's view and a margin on each side, always including the
 * selected row (the selection may move by keyboard or from the pane before the view scrolls).
 */
export function rowWindow(
  view: { readonly top: number; readonly height: number },
  rowPx: number,
  totalRows: number,
  selectedRow: number | null
): { firstRow: number; rowCount: number } {
  const inView = Math.ceil((view.height > 0 ? view.height : DEFAULT_VIEW_PX) / rowPx);
  const rowCount = Math.min(totalRows, inView + 2 * OVERSCAN_ROWS);
  let firstRow = Math.floor(view.top / rowPx) - OVERSCAN_ROWS;
  if (selectedRow !== null && (selectedRow < firstRow || selectedRow >= firstRow + rowCount)) {
    firstRow = selectedRow - Math.floor(rowCount / 2);
  }
  firstRow = Math.max(0, Math.min(firstRow, totalRows - rowCount));
  return { firstRow, rowCount };
}

/** The number of cells of the grid's longest row. */
function widestRow(grid: Grid): number {
  let widest = 0;
  for (const row of grid) if (row.length > widest) widest = row.length;
  return widest;
}

/** Text longer than this may spill over empty neighbours (shorter text fits its own column). */
const SPILL_FROM_LENGTH = 30;

/**
 * The cells of a row as drawn: a long text spills over the empty cells to its right, as in
 * Excel (titles, section headings, merged ranges), but never over the selected or a marked
 * cell, which keep their own box.
 */
function spans(
  values: Grid[number] | undefined,
  colCount: number,
  row: number,
  selectedCol: number,
  marks: ReadonlyMap<string, CellMark> | undefined
): { col: number; span: number }[] {
  const free = (c: number) =>
    c !== selectedCol && (values?.[c] ?? null) === null && marks?.has(cellAddress(row, c)) !== true;
  const out: { col: number; span: number }[] = [];
  for (let c = 0; c < colCount;) {
    const value = values?.[c];
    let span = 1;
    if (typeof value === "string" && value.length > SPILL_FROM_LENGTH && !value.includes("\n")) {
      while (c + span < colCount && free(c + span)) span++;
    }
    out.push({ col: c, span });
    c += span;
  }
  return out;
}

/** Excel's arrow-key moves, clamped to the sheet. */
function nextCell(
  event: React.KeyboardEvent,
  from: { readonly row: number; readonly col: number },
  rows: number,
  cols: number
): { row: number; col: number } | null {
  const clamp = (row: number, col: number) => ({
    row: Math.min(Math.max(row, 0), rows - 1),
    col: Math.min(Math.max(col, 0), cols - 1),
  });
  switch (event.key) {
    case "ArrowUp":
      return clamp(from.row - 1, from.col);
    case "ArrowDown":
      return clamp(from.row + 1, from.col);
    case "ArrowLeft":
      return clamp(from.row, from.col - 1);
    case "ArrowRight":
      return clamp(from.row, from.col + 1);
    case "PageUp":
      return clamp(from.row - PAGE_ROWS, from.col);
    case "PageDown":
      return clamp(from.row + PAGE_ROWS, from.col);
    case "Home":
      return event.ctrlKey ? clamp(0, 0) : clamp(from.row, 0);
    default:
      return null;
  }
}
