/**
 * A document of the proposal dossier as plain data: sections of blocks (letterhead, paragraphs,
 * tables, signatures). The domain builds it from the register; two renderers draw it, as
 * print-ready sheets (output/dossier-sheets.ts) and as Word files (adapters/docx). Layout follows
 * Decree 30/2020/NĐ-CP, Appendix I; the renderers own the measurements, the model owns the words
 * (from the document catalogue, messages/document-texts.vi.ts).
 */
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const T = DOCUMENT_TEXTS.common;

/** A run of text with its emphasis. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

export type Align = "left" | "center" | "right" | "justify";

/**
 * The heading of an administrative document: issuing body on the left (cơ quan chủ quản above
 * the cơ quan ban hành, in capitals), quốc hiệu and tiêu ngữ on the right, then the number line
 * under the issuer and the place-and-date line (italic) under the tiêu ngữ.
 */
export interface LetterheadBlock {
  readonly kind: "letterhead";
  /** Cơ quan chủ quản, printed in capitals, not bold; empty = none. */
  readonly superior: string;
  /** Cơ quan ban hành, printed in bold capitals. */
  readonly issuer: string;
  /** "Số:      /TTr-SKHCN", or null for documents without a number. */
  readonly number: string | null;
  /** "Hà Tĩnh, ngày …… tháng …… năm ……" (italic); null = none (e.g. a list). */
  readonly placeDate: string | null;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** Font size in points; the body size when absent. */
  readonly size?: number;
  /** First-line indent of a body paragraph. */
  readonly indent?: boolean;
  /** Extra space above, in points. */
  readonly spaceBefore?: number;
  /** Keep on the page of the next block (a heading with its content). */
  readonly keepWithNext?: boolean;
}

export interface TableColumn {
  readonly header: string;
  /** Relative width; the renderers scale the columns to the text width. */
  readonly width: number;
  readonly align?: Align;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** A section heading spanning every column (e.g. "I. DANH HIỆU …"). */
  readonly span?: boolean;
  readonly bold?: boolean;
}

export interface TableBlock {
  readonly kind: "table";
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Font size in points of the table's text. */
  readonly size?: number;
}

/** One signature: the signing authority's lines (bold capitals), a note, the signer's name. */
export interface Signer {
  /** e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["THƯ KÝ"]. */
  readonly title: readonly string[];
  /** "(Ký, ghi rõ họ tên)" and the like; null = none. */
  readonly note: string | null;
  /** The signer's name, or a dotted blank. */
  readonly name: string;
}

/**
 * The closing of a document: "Nơi nhận:" with its list on the left (when given) and the
 * signatures side by side; a single signature without recipients is centred at the right.
 */
export interface SignatureBlock {
  readonly kind: "signature";
  readonly recipients: readonly string[] | null;
  readonly signers: readonly Signer[];
}

export interface PageBreakBlock {
  readonly kind: "pageBreak";
}

export type Block = LetterheadBlock | ParagraphBlock | TableBlock | SignatureBlock | PageBreakBlock;

export interface DocumentSection {
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly Block[];
}

export type DocumentKind =
  | "decision"
  | "submission"
  | "council-minutes"
  | "ballot-minutes"
  | "achievement-report"
  | "checklist";

export interface DossierDocument {
  /** Stable id, e.g. "decision-LDTT", "report-CSTD_TINH-CB001". */
  readonly id: string;
  readonly kind: DocumentKind;
  /** Vietnamese title for the index and the file name. */
  readonly title: string;
  /** File name without extension, numbered in dossier order ("03 - Tờ trình …"). */
  readonly fileName: string;
  readonly sections: readonly DocumentSection[];
}

export { BLANK, SHORT_BLANK } from "../messages/document-blanks";

/** Shorthands for building blocks. */
export const run = (text: string, style: Omit<Run, "text"> = {}): Run => ({ text, ...style });

export function paragraph(
  text: string | readonly Run[],
  options: Omit<ParagraphBlock, "kind" | "runs"> = {}
): ParagraphBlock {
  return { kind: "paragraph", runs: typeof text === "string" ? [run(text)] : text, ...options };
}

/**
 * Table columns from their headers (the document catalogue's words) and relative widths, with
 * the alignment of some columns by index.
 */
export function columns(
  headers: readonly string[],
  widths: readonly number[],
  aligns: Readonly<Record<number, Align>> = {}
): TableColumn[] {
  return headers.map((header, i) => {
    const align = aligns[i];
    return { header, width: widths[i] ?? 10, ...(align === undefined ? {} : { align }) };
  });
}

/** Plain text of a document, for golden files and searching: one line per paragraph or row. */
export function documentText(doc: DossierDocument): string {
  const lines: string[] = [`# ${doc.fileName}`];
  for (const section of doc.sections) {
    lines.push(`--- ${section.orientation === "portrait" ? T.portrait : T.landscape}`);
    for (const block of section.blocks) lines.push(...blockText(block));
  }
  return lines.join("\n");
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case "letterhead":
      return [
        `[${block.superior.toLocaleUpperCase("vi")} | ${block.issuer.toLocaleUpperCase("vi")}]  [${T.nation} | ${T.motto}]`,
        `[${block.number ?? ""}]  [${block.placeDate ?? ""}]`,
      ];
    case "paragraph":
      return [block.runs.map((r) => r.text).join("")];
    case "table":
      return [
        `| ${block.columns.map((c) => c.header).join(" | ")} |`,
        ...block.rows.map((r) => `| ${r.cells.join(" | ").replace(/\n/g, " / ")} |`),
      ];
    case "signature":
      return [
        ...(block.recipients === null ? [] : [`${T.recipients} ${block.recipients.join(" ")}`]),
        ...block.signers.map(
          (s) => `{${s.title.join(" / ")}${s.note === null ? "" : ` ${s.note}`} — ${s.name}}`
        ),
      ];
    case "pageBreak":
      return [T.pageBreak];
  }
}
