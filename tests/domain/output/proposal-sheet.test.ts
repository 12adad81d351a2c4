import { pageStarts } from "../../../src/domain/output/keep-together";
import { buildProposalList, buildProposalSheet } from "../../../src/domain/output/proposal-sheet";
import type { Register } from "../../../src/domain/model";
import {
  evaluate,
  history,
  initiative,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";
import { cell, rowWith, values } from "./sheet-helpers";

function sample(): Register {
  return register({
    units: [
      unit("VP", { name: "Văn phòng Sở", order: 2 }),
      unit("KH", { name: "Phòng Kế hoạch - Tài chính", order: 1 }),
      unit("TT", { name: "Thanh tra Sở", order: null, rating: "HTNV" }),
    ],
    staff: [
      staff("CB1", "VP", { name: "Lê Văn An", position: "Chánh Văn phòng", rating: "HTXSNV" }),
      staff("CB2", "KH", { name: "Trần Thị Bình", position: "Trưởng phòng" }),
      staff("CB3", "KH", { name: "Nguyễn Văn An", position: "Chuyên viên" }),
      staff("CB4", "KH", { name: "=Phạm Cường", position: "Chuyên viên" }),
      staff("CB5", "TT", { name: "Hoàng Văn Dũng", rating: "HTNV" }),
      staff("CB6", "VP", { name: "Đỗ Thị Hoa", rating: "HTXSNV" }),
    ],
    initiatives: [
      initiative("CB1", 2024, "CO_SO", { title: "Số hóa hồ sơ", decisionNo: "12/QĐ-SKHCN" }),
    ],
    pledges: [
      pledgeSheet("VP", [
        { code: "CB1", title: "CSTDCS" },
        { code: "CB6", title: "CSTDCS" },
      ]),
      pledgeSheet(
        "KH",
        [
          { code: "CB2", title: "LDTT" },
          { code: "CB3", title: "LDTT" },
          { code: "CB4", title: "LDTT" },
        ],
        { title: "TTLDTT" }
      ),
      pledgeSheet("TT", [{ code: "CB5", title: "LDTT" }]),
    ],
    votes: [vote("CB1", "CSTDCS", 8)],
  });
}

function build() {
  const reg = sample();
  return buildProposalSheet(
    reg,
    evaluate(reg).proposals.map((p) => p.typed)
  );
}

describe("Đề nghị khen thưởng", () => {
  const sheet = build();
  const v = values(sheet);
  const header = rowWith(sheet, "Họ và tên / Tên tập thể");

  it("has the agency and national headings side by side, then the title with the year", () => {
    expect(v[0]![0]).toBe("UBND TỈNH HÀ TĨNH");
    expect(v[0]![4]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(v[1]![0]).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH");
    expect(v[1]![4]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(v[2]![4]).toBe("Hà Tĩnh, ngày 05 tháng 11 năm 2024");
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:D1", "E1:H1", "A2:D2", "E2:H2"]));
    expect(rowWith(sheet, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024")).toBeGreaterThan(2);
  });

  it("has the official columns, numbered, repeated on every printed page", () => {
    expect(v[header]).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Chức vụ",
      "Đơn vị",
      "Danh hiệu / hình thức",
      "Căn cứ",
      "Kết quả bỏ phiếu",
      "Ghi chú",
    ]);
    expect(v[header + 1]).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]);
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      repeatRows: [header + 1, header + 2],
      pageNumbers: true,
      fitToWidth: true,
    });
  });

  it("uses Times New Roman everywhere", () => {
    for (const style of Object.values(sheet.styles)) expect(style.fontName).toBe("Times New Roman");
  });

  it("has one section per title/award, in rulebook order, with counts", () => {
    const sections = v
      .filter((r) => typeof r[0] === "string" && /^[IVX]+\. /.test(r[0]))
      .map((r) => r[0]);
    expect(sections).toEqual([
      "I. DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” (Giám đốc Sở quyết định): 05 cá nhân",
      "II. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” (Giám đốc Sở quyết định): 01 cá nhân",
      "III. DANH HIỆU “TẬP THỂ LAO ĐỘNG TIÊN TIẾN” (Giám đốc Sở quyết định): 01 tập thể",
    ]);
  });

  it("sorts people by unit order, then by given name first", () => {
    const start = rowWith(sheet, "I. DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”");
    const names = v.slice(start + 1, start + 6).map((r) => [r[0], r[1], r[3]]);
    expect(names).toEqual([
      [1, "Nguyễn Văn An", "Phòng Kế hoạch - Tài chính"],
      [2, "Trần Thị Bình", "Phòng Kế hoạch - Tài chính"],
      [3, "=Phạm Cường", "Phòng Kế hoạch - Tài chính"],
      [4, "Lê Văn An", "Văn phòng Sở"],
      [5, "Đỗ Thị Hoa", "Văn phòng Sở"],
    ]);
  });

  it("keeps a name starting with = as a text string", () => {
    const row = rowWith(sheet, "=Phạm Cường");
    const c = cell(sheet, row, 1)!;
    expect(c.value).toBe("=Phạm Cường");
    expect(sheet.styles[c.style!]?.numberFormat).toBe("@");
  });

  it("gives the grounds, the vote and a note for an implied title", () => {
    const start = rowWith(sheet, "II. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ”");
    const row = v[start + 1]!;
    expect(row.slice(1, 5)).toEqual([
      "Lê Văn An",
      "Chánh Văn phòng",
      "Văn phòng Sở",
      "Chiến sĩ thi đua cơ sở",
    ]);
    expect(row[5]).toBe(
      // Rated HTXSNV: the rating is the ground, the initiative stays free (rules.md).
      "- Đủ điều kiện LĐTT năm 2024\n- Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ"
    );
    expect(row[6]).toBe("8/9 phiếu = 88,9% (từ 80% trở lên)");
    const ldtt = v[rowWith(sheet, "Lê Văn An")]!;
    expect(ldtt[7]).toBe("Xét kèm danh hiệu cao hơn đã đăng ký");
  });

  it("lists the collective by its unit name", () => {
    const start = rowWith(sheet, "III. DANH HIỆU “TẬP THỂ LAO ĐỘNG TIÊN TIẾN”");
    expect(v[start + 1]!.slice(1, 5)).toEqual([
      "Phòng Kế hoạch - Tài chính",
      "",
      "",
      "Tập thể lao động tiên tiến",
    ]);
  });

  it("has a signature block after the list", () => {
    const sign = rowWith(sheet, "NGƯỜI LẬP BIỂU");
    expect(v[sign]![5]).toBe("GIÁM ĐỐC");
    expect(sign).toBeGreaterThan(rowWith(sheet, "III. DANH HIỆU"));
  });

  it("puts every entry not proposed apart, on a new page, with its reasons and status", () => {
    const part = rowWith(sheet, "KHÔNG ĐỦ ĐIỀU KIỆN / CHỜ BỎ PHIẾU");
    expect(part).toBeGreaterThan(rowWith(sheet, "NGƯỜI LẬP BIỂU"));
    expect(sheet.pageBreaksBefore).toContain(part + 1);
    // The header repeated on its pages is the list's: column (6) holds the reasons, (8) the status.
    expect(v[part + 1]![0]).toContain("cột (6) ghi lý do chưa đề nghị, cột (8) ghi tình trạng");
    const rows = v.slice(part + 2).map((r) => [r[1], r[4], r[6], r[7]]);
    expect(rows).toEqual([
      ["Hoàng Văn Dũng", "Lao động tiên tiến", "", "Không đủ điều kiện"],
      ["Đỗ Thị Hoa", "Chiến sĩ thi đua cơ sở", "Chưa bỏ phiếu", "Chờ bỏ phiếu"],
    ]);
    expect(v[part + 2]![5]).toBe(
      "- Xếp loại năm 2024: Hoàn thành nhiệm vụ — cần Hoàn thành tốt nhiệm vụ trở lên"
    );
  });

  it("draws the borders of merged section rows across the whole table width", () => {
    for (const needle of ["I. DANH HIỆU", "KHÔNG ĐỦ ĐIỀU KIỆN / CHỜ BỎ PHIẾU"]) {
      const row = sheet.rows[rowWith(sheet, needle)]!;
      expect(row).toHaveLength(8);
      const styles = row.map((c) => c?.style);
      expect(new Set(styles).size).toBe(1);
      expect(sheet.styles[styles[0]!]!.border).toBe(true);
      expect(row.slice(1).every((c) => c?.value === null)).toBe(true);
    }
  });

  it("prints at a fixed scale at which its columns fit landscape A4, 85% or more", () => {
    const scale = sheet.print!.scale!;
    expect(scale).toBeGreaterThanOrEqual(85);
    // Excel's column width in points: 7 px per character unit plus 5, at 0.75 pt a pixel;
    // LibreOffice may draw them up to 7% wider.
    const points = sheet.columnWidths.reduce((n, w) => n + (w * 7 + 5) * 0.75, 0);
    const m = sheet.print!.margins!;
    expect(points * 1.07 * (scale / 100)).toBeLessThanOrEqual((11.69 - m.left - m.right) * 72);
  });

  it("writes every row's height, so pages end where it expects", () => {
    for (let i = 0; i < sheet.rows.length; i++) expect(sheet.rowHeights?.[i]).toBeGreaterThan(0);
  });

  // Lists of every length from 10 to 50 people per unit: section titles and the signature land
  // at every place of a page, page ends included.
  it.each(Array.from({ length: 41 }, (_, i) => i + 10))(
    "keeps each section title with its first entry, the last entry with the signature (%i a unit)",
    (perUnit) => {
      const units = ["A", "B"].map((code, i) => unit(code, { name: `Phòng ${code}`, order: i }));
      const people = units.flatMap((u) =>
        Array.from({ length: perUnit }, (_, n) =>
          staff(`${u.code}${n}`, u.code, {
            name: `Người ${u.code} ${n}`,
            rating: n % 3 === 0 ? "HTXSNV" : "HTTNV",
          })
        )
      );
      const reg = register({
        units,
        staff: people,
        pledges: units.map((u) =>
          pledgeSheet(
            u.code,
            people
              .filter((p) => p.unitCode === u.code)
              .map((p, n) => ({ code: p.code, title: n % 7 === 0 ? "CSTDCS" : "LDTT" })),
            { title: "TTLDTT" }
          )
        ),
      });
      const big = buildProposalSheet(
        reg,
        evaluate(reg).proposals.map((p) => p.typed)
      );
      const starts = pageStarts(big);
      const pageOf = (row1: number): number => starts.filter((s) => s <= row1).length;
      const rows = values(big);
      rows.forEach((r, i) => {
        if (typeof r[0] === "string" && /^[IVX]+\. /.test(r[0]))
          expect({ title: r[0], page: pageOf(i + 2) }).toEqual({
            title: r[0],
            page: pageOf(i + 1),
          });
      });
      const sign = rowWith(big, "NGƯỜI LẬP BIỂU") + 1;
      const lastEntry = sign - 2;
      expect(typeof rows[lastEntry - 1]![0]).toBe("number");
      expect(pageOf(sign + 1)).toBe(pageOf(lastEntry));
    }
  );

  it("says so when nothing is proposed", () => {
    const reg = sample();
    const empty = buildProposalSheet(reg, []);
    expect(rowWith(empty, "Chưa có cá nhân, tập thể nào đủ điều kiện để đề nghị.")).toBeGreaterThan(
      0
    );
    expect(rowWith(empty, "Không có.")).toBeGreaterThan(0);
  });

  it("refers only to styles it defines and merges rows it has", () => {
    for (const row of sheet.rows)
      for (const c of row) if (c?.style) expect(sheet.styles[c.style]).toBeDefined();
    for (const m of sheet.merges ?? []) {
      const [, r] = /^[A-H](\d+):[A-H]\d+$/.exec(m) ?? [];
      expect(Number(r)).toBeLessThanOrEqual(sheet.rows.length);
    }
  });
});

