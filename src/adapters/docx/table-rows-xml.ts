/**
 * The body rows of a dossier table as WordprocessingML text, written straight to a string.
 *
 * Why not the `docx` library here: it builds an object tree per element and resolves the whole
 * document before writing it, so a 10,000-row list (the Sở's own titles, the Art. 84 checklist)
 * took ~40 CPU s and 2 GB. The rows are the one repetitive part of a document; they are written
 * here in exactly the XML `docx` writes for the same rows (tests/adapters/docx compares the two
 * byte for byte), and everything else — page, letterhead, styles, header row — stays with `docx`.
 */

/** The paragraph style of a table's text at `size` points (declared in the document's styles). */
export const tableStyleId = (size: number): string => `BangCo${size}`;

/** Characters XML 1.0 forbids (and `docx` drops), with lone surrogates and U+FFFE/U+FFFF. */
const NOT_XML =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * Text as `docx` escapes it (both quotes, control characters dropped), without what XML cannot
 * hold. Not xml-text.ts's escapeXml: that one keeps `'` and writes U+FFFD, and these rows must
 * equal docx's own bytes.
 */
export function escapeAsDocx(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&"'<>]/g, (c) => ESCAPES[c] ?? "");
}

export type CellAlign = "left" | "center" | "right" | "both";

export interface LeanRow {
  readonly cells: readonly string[];
  readonly bold: boolean;
  /** One cell across every column (a heading inside the table). */
  readonly span: boolean;
}

function paragraphXml(text: string, styleId: string, align: CellAlign, bold: boolean): string {
  const jc = align === "left" ? "" : `<w:jc w:val="${align}"/>`;
  const rPr = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "";
  const runs = text
    .split("\n")
    .map(
      (part, i) =>
        `<w:r>${rPr}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeAsDocx(part)}</w:t></w:r>`
    )
    .join("");
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/>${jc}</w:pPr>${runs}</w:p>`;
}

/**
 * The `<w:tr>` elements of `rows`: rows kept whole on a page, each cell as wide as its grid
 * column, one paragraph of the table's style per cell (`\n` breaks the line).
 */
export function tableRowsXml(
  rows: readonly LeanRow[],
  widths: readonly number[],
  aligns: readonly CellAlign[],
  size: number
): string {
  const styleId = tableStyleId(size);
  const total = widths.reduce((a, b) => a + b, 0);
  const out: string[] = [];
  for (const row of rows) {
    out.push("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    if (row.span) {
      out.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${total}"/><w:gridSpan w:val="${widths.length}"/></w:tcPr>`,
        paragraphXml(row.cells[0] ?? "", styleId, "left", true),
        "</w:tc>"
      );
    } else {
      widths.forEach((width, i) => {
        out.push(
          `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>`,
          paragraphXml(row.cells[i] ?? "", styleId, aligns[i] ?? "left", row.bold),
          "</w:tc>"
        );
      });
    }
    out.push("</w:tr>");
  }
  return out.join("");
}
