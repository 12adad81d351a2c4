/**
 * Structure of the Word files (Decree 30/2020 layout): the document.xml inside the .docx is read
 * back and its page size, margins, fonts, header block, tables and page numbering are checked.
 */
import { strFromU8, unzipSync } from "fflate";
import { renderDocx, safeFileName } from "../../../src/adapters/docx/dossier-docx";
import { buildDossier } from "../../../src/domain/dossier/build-dossier";
import type { DossierDocument } from "../../../src/domain/dossier/document";
import {
  FIVE_MEMBERS,
  FULL_DOCUMENT_SETTINGS,
  analyseSmall,
} from "../../domain/dossier/small-register";

jest.setTimeout(60_000);

const documents = buildDossier(
  analyseSmall({ settings: FULL_DOCUMENT_SETTINGS, council: FIVE_MEMBERS })
).documents;

function find(kind: DossierDocument["kind"]): DossierDocument {
  const doc = documents.find((d) => d.kind === kind);
  if (!doc) throw new Error(`no ${kind}`);
  return doc;
}

async function parts(doc: DossierDocument): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(doc));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** Attributes of every `<w:tag …/>` element. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<w:${tag} ([^>]*?)/?>`, "g"))].map((m) => {
    const attributes: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/w:(\w+)="([^"]*)"/g))
      attributes[a[1] ?? ""] = a[2] ?? "";
    return attributes;
  });
}

/** The run properties of the run holding `text`. */
function runPropsOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0) throw new Error(`no run with "${text}"`);
  const start = xml.lastIndexOf("<w:r>", at);
  return xml.slice(start, at);
}

describe("a tờ trình as .docx", () => {
  let xml: string;
  let all: Record<string, string>;
  beforeAll(async () => {
    all = await parts(find("submission"));
    xml = all["word/document.xml"] ?? "";
  });

  it("is a Word package with a document part", () => {
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"])
    );
  });

  it("has A4 pages, portrait then landscape for the list, with Decree 30 margins", () => {
    const sizes = elements(xml, "pgSz");
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatchObject({ w: "11906", h: "16838" });
    expect(sizes[0]?.orient ?? "portrait").toBe("portrait");
    expect(sizes[1]).toMatchObject({ w: "16838", h: "11906", orient: "landscape" });
    for (const m of elements(xml, "pgMar")) {
      const mmOf = (twips: string | undefined): number => (Number(twips) * 25.4) / 1440;
      expect(mmOf(m.top)).toBeGreaterThanOrEqual(20 - 0.1);
      expect(mmOf(m.top)).toBeLessThanOrEqual(25);
      expect(mmOf(m.bottom)).toBeGreaterThanOrEqual(20 - 0.1);
      expect(mmOf(m.left)).toBeGreaterThanOrEqual(30 - 0.1);
      expect(mmOf(m.left)).toBeLessThanOrEqual(35);
      expect(mmOf(m.right)).toBeGreaterThanOrEqual(15 - 0.1);
      expect(mmOf(m.right)).toBeLessThanOrEqual(20);
    }
  });

  it("is set in Times New Roman throughout", () => {
    // The font is the document's default; no run names another.
    const fonts = new Set(elements(xml, "rFonts").map((f) => f.ascii));
    expect([...fonts].filter((f) => f !== "Times New Roman")).toEqual([]);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(all["word/styles.xml"] ?? "");
    expect(defaults?.[0]).toContain('w:ascii="Times New Roman"');
    expect(defaults?.[0]).toContain('w:hAnsi="Times New Roman"');
  });

  it("has the header block: issuer bold capitals, quốc hiệu bold, tiêu ngữ bold underlined, date italic", () => {
    expect(runPropsOf(xml, "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH")).toContain("<w:b/>");
    expect(runPropsOf(xml, "UBND TỈNH HÀ TĨNH")).not.toContain("<w:b/>");
    expect(runPropsOf(xml, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain("<w:b/>");
    const motto = runPropsOf(xml, "Độc lập - Tự do - Hạnh phúc");
    expect(motto).toContain("<w:b/>");
    expect(motto).toMatch(/<w:u /);
    expect(runPropsOf(xml, "Hà Tĩnh, ngày …… tháng …… năm ……")).toContain("<w:i/>");
    expect(xml).toContain(">Số:        /TTr-SKHCN</w:t>");
    // The header block is a borderless two-column table, first in the body.
    const firstTable = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    expect(elements(firstTable, "gridCol")).toHaveLength(2);
    expect(firstTable).toContain('w:val="none"');
  });

  it("has the title and trích yếu in bold, and Nơi nhận in 12 pt bold italic", () => {
    expect(runPropsOf(xml, "TỜ TRÌNH")).toContain("<w:b/>");
    const recipients = runPropsOf(xml, "Nơi nhận:");
    expect(recipients).toContain("<w:b/>");
    expect(recipients).toContain("<w:i/>");
    expect(recipients).toContain('<w:sz w:val="24"/>');
    expect(runPropsOf(xml, "- Lưu: VT, VP.")).toContain('<w:sz w:val="22"/>');
  });

  it("numbers pages from the second on: a different, empty first-page header", () => {
    expect(xml).toContain("<w:titlePg/>");
    const headers = Object.entries(all).filter(([k]) => /^word\/header\d+\.xml$/.test(k));
    const withNumber = headers.filter(([, v]) => /PAGE/.test(v));
    expect(withNumber.length).toBeGreaterThan(0);
    expect(headers.length).toBeGreaterThan(withNumber.length);
  });

  it("has the appendix list as a bordered table with a repeated header row", () => {
    const tables = xml.split("<w:tbl>").slice(1);
    const list = tables.find((t) => t.includes(">Kết quả bỏ phiếu</w:t>"));
    expect(list).toBeDefined();
    expect(list).toContain("<w:tblHeader/>");
    expect(list).toContain('w:val="single"');
    expect(elements(list ?? "", "gridCol")).toHaveLength(6);
    expect(list).toContain(">Nguyễn Thị An</w:t>");
  });
});

describe("every document of the dossier", () => {
  it("renders to a .docx whose text holds its title words", async () => {
    for (const doc of documents) {
      const xml = (await parts(doc))["word/document.xml"] ?? "";
      expect(xml.length).toBeGreaterThan(1000);
      expect(elements(xml, "pgSz").length).toBe(doc.sections.length);
    }
  });

  it("has safe file names", () => {
    for (const doc of documents) expect(safeFileName(doc.fileName)).not.toMatch(/[\\/:*?"<>|“”]/);
    expect(safeFileName('a/b:c*"d“e”')).toBe("abcde");
  });
});