describe("the list's index (links from the pane)", () => {
  const reg = sample();
  const proposals = evaluate(reg).proposals.map((p) => p.typed);
  const { sheet, parts } = buildProposalList(reg, proposals);
  const v = values(sheet);

  it("points at each part's title and each section's title, with the section's count", () => {
    expect(parts.length).toBeGreaterThan(0);
    const proposed = proposals.filter((p) => p.status === "proposed").length;
    expect(parts.flatMap((p) => p.sections).reduce((n, s) => n + s.count, 0)).toBe(proposed);
    for (const part of parts) {
      expect(String(v[part.row - 1]![0])).toMatch(/^PHẦN [IVX]+\. /);
      expect(part.lastRow).toBeGreaterThan(part.row);
      for (const section of part.sections) {
        expect(section.row).toBeGreaterThan(part.row);
        expect(section.row).toBeLessThanOrEqual(part.lastRow);
        expect(String(v[section.row - 1]![0])).toContain(
          `: ${String(section.count).padStart(2, "0")} ${section.kind === "individual" ? "cá nhân" : "tập thể"}`
        );
      }
    }
  });

  it("is the same sheet buildProposalSheet makes", () => {
    expect(sheet).toEqual(buildProposalSheet(reg, proposals));
  });
});

describe("Đề nghị khen thưởng: the tracking part names who decides above the Sở", () => {
  it("gives the deciding authority and the next step of an entry waiting for the Sở's vote", () => {
    const reg = register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", { name: "Lê Văn An", rating: "HTXSNV" })],
      history: [2022, 2023].map((y) => history("CB1", y, "CSTDCS", `${y}/QĐ-SKHCN`)),
      initiatives: [initiative("CB1", 2023, "TINH")],
      pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TINH" }])],
      votes: [vote("CB1", "CSTDCS", 9)], // no vote yet for CSTĐ tỉnh
    });
    const proposals = evaluate(reg).proposals.map((p) => p.typed);
    const cstd = proposals.find((p) => p.award === "CSTD_TINH");
    expect(cstd).toMatchObject({ status: "awaiting_vote", decidedBy: "Chủ tịch UBND tỉnh" });
    const sheet = buildProposalSheet(reg, proposals);
    const v = values(sheet);
    const part = rowWith(sheet, "KHÔNG ĐỦ ĐIỀU KIỆN / CHỜ BỎ PHIẾU");
    const row = v.slice(part + 2).find((r) => r[4] === "Chiến sĩ thi đua cấp tỉnh");
    expect(row?.[7]).toBe(
      `Chờ bỏ phiếu\nThẩm quyền: Chủ tịch UBND tỉnh\nSau đó: ${cstd?.nextStep ?? "?"}`
    );
    expect(cstd?.nextStep).toContain("90%");
  });
});
