import { readRegister } from "../../../src/domain/codec/read-register";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import { encodeTcvn3, encodeVni } from "../../../src/domain/text/legacy-encoding";
import { validateRegister } from "../../../src/domain/validation/validate-register";
import {
  addRow,
  changed,
  codesAt,
  sampleGrids,
  setCell,
  toGridSet,
} from "../helpers/register-grids";

describe("readRegister on a valid register", () => {
  const read = readRegister(sampleGrids());
  const { register } = read;

  it("reads it without any issue, and validation finds none", () => {
    expect(read.issues).toEqual([]);
    expect(read.missingSheets).toEqual([]);
    expect(validateRegister(register, DEFAULT_PARAMETER_VALUES)).toEqual([]);
  });

  it("reads settings, with dates as text or real dates", () => {
    expect(register.settings).toMatchObject({
      agency: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
      year: 2024,
      councilMembers: 9,
      pledgeDeadline: { year: 2024, month: 1, day: 31 },
      assessmentDate: { year: 2024, month: 11, day: 5 },
    });
    expect(register.settings.values.get("số thành viên hội đồng")).toEqual({
      label: "Số thành viên Hội đồng",
      value: 9,
      cell: "B8",
    });
  });

  it("finds the header row under title rows and records each field's cell", () => {
    expect(register.units.map((u) => [u.code, u.rating, u.src.row, u.src.cells.rating])).toEqual([
      ["VP", "HTXSNV", 5, "F5"],
      ["KHTC", "HTTNV", 6, "F6"],
    ]);
  });

  it("gives the cell of every field present, and none for a field without a column", () => {
    const cells = register.units[1]?.src.cells ?? {};
    expect([cells.code, cells.name, cells.rating, cells.nothing]).toEqual([
      "A6",
      "B6",
      "F6",
      undefined,
    ]);
    expect("rating" in cells).toBe(true);
    expect("nothing" in cells).toBe(false);
    // Each record its own row, though the rows share how addresses are made.
    expect(register.units.map((u) => u.src.cells.code)).toEqual(["A5", "A6"]);
  });

  it("reads every staff field", () => {
    expect(register.staff[1]).toMatchObject({
      code: "CB002",
      name: "Lê Thị Hoa",
      unitCode: "VP",
      gender: "Nữ",
      monthsWorked: 12,
      maternityLeave: true,
      rating: "HTTNV",
      discipline: null,
      birthDate: { year: 1988, month: 7, day: 1 },
    });
    expect(register.staff.map((s) => s.birthDate)).toEqual([
      { year: 1975, month: 3, day: 12 },
      { year: 1988, month: 7, day: 1 },
      { year: 1990, month: 1, day: 15 },
      { year: 1980, month: 6, day: 5 },
      { year: 1992, month: 11, day: 20 },
      { year: 1990, month: 5, day: 7 }, // Excel serial 33000
    ]);
  });

  it("reads history as titles and ratings", () => {
    expect(register.history.map((h) => [h.subject, h.year, h.awardKey, h.rating])).toEqual([
      ["CB001", 2023, "CSTDCS", null],
      ["CB001", 2023, null, "HTXSNV"],
      ["VP", 2023, "TTLDXS", null],
    ]);
  });

  it("reads criteria as a tree, with numeric codes as text", () => {
    expect(register.criteria.map((c) => [c.code, c.max, c.kind, c.parentCode, c.isLeaf])).toEqual([
      ["1", 60, "plus", null, false],
      ["1.1", 30, "plus", "1", true],
      ["1.2", 30, "plus", "1", true],
      ["2", 40, "plus", null, true],
      ["3", 5, "bonus", null, true],
      ["4", 5, "minus", null, true],
    ]);
  });

  it("gives children of a bonus or deduction heading their parent's kind", () => {
    const read = readRegister(
      changed((s) => {
        addRow(s, "Tiêu chí", ["3.1", "Sáng kiến", 3]);
        addRow(s, "Tiêu chí", ["4.1", "Vi phạm", 5]);
        addRow(s, "Tiêu chí", ["4.1.1", "Vi phạm nhỏ", 5]);
      })
    );
    expect(read.register.criteria.slice(-3).map((c) => [c.code, c.kind])).toEqual([
      ["3.1", "bonus"],
      ["4.1", "minus"],
      ["4.1.1", "minus"],
    ]);
  });

  it("reads pledge sheets with their collective cells", () => {
    const vp = register.pledges.find((p) => p.unitCode === "VP");
    expect(vp).toMatchObject({
      sheet: "ĐK-VP",
      collectiveTitle: "TTLDXS",
      collectiveTitleCell: "B1",
      collectiveAward: "BK_TINH",
      collectiveAwardCell: "B2",
    });
    expect(vp?.rows.map((r) => [r.staffCode, r.title, r.award])).toEqual([
      ["CB001", "CSTDCS", "GK"],
      ["CB002", "LDTT", null],
      ["CB003", "LDTT", null],
    ]);
  });

  it("reads score sheets with decimal commas", () => {
    const vp = register.scoreSheets.find((s) => s.unitCode === "VP");
    expect(vp?.rows.find((r) => r.criterionCode === "1.2")).toMatchObject({
      selfScore: 28.5,
      councilScore: 27,
    });
  });

  it("reads votes, an empty member count as null", () => {
    expect(register.votes.map((v) => [v.subject, v.awardKey, v.members, v.yes])).toEqual([
      ["CB001", "CSTDCS", 9, 8],
      ["VP", "TTLDXS", null, 9],
    ]);
  });
});

