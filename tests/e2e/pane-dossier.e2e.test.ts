/**
 * "Lập hồ sơ" in the pane (issue 9), in real Chromium through the preview on the bundled sample:
 * the dossier's sheets appear in the workbook with the documents' texts, and "Tải văn bản Word"
 * downloads one .zip holding a .docx per document (the same documents the CLI's `tdkt dossier`
 * writes, by name) and the index, each .docx a Word package in Times New Roman on A4.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { safeFileName } from "../../src/adapters/docx/safe-file-name";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { makeDossier } from "../../src/app/make-dossier";
import { AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { DOSSIER_SHEET_NAMES } from "../../src/domain/output/sheet-spec";
import { readSheet } from "./support/pane-port";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { SAMPLE_FILE } from "./support/workbooks";
import { BROWSER_TIMEOUT } from "../support/timeouts";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession({ viewport: { width: 1400, height: 1400 } });
const { pane, action, ready, tabNames } = s;

/** The sample afresh, with the dossier's actions ready. */
const open = (): Promise<void> => s.open("", "dossierSheets");

async function texts(sheet: string): Promise<string[]> {
  const rows = await readSheet(s.page, sheet);
  return rows.flatMap((r) => r.map((c) => (typeof c === "string" ? c : "")));
}

describe("the dossier in the pane", () => {
  it("Lập hồ sơ writes the dossier's sheets, with the documents' texts, and logs it", async () => {
    await open();
    const logBefore = (await tabNames()).includes(AUDIT_LOG_SHEET)
      ? (await readSheet(s.page, AUDIT_LOG_SHEET)).length
      : 0;
    await action("dossierSheets").scrollIntoViewIfNeeded();
    await action("dossierSheets").click();
    for (const name of DOSSIER_SHEET_NAMES)
      await s.page.locator(`[data-sheet-tab="${name}"]`).waitFor();
    await ready("dossierSheets").waitFor();

    const decision = await texts(DOSSIER_SHEET_NAMES[0]);
    expect(decision).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decision).toContain("QUYẾT ĐỊNH");
    const minutes = await texts(DOSSIER_SHEET_NAMES[2]);
    expect(minutes).toContain("BIÊN BẢN KIỂM PHIẾU");
    // The same people as the CLI's dossier, in the decision's attached list.
    const expected = await makeDossier(XlsxFileAdapter.fromBytes(readFileSync(SAMPLE_FILE)));
    const own = expected.dossier?.documents.find((d) => d.kind === "decision");
    const firstTable = own?.sections.flatMap((x) => x.blocks).find((b) => b.kind === "table");
    const firstName =
      firstTable?.kind === "table"
        ? firstTable.rows.find((r) => r.span !== true)?.cells[1]
        : undefined;
    expect(firstName).toBeDefined();
    expect(decision).toContain(firstName);

    const log = await readSheet(s.page, AUDIT_LOG_SHEET);
    expect(log.length).toBeGreaterThan(logBefore);
    await saveScreenshot(s.page, "dossier-01-sheets");
    await s.scan();
  });

  it("Tải văn bản Word downloads a .zip of one .docx per document and the index", async () => {
    await open();
    await action("dossierWord").scrollIntoViewIfNeeded();
    const target = await s.download(() => action("dossierWord").click());
    expect(path.basename(target)).toMatch(/^ho-so-de-nghi-\d{4}\.zip$/);
    await pane()
      .getByText(/Đã tạo tệp ho-so-de-nghi-\d{4}\.zip gồm \d+ văn bản Word/)
      .waitFor();

    const entries = unzipSync(new Uint8Array(readFileSync(target)));
    const names = Object.keys(entries);
    const expected = await makeDossier(XlsxFileAdapter.fromBytes(readFileSync(SAMPLE_FILE)));
    const documents = expected.dossier?.documents ?? [];
    expect(documents.length).toBeGreaterThan(3);
    for (const doc of documents) expect(names).toContain(`${safeFileName(doc.fileName)}.docx`);
    expect(names.filter((n) => n.endsWith(".docx"))).toHaveLength(documents.length);
    expect(names.some((n) => n.endsWith(".txt"))).toBe(true);

    for (const name of names.filter((n) => n.endsWith(".docx"))) {
      const word = unzipSync(entries[name]!);
      const body = strFromU8(word["word/document.xml"]!);
      // A4, portrait or landscape (the checklist).
      const pages = [...body.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((m) =>
        [m[1], m[2]].sort().join("x")
      );
      expect(pages.length).toBeGreaterThan(0);
      expect(new Set(pages)).toEqual(new Set(["11906x16838"]));
      expect(strFromU8(word["word/styles.xml"]!)).toContain('w:ascii="Times New Roman"');
    }
    await saveScreenshot(s.page, "dossier-02-word-downloaded");
  });
});
