import { buildDossier } from "../../../src/domain/dossier/build-dossier";
import {
  buildDossierSheets,
  columnSpans,
  compactGrid,
} from "../../../src/domain/output/dossier-sheets";
import { DOSSIER_SHEET_NAMES, OUTPUT_SHEET_NAMES } from "../../../src/domain/output/sheet-spec";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { FIVE_MEMBERS, FULL_DOCUMENT_SETTINGS, analyseSmall } from "../dossier/small-register";
import fc from "fast-check";

const sheets = buildDossierSheets(
  buildDossier(analyseSmall({ settings: FULL_DOCUMENT_SETTINGS, council: FIVE_MEMBERS }))
);
const byName = (name: string): OutputSheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
const values = (s: OutputSheet): string[] =>
  s.rows.flatMap((r) => r.map((c) => (typeof c?.value === "string" ? c.value : "")));

describe("the dossier as sheets", () => {
  it("writes one sheet per kind, all owned by the program", () => {
    expect(sheets.map((s) => s.name)).toEqual([...DOSSIER_SHEET_NAMES]);
    for (const name of DOSSIER_SHEET_NAMES) expect(OUTPUT_SHEET_NAMES).toContain(name);
  });

  it("prints on A4 with Decree 30 margins, in Times New Roman, portrait but the checklist", () => {
    for (const s of sheets) {
      expect(s.print?.paper).toBe("A4");
      expect((s.print?.margins?.left ?? 0) * 25.4).toBeCloseTo(30, 0);
      expect((s.print?.margins?.right ?? 0) * 25.4).toBeCloseTo(15, 0);
      expect((s.print?.margins?.top ?? 0) * 25.4).toBeCloseTo(20, 0);
      for (const style of Object.values(s.styles)) expect(style.fontName).toBe("Times New Roman");
    }
    expect(sheets.map((s) => s.print?.orientation)).toEqual([
      "portrait",
      "portrait",
      "portrait",
      "portrait",
      "landscape",
    ]);
  });

  it("draws the header block in two halves, quốc hiệu bold, tiêu ngữ bold underlined", () => {
    const decision = byName("Hồ sơ - Quyết định");
    const motto = decision.rows[1]?.find((c) => c?.value === "Độc lập - Tự do - Hạnh phúc");
    expect(decision.styles[motto?.style ?? ""]).toMatchObject({ bold: true, underline: true });
    expect(decision.rows[1]?.[0]?.value).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH");
    // Row 2: two merged halves, the issuer's on the left 10 of 24 grid widths, the rest right.
    const row2 = (decision.merges ?? []).filter((m) => /^[A-Z]+2:[A-Z]+2$/.test(m));
    expect(row2).toHaveLength(2);
    const widths = decision.columnWidths;
    const span = (m: string): number => {
      const [from, to] = m.split(":").map((a) => a.charCodeAt(0) - 65);
      return widths.slice(from, (to ?? 0) + 1).reduce((a, w) => a + w, 0);
    };
    const total = widths.reduce((a, w) => a + w, 0);
    expect(row2[0]).toMatch(/^A2:/);
    expect(span(row2[0] ?? "") / total).toBeCloseTo(10 / 24, 5);
    expect(span(row2[1] ?? "") / total).toBeCloseTo(14 / 24, 5);
  });

  it("writes a long table one cell per table column, without merges", () => {
    const checklist = byName("Hồ sơ - Kiểm tra thành phần");
    expect(checklist.columnWidths.length).toBeLessThanOrEqual(12);
    const header = checklist.rows.findIndex((r) => r[0]?.value === "STT");
    expect(header).toBeGreaterThanOrEqual(0);
    const body = checklist.rows[header + 1] ?? [];
    expect(body).toHaveLength(10);
    expect(body.every((c) => c !== null)).toBe(true);
    expect((checklist.merges ?? []).some((m) => new RegExp(`:[A-Z]+${header + 2}$`).test(m))).toBe(
      false
    );
  });

  it("starts every document section on a new page and keeps every text of the documents", () => {
    const submission = byName("Hồ sơ - Tờ trình");
    expect(submission.pageBreaksBefore?.length).toBe(1); // the list after the tờ trình
    const text = values(submission);
    expect(text).toContain("Kính gửi: Chủ tịch UBND tỉnh Hà Tĩnh.");
    expect(text).toContain("Nguyễn Thị An");
    expect(values(byName("Hồ sơ - Biên bản"))).toContain("BIÊN BẢN KIỂM PHIẾU");
  });

  it("writes text as text (a name starting with = stays text)", () => {
    for (const s of sheets)
      for (const row of s.rows)
        for (const c of row)
          if (typeof c?.value === "string")
            expect(s.styles[c.style ?? ""]?.numberFormat ?? "@").toBe("@");
  });
});

describe("columnSpans", () => {
  it("gives every column at least one grid column and uses them all", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 40 }),
        (widths, columns) => {
          const spans = columnSpans(widths, columns);
          expect(spans).toHaveLength(widths.length);
          expect(spans.every((s) => s >= 1)).toBe(true);
          expect(spans.reduce((a, s) => a + s, 0)).toBe(columns);
        }
      )
    );
  });
});

describe("compactGrid", () => {
  it("keeps every placed cell's edges, covers the grid once and keeps its width", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((columns) =>
          fc.tuple(
            fc.constant(columns),
            fc.array(
              fc
                .tuple(fc.nat({ max: columns - 1 }), fc.nat({ max: columns - 1 }))
                .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
              { maxLength: 20 }
            )
          )
        ),
        ([columns, placed]) => {
          const grid = compactGrid(columns, placed);
          expect(grid.spans.reduce((a, s) => a + s, 0)).toBe(columns);
          expect(grid.columnOf).toHaveLength(columns);
          for (const p of placed) {
            const from = grid.columnOf[p.from] ?? -1;
            const to = grid.columnOf[p.to] ?? -1;
            expect(grid.starts[from]).toBe(p.from); // a cell starts a column
            expect((grid.starts[to] ?? 0) + (grid.spans[to] ?? 0)).toBe(p.to + 1); // and ends one
          }
          // No two neighbouring columns that no cell separates.
          expect(grid.starts.length).toBeLessThanOrEqual(1 + 2 * placed.length);
        }
      )
    );
  });
});
