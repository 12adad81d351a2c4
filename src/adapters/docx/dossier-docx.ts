/**
 * Renders a dossier document as a Word file with the `docx` library, in the layout of Decree
 * 30/2020/NĐ-CP, Appendix I: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman; body 14 pt; header block of two borderless columns (issuer | quốc hiệu, tiêu ngữ);
 * "Nơi nhận:" 12 pt bold italic with its list in 11 pt; page numbers at the top centre from the
 * second page on. Runs in Node (CLI) and in the browser (the pane's download).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import type {
  Align,
  Block,
  DossierDocument,
  LetterheadBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
} from "../../domain/dossier/document";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { tableRowsXml, tableStyleId, type CellAlign } from "./table-rows-xml";

export const FONT = "Times New Roman";
/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (x: number): number => Math.round(x * TWIPS_PER_MM);

/** A4 in twips (portrait; docx swaps them for landscape). */
export const A4 = { width: 11906, height: 16838 } as const;
/** Decree 30/2020 margins (the lower ends of its ranges). */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
const BODY_SIZE = 14;
const DOCUMENT_PART = "word/document.xml";

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const THIN_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;

/**
 * Run options typed apart: passed inline, `bold` would be checked against String.prototype.bold.
 * Only what differs from the defaults is set (the font is the document's): a `false` flag or a
 * repeated font is an element per run, and the long tables hold tens of thousands of runs.
 */
function runOptions(text: string, style: Omit<Run, "text">, size: number | null): IRunOptions {
  return {
    text,
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italic === true ? { italics: true } : {}),
    ...(style.underline === true ? { underline: {} } : {}),
    ...(size === null ? {} : { size: size * 2 }),
  };
}

/** Table text sizes, each a paragraph style (no spacing, the size): a cell's run sets nothing. */
const TABLE_SIZES = [10, 11, 12, 13, 14] as const;
const TABLE_STYLES = TABLE_SIZES.map((size) => ({
  id: tableStyleId(size),
  name: `Bảng ${size}`,
  basedOn: "Normal",
  quickFormat: false,
  run: { size: size * 2 },
  paragraph: { spacing: { before: 0, after: 0 } },
}));

function textRun(r: Run, size: number): TextRun {
  return new TextRun(runOptions(r.text, r, size));
}

/** A paragraph of one or more lines (\n breaks the line). */
function lines(
  text: string,
  style: Omit<Run, "text">,
  size: number,
  align: Align = "center",
  spacingAfter = 0
): Paragraph {
  const parts = text.split("\n");
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { after: spacingAfter, before: 0 },
    children: parts.map(
      (part, i) => new TextRun({ ...runOptions(part, style, size), break: i > 0 ? 1 : undefined })
    ),
  });
}

function cell(children: Paragraph[], width: number, borders = false): TableCell {
  return new TableCell({
    children: children.length === 0 ? [new Paragraph("")] : children,
    width: { size: width, type: WidthType.DXA },
    borders: borders
      ? undefined
      : { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    verticalAlign: VerticalAlignTable.TOP,
  });
}

/** Header block: issuer (left, 40%) and national heading (right, 60%). */
function letterhead(block: LetterheadBlock, textWidth: number): Table {
  const left = Math.round(textWidth * 0.42);
  const right = textWidth - left;
  const leftCell: Paragraph[] = [];
  if (block.superior.trim() !== "")
    leftCell.push(lines(block.superior.toLocaleUpperCase("vi"), {}, 13));
  leftCell.push(lines(block.issuer.toLocaleUpperCase("vi"), { bold: true }, 13));
  leftCell.push(lines("________", { bold: true }, 13, "center", 120));
  if (block.number !== null) leftCell.push(lines(block.number, {}, 13));
  const rightCell: Paragraph[] = [
    lines("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }, 12),
    lines("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true }, 13, "center", 240),
  ];
  if (block.placeDate !== null) rightCell.push(lines(block.placeDate, { italic: true }, 14));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
  });
}

function paragraph(block: ParagraphBlock): Paragraph {
  const size = block.size ?? BODY_SIZE;
  return new Paragraph({
    alignment: ALIGN[block.align ?? "left"],
    indent: block.indent === true ? { firstLine: mm(10) } : undefined,
    spacing: { before: (block.spaceBefore ?? 0) * 20, after: 60, line: 288 },
    ...(block.keepWithNext === true ? { keepNext: true } : {}),
    children: block.runs.map((r) => textRun(r, size)),
  });
}

/** Rows written apart, by marker: `docx` writes a placeholder row, replaced by `rows` after. */
interface PendingRows {
  readonly marker: string;
  readonly rows: string;
}

const CELL_ALIGN: Record<Align, CellAlign> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
};

/**
 * A bordered table with a repeated header row. The body rows go through `tableRowsXml`: a
 * placeholder row (a paragraph style no text can produce) stands in for them until packing.
 */