describe("reading rules of the contract", () => {
  it("finds columns in any order, ignores extra columns and skips blank rows", () => {
    const grids = changed((s) => {
      s["Đơn vị"] = [
        ["Ghi chú nội bộ", "Tên đơn vị", "Cột thêm", "Mã đơn vị"],
        ["x", "Văn phòng Sở", "y", "VP"],
        [null, null, "chỉ cột thừa", null],
        [],
        [null, "Phòng Kế hoạch - Tài chính", null, "KHTC"],
        [],
        [],
      ];
    });
    const read = readRegister(grids);
    expect(read.register.units.map((u) => [u.code, u.name, u.src.cells.code])).toEqual([
      ["VP", "Văn phòng Sở", "D2"],
      ["KHTC", "Phòng Kế hoạch - Tài chính", "D5"],
    ]);
    expect(read.issues).toEqual([]);
  });

  it("finds sheets and headers whatever their case, spacing and normalisation form", () => {
    const sheets = changed(() => undefined);
    const renamed = new Map(
      [...sheets].map(([name, grid]) => [
        name === "Cán bộ" ? "  CÁN BỘ ".normalize("NFD") : name,
        grid,
      ])
    );
    const read = readRegister(renamed);
    expect(read.missingSheets).toEqual([]);
    expect(read.register.staff).toHaveLength(6);
  });

  it("accepts a header row up to row 15, not below", () => {
    const at = (blank: number): number =>
      readRegister(
        changed((s) => {
          s["Đơn vị"] = [
            ...Array.from({ length: blank }, () => ["tiêu đề"]),
            ["Mã đơn vị", "Tên đơn vị"],
            ["VP", "Văn phòng"],
            ["KHTC", "Kế hoạch"],
          ];
        })
      ).register.units.length;
    expect(at(14)).toBe(2);
    expect(at(15)).toBe(0);
  });

  it("reports missing headers naming them", () => {
    const read = readRegister(
      changed((s) => {
        s["Cán bộ"] = [
          ["Mã CB", "Tên"],
          ["CB001", "An"],
        ];
      })
    );
    expect(codesAt(read.issues)).toEqual(["missing-headers@-"]);
    expect(read.issues[0]?.message).toContain("Họ và tên, Mã đơn vị");
  });

  it.each([
    [12, "12"],
    [1.1, "1.1"],
    [0.1 + 0.2, "0.3"],
    [" cb 7 ", "cb 7"],
  ])("reads the code cell %p as %p", (typed, code) => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Đơn vị", "A5", typed);
      })
    );
    expect(read.register.units[0]?.code).toBe(code);
  });

  it("rewrites references to the spelling of the defining table", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "C2", "vp ");
        setCell(s, "ĐK-VP", "B5", "cb001");
        setCell(s, "Bình xét", "A2", "Cb001");
      })
    );
    expect(read.register.staff[0]?.unitCode).toBe("VP");
    expect(read.register.pledges[0]?.rows[0]?.staffCode).toBe("CB001");
    expect(read.register.votes[0]?.subject).toBe("CB001");
  });

  it("reads pledge and score sheets typed without the diacritic of Đ", () => {
    const sheets = [...sampleGrids()].map(
      ([n, g]) => [n.replace("ĐK-", "DK-").replace("CĐ-", "cd-"), g] as const
    );
    const read = readRegister(new Map(sheets));
    expect(read.register.pledges.map((p) => p.unitCode)).toEqual(["VP", "KHTC"]);
    expect(read.register.scoreSheets.map((p) => p.unitCode)).toEqual(["VP", "KHTC"]);
  });

  it("converts legacy-encoded cells with a warning that shows the result", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "B3", encodeTcvn3("Lê Thị Hoa"));
        setCell(s, "Đơn vị", "B6", encodeVni("Phòng Kế hoạch - Tài chính"));
      })
    );
    expect(read.register.staff[1]?.name).toBe("Lê Thị Hoa");
    expect(read.register.units[1]?.name).toBe("Phòng Kế hoạch - Tài chính");
    expect(codesAt(read.issues)).toEqual(["legacy-encoding@B6", "legacy-encoding@B3"]);
    expect(read.issues[1]).toMatchObject({ severity: "warning", sheet: "Cán bộ" });
    expect(read.issues[1]?.message).toContain('"Lê Thị Hoa"');
    expect(read.issues[1]?.message).toContain("TCVN3");
  });

  it("decodes a cell ambiguous alone like the legacy cells of its column", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "B2", encodeVni("Nguyễn Văn An"));
        setCell(s, "Cán bộ", "B3", encodeVni("Lê Thị Hoa"));
        setCell(s, "Cán bộ", "B4", "Phan Thò An"); // VNI for "Phan Thị An", or Unicode "Thò"
      })
    );
    expect(read.register.staff.slice(0, 3).map((x) => x.name)).toEqual([
      "Nguyễn Văn An",
      "Lê Thị Hoa",
      "Phan Thị An",
    ]);
    expect(codesAt(read.issues)).toEqual([
      "legacy-encoding@B2",
      "legacy-encoding@B3",
      "legacy-encoding@B4",
    ]);
  });

  it("keeps an ambiguous cell as typed in a Unicode column", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "B4", "Phan Thò An");
      })
    );
    expect(read.register.staff[2]?.name).toBe("Phan Thò An");
    expect(read.issues).toEqual([]);
  });

  it("normalises decomposed Unicode without any warning", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "B3", "Lê Thị Hoa".normalize("NFD"));
      })
    );
    expect(read.register.staff[1]?.name).toBe("Lê Thị Hoa");
    expect(read.issues).toEqual([]);
  });

  it("reports an error value at its cell, once, and reads it as empty", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "G3", { error: "#REF!" });
        setCell(s, "CĐ-VP", "E3", { error: "#N/A" });
      })
    );
    expect(codesAt(read.issues)).toEqual(["cell-error@G3", "cell-error@E3"]);
    expect(read.issues[0]?.message).toContain("#REF!");
    expect(read.register.staff[1]?.monthsWorked).toBeNull();
  });

  it.each([
    ["Cán bộ", "I2", "Xuất sắc lắm", "invalid-rating"],
    ["Cán bộ", "F2", "Khác", "invalid-gender"],
    ["Cán bộ", "H2", "hình như có", "invalid-yes-no"],
    ["Cán bộ", "G2", "mười hai", "invalid-number"],
    ["Cán bộ", "E2", "31/02/1980", "invalid-date"],
    ["Sáng kiến", "D2", "Huyện", "invalid-scope"],
    ["Tiêu chí", "D2", "Nhân", "invalid-criterion-kind"],
    ["ĐK-VP", "D5", "Anh hùng lao động", "unknown-award"],
    ["ĐK-VP", "B1", "Tập thể vững mạnh", "unknown-award"],
    ["Lịch sử", "C2", "Huy chương", "unknown-award"],
    ["Lịch sử", "B2", 20245, "invalid-year"],
    ["Bình xét", "B2", "Giải nhất", "unknown-award"],
    ["CĐ-VP", "D3", "hai mươi", "invalid-number"],
    ["Cấu hình", "B4", "năm nay", "invalid-setting"],
    ["Cấu hình", "B8", 0, "invalid-setting"],
    ["Đơn vị", "A5", null, "missing-code"],
    ["Cán bộ", "B2", null, "missing-value"],
    ["Tiêu chí", "C2", null, "missing-value"],
  ])("%s!%s = %p is reported as %s at that cell", (sheet, cell, value, code) => {
    const read = readRegister(
      changed((s) => {
        setCell(s, sheet, cell, value);
      })
    );
    expect(codesAt(read.issues)).toEqual([`${code}@${cell}`]);
    expect(read.issues[0]?.sheet).toBe(sheet);
  });

  it.each([
    ["HTXSNV", "HTXSNV"],
    ["httnv", "HTTNV"],
    ["hoàn thành TỐT nhiệm vụ", "HTTNV"],
    ["Hoan thanh nhiem vu", "HTNV"],
    ["Không hoàn thành nhiệm vụ", "KHTNV"],
    ["Chưa xếp loại", null],
    ["HT XS NV", "HTXSNV"],
    ["H.T.T.N.V", "HTTNV"],
  ])("reads the rating %p", (typed, rating) => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "I3", typed);
      })
    );
    expect(read.register.staff[1]?.rating).toBe(rating);
    expect(read.issues).toEqual([]);
  });

  it.each([
    ["khiển trách", "Khiển trách"],
    ["CẢNH CÁO", "Cảnh cáo"],
    ["Không", null],
    ["Đình chỉ công tác", "Đình chỉ công tác"],
  ])("reads the discipline %p as %p", (typed, discipline) => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "J3", typed);
      })
    );
    expect(read.register.staff[1]?.discipline).toBe(discipline);
  });

  it("reports missing required sheets and warns about missing optional ones", () => {
    const grids = toGridSet({ "Đơn vị": [["Mã đơn vị", "Tên đơn vị"]] });
    const read = readRegister(grids);
    expect(read.missingSheets).toEqual(["Cấu hình", "Cán bộ"]);
    expect(codesAt(read.issues)).toEqual([
      "missing-sheet@-",
      "missing-sheet@-",
      "missing-sheet@-",
      "missing-sheet@-",
      "missing-sheet@-",
      "missing-sheet@-",
    ]);
    expect(read.issues.filter((i) => i.severity === "error").map((i) => i.sheet)).toEqual([
      "Cấu hình",
      "Cán bộ",
    ]);
  });

  it("requires the year in Cấu hình", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cấu hình", "A4", "Ghi chú");
      })
    );
    expect(codesAt(read.issues)).toEqual(["missing-setting@-"]);
    expect(read.register.settings.year).toBeNull();
  });

  it("skips a trailing total row of a score sheet and numbered empty pledge lines", () => {
    const read = readRegister(
      changed((s) => {
        addRow(s, "CĐ-KHTC", [null, "Tổng cộng", 100, 84, 83, null]);
        addRow(s, "ĐK-KHTC", [2, null, null, null, null, null]);
      })
    );
    expect(read.issues).toEqual([]);
    expect(read.register.pledges[1]?.rows).toHaveLength(1);
    expect(read.register.scoreSheets[1]?.rows).toHaveLength(5);
  });

  it("reports a score row without criterion code that is not a total", () => {
    const read = readRegister(
      changed((s) => {
        addRow(s, "CĐ-KHTC", [null, "Thêm", 5, 3, 3, null]);
      })
    );
    expect(codesAt(read.issues)).toEqual(["missing-code@A7"]);
  });

  it("finds sheets and headers typed without diacritics", () => {
    const sheets = [...sampleGrids()].map(([n, g]) => [n === "Cán bộ" ? "Can bo" : n, g] as const);
    const grids = new Map(sheets);
    const staff = grids.get("Can bo") ?? [];
    grids.set("Can bo", [
      ["Ma CB", "Ho va ten", "MA DON VI", "Xep loai"],
      ...staff.slice(1).map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[8] ?? null]),
    ]);
    const read = readRegister(grids);
    expect(read.missingSheets).toEqual([]);
    expect(read.issues).toEqual([]);
    expect(read.register.staff.map((x) => x.rating)).toEqual([
      "HTXSNV",
      "HTTNV",
      "HTTNV",
      "HTTNV",
      "HTTNV",
      "HTTNV",
    ]);
  });

  it("finds headers typed in TCVN3", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "B1", encodeTcvn3("Họ và tên"));
        setCell(s, "Cán bộ", "C1", encodeTcvn3("Mã đơn vị"));
      })
    );
    expect(read.issues).toEqual([]);
    expect(read.register.staff).toHaveLength(6);
  });
});

