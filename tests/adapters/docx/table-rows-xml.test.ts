/**
 * The dossier tables' body rows are written as text (table-rows-xml.ts), not through `docx`'s
 * object tree: here the same rows are built with `docx` itself and the two XMLs must be equal
 * byte for byte, for any text (escapes, line breaks, characters XML cannot hold).
 */
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import { renderDocx } from "../../../src/adapters/docx/dossier-docx";
import {
  escapeAsDocx,
  tableRowsXml,
  tableStyleId,
  type CellAlign,
  type LeanRow,
} from "../../../src/adapters/docx/table-rows-xml";

jest.setTimeout(120_000);

const WIDTHS = [700, 3000, 1800];
const ALIGNS: CellAlign[] = ["center", "left", "both"];
const SIZE = 12;

/** The rows as `docx` writes them (the reference the text writer must equal). */
async function rowsByDocx(rows: readonly LeanRow[]): Promise<string> {
  const paragraph = (text: string, align: CellAlign, bold: boolean): Paragraph =>
    new Paragraph({
      style: tableStyleId(SIZE),
      ...(align === "left" ? {} : { alignment: align as (typeof AlignmentType)["CENTER"] }),
      children: text.split("\n").map((part, i) => {
        // Typed apart: inline, `bold` would be checked against String.prototype.bold.
        const emphasis: IRunOptions = bold ? { bold: true } : {};
        const options: IRunOptions = { text: part, ...emphasis, ...(i > 0 ? { break: 1 } : {}) };
        return new TextRun(options);
      }),
    });
  const table = new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.span
            ? [
                new TableCell({
                  columnSpan: WIDTHS.length,
                  children: [paragraph(row.cells[0] ?? "", "left", true)],
                }),
              ]
            : WIDTHS.map(
                (_, i) =>
                  new TableCell({
                    children: [paragraph(row.cells[i] ?? "", ALIGNS[i] ?? "left", row.bold)],
                  })
              ),
        })
    ),
  });
  const packed = await Packer.toArrayBuffer(new Document({ sections: [{ children: [table] }] }));
  const xml = strFromU8(unzipSync(new Uint8Array(packed))["word/document.xml"]!);
  return xml.slice(xml.indexOf("<w:tr>"), xml.lastIndexOf("</w:tr>") + "</w:tr>".length);
}

const text = fc
  .array(fc.constantFrom("a", "Ư", "ễ", " ", "&", "<", ">", '"', "'", "\n", "\u0001", "\t", "1"), {
    maxLength: 12,
  })
  .map((cs) => cs.join(""));
const row: fc.Arbitrary<LeanRow> = fc.record({
  cells: fc.array(text, { minLength: 3, maxLength: 3 }),
  bold: fc.boolean(),
  span: fc.boolean(),
});

describe("dossier table rows written as text", () => {
  it("equal what docx writes for the same rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        expect(tableRowsXml(rows, WIDTHS, ALIGNS, SIZE)).toBe(await rowsByDocx(rows));
      }),
      { numRuns: 40 }
    );
  });

  it("drop what XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE", () => {
    expect(escapeAsDocx("a\u0000b\u000Bc\uFFFEd\uD800e\uDC00f\tg")).toBe("abcdef\tg");
    expect(escapeAsDocx("𝔸 & ồ")).toBe("𝔸 &amp; ồ");
  });

  it("land in the document in place of their placeholder, in order, one table after another", async () => {
    const table = (name: string, n: number) => ({
      kind: "table" as const,
      size: 11,
      columns: [
        { header: "STT", width: 1, align: "center" as const },
        { header: "Họ và tên", width: 4 },
      ],
      rows: Array.from({ length: n }, (_, i) => ({ cells: [String(i + 1), `${name} ${i + 1}`] })),
    });
    const bytes = await renderDocx({
      id: "t",
      kind: "checklist",
      title: "t",
      fileName: "t",
      sections: [{ orientation: "portrait", blocks: [table("An", 3), table("Bình", 250)] }],
    });
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts["word/document.xml"]!);
    expect(xml).not.toContain("TdktRows");
    const tables = xml.split("<w:tbl>").slice(1);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.split("<w:tr>")).toHaveLength(1 + 1 + 3);
    expect(tables[1]!.split("<w:tr>")).toHaveLength(1 + 1 + 250);
    expect(tables[1]).toContain('<w:pStyle w:val="BangCo11"/>');
    expect(xml.indexOf(">An 3<")).toBeLessThan(xml.indexOf(">Bình 1<"));
    expect(xml.indexOf(">Bình 249<")).toBeLessThan(xml.indexOf(">Bình 250<"));
    // The style the rows name is declared, at the table's size.
    const styles = strFromU8(parts["word/styles.xml"]!);
    expect(styles).toMatch(/w:styleId="BangCo11"[\s\S]*?<w:sz w:val="22"\/>/);
  });
});