function table(block: TableBlock, textWidth: number, pending: PendingRows[]): Table {
  const size = (TABLE_SIZES as readonly number[]).includes(block.size ?? 12)
    ? (block.size ?? 12)
    : 12;
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * textWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) =>
      cell([lines(c.header, { bold: true }, size, "center")], widths[i] ?? 0, true)
    ),
  });
  const marker = `TdktRows${pending.length}`;
  pending.push({
    marker,
    rows: tableRowsXml(
      block.rows.map((row) => ({
        cells: row.cells,
        bold: row.bold === true,
        span: row.span === true,
      })),
      widths,
      block.columns.map((c) => CELL_ALIGN[c.align ?? "left"]),
      size
    ),
  });
  const placeholder = new TableRow({
    children: [
      new TableCell({
        columnSpan: block.columns.length,
        children: [new Paragraph({ style: marker })],
      }),
    ],
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: THIN_BORDERS,
    rows: [header, placeholder],
  });
}

/** Puts each table's rows where its placeholder row is. */
function fillRows(documentXml: string, pending: readonly PendingRows[]): string {
  let xml = documentXml;
  for (const { marker, rows } of pending) {
    const at = xml.indexOf(`<w:pStyle w:val="${marker}"/>`);
    if (at < 0) throw new Error(`Word file: the rows of table ${marker} have no place`);
    const start = xml.lastIndexOf("<w:tr>", at);
    const end = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
    xml = xml.slice(0, start) + rows + xml.slice(end);
  }
  return xml;
}

function signer(s: SignatureBlock["signers"][number]): Paragraph[] {
  return [
    lines(s.title.join("\n"), { bold: true }, 14),
    ...(s.note === null ? [] : [lines(s.note, { italic: true }, 13)]),
    ...[0, 1, 2, 3].map(() => lines("", {}, 14)),
    lines(s.name, { bold: true }, 14),
  ];
}

function signature(block: SignatureBlock, textWidth: number): Table {
  const cells: TableCell[] = [];
  const widths: number[] = [];
  if (block.recipients !== null) {
    const w = Math.round(textWidth * 0.45);
    widths.push(w);
    cells.push(
      cell(
        [
          lines("Nơi nhận:", { bold: true, italic: true }, 12, "left"),
          ...block.recipients.map((r) => lines(r, {}, 11, "left")),
        ],
        w
      )
    );
  } else if (block.signers.length === 1) {
    // A lone signature sits at the right, as in the forms.
    const w = Math.round(textWidth * 0.45);
    widths.push(w);
    cells.push(cell([], w));
  }
  const rest = textWidth - widths.reduce((a, b) => a + b, 0);
  for (const s of block.signers) {
    const w = Math.floor(rest / block.signers.length);
    widths.push(w);
    cells.push(cell(signer(s), w));
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

function blockChildren(block: Block, textWidth: number, pending: PendingRows[]): FileChild[] {
  switch (block.kind) {
    case "letterhead":
      return [letterhead(block, textWidth), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case "paragraph":
      return [paragraph(block)];
    case "table":
      return [
        table(block, textWidth, pending),
        new Paragraph({ spacing: { after: 0 }, children: [] }),
      ];
    case "signature":
      return [new Paragraph({ children: [] }), signature(block, textWidth)];
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/** The header with the page number, centred (shown from page 2 on). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
      }),
    ],
  });
}

/** The docx Document of a dossier document, and the table rows it leaves to `fillRows`. */
function wordDocument(doc: DossierDocument): { document: Document; pending: PendingRows[] } {
  const pending: PendingRows[] = [];
  const sections: ISectionOptions[] = doc.sections.map((section, index) => {
    const landscape = section.orientation === "landscape";
    const pageWidth = landscape ? A4.height : A4.width;
    const textWidth = pageWidth - MARGINS.left - MARGINS.right;
    return {
      properties: {
        page: {
          size: {
            width: A4.width,
            height: A4.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { ...MARGINS, header: mm(10), footer: mm(10) },
        },
        titlePage: index === 0,
      },
      headers: {
        default: pageNumberHeader(),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      children: section.blocks.flatMap((b) => blockChildren(b, textWidth, pending)),
    };
  });
  const document = new Document({
    creator: "Sổ Thi đua",
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE * 2 } },
      },
      paragraphStyles: TABLE_STYLES,
    },
    sections,
  });
  return { document, pending };
}

/** The .docx bytes of a dossier document. */
export async function renderDocx(doc: DossierDocument): Promise<Uint8Array> {
  const { document, pending } = wordDocument(doc);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  if (pending.length === 0) return packed;
  const parts = unzipSync(packed);
  const main = parts[DOCUMENT_PART];
  if (main === undefined) throw new Error(`Word file: no ${DOCUMENT_PART}`);
  parts[DOCUMENT_PART] = strToU8(fillRows(strFromU8(main), pending));
  return zipSync(parts, { level: 6 });
}

export { safeFileName } from "./safe-file-name";