describe("one issue per cell problem", () => {
  it.each([
    ["Cán bộ", "A3"],
    ["Cán bộ", "B3"],
    ["Bình xét", "B2"],
    ["Lịch sử", "C2"],
    ["Tiêu chí", "C3"],
  ])("an error value in a required cell %s!%s is only a cell-error", (sheet, cell) => {
    const read = readRegister(
      changed((s) => {
        setCell(s, sheet, cell, { error: "#N/A" });
      })
    );
    expect(codesAt(read.issues)).toEqual([`cell-error@${cell}`]);
  });

  it("skips a repeated header row", () => {
    const read = readRegister(
      changed((s) => {
        const header = s["Cán bộ"]?.[0] ?? [];
        s["Cán bộ"]?.splice(3, 0, [...header]);
      })
    );
    expect(read.issues).toEqual([]);
    expect(read.register.staff).toHaveLength(6);
  });
});

describe("sheet names that differ only by Unicode normalisation, case or spacing", () => {
  const nfd = (text: string): string => text.normalize("NFD");

  it.each([
    ["Unicode normalisation (NFD)", nfd("Cán bộ")],
    ["case", "CÁN BỘ"],
    ["spacing", "  Cán   bộ "],
  ])("two sheets named apart only by %s are an error naming both", (_, twin) => {
    const sheets = sampleGrids();
    const staff = sheets.get("Cán bộ") ?? [];
    const grids = new Map([...sheets, [twin, staff.slice(0, 2)]]);
    const read = readRegister(grids);
    const duplicates = read.issues.filter((i) => i.code === "duplicate-sheet");
    expect(duplicates).toHaveLength(1);
    const [issue] = duplicates;
    expect(issue).toMatchObject({
      severity: "error",
      sheet: twin,
      params: { sheet: twin, other: "Cán bộ" },
    });
    expect(issue?.message).toContain(`"Cán bộ"`);
    expect(issue?.message).toContain(`"${twin}"`);
    // The message says which of the two is read: the first in tab order, in full.
    expect(issue?.message).toContain(`đang đọc trang "Cán bộ"`);
    expect(read.register.staff.length).toBeGreaterThan(1);
  });

  it("the same holds for per-unit sheets: ĐK-VP and đk-vp", () => {
    const sheets = sampleGrids();
    const pledge = [...sheets.keys()].find((n) => n.startsWith("ĐK-"));
    expect(pledge).toBeDefined();
    const twin = (pledge ?? "").toLowerCase();
    expect(twin).not.toBe(pledge);
    const read = readRegister(new Map([...sheets, [twin, sheets.get(pledge ?? "") ?? []]]));
    expect(read.issues.filter((i) => i.code === "duplicate-sheet")).toEqual([
      expect.objectContaining({ severity: "error", params: { sheet: twin, other: pledge } }),
    ]);
  });

  it("a sheet typed without diacritics beside the exact one is not a duplicate", () => {
    const sheets = sampleGrids();
    const read = readRegister(new Map([...sheets, ["Can bo", [["x"]]]]));
    expect(read.issues.filter((i) => i.code === "duplicate-sheet")).toEqual([]);
  });
});

describe("when the cell's format is the problem", () => {
  it("a number typed into a date-formatted cell: the message says the cell is formatted as a date", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "CĐ-VP", "D3", new Date(Date.UTC(1900, 0, 29)));
      })
    );
    const issue = read.issues.find((i) => i.code === "invalid-number");
    expect(issue).toMatchObject({ severity: "error", sheet: "CĐ-VP", cell: "D3" });
    expect(issue?.message).toContain("ô đang định dạng ngày");
    expect(issue?.message).toContain("đổi định dạng ô sang Số");
  });

  it("a date field holding a number that is no day: the message says the cell is formatted as a number", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "Cán bộ", "E2", 99_999_999);
      })
    );
    const issue = read.issues.find((i) => i.code === "invalid-date");
    expect(issue).toMatchObject({ severity: "error", sheet: "Cán bộ", cell: "E2" });
    expect(issue?.message).toContain("ô đang định dạng số");
  });

  it("text that is no number or no day keeps the plain message", () => {
    const read = readRegister(
      changed((s) => {
        setCell(s, "CĐ-VP", "D3", "hai chín");
        setCell(s, "Cán bộ", "E2", "ngày mai");
      })
    );
    const messages = read.issues
      .filter((i) => i.code === "invalid-number" || i.code === "invalid-date")
      .map((i) => i.message);
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m).not.toContain("định dạng");
  });
});
