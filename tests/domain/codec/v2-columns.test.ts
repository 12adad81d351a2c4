/**
 * The v2 columns of register-format.md: `Lịch sử` achievement periods and award kinds, `Đơn vị`
 * bloc and place in it, `Căn cứ pháp lý` in `Cấu hình`; and a v1 register (none of them) reading
 * with v2's defaults and no new issue.
 */
import type { CellValue } from "../../../src/domain/grid";
import { readRegister } from "../../../src/domain/codec/read-register";
import { changed, codesAt, sampleGrids } from "../helpers/register-grids";

type Rows = CellValue[][];

/** `Lịch sử` with the three v2 columns and the given rows. */
function withHistory(rows: CellValue[][]): ReturnType<typeof changed> {
  return changed((sheets) => {
    sheets["Lịch sử"] = [
      [
        "Đối tượng",
        "Năm",
        "Danh hiệu / hình thức",
        "Số quyết định",
        "Ngày quyết định",
        "Thành tích từ năm",
        "Thành tích đến năm",
        "Loại khen thưởng",
      ],
      ...rows,
    ] as Rows;
  });
}

describe("Lịch sử v2: achievement periods and award kinds", () => {
  it("reads a period and a kind, and an empty kind as Công trạng", () => {
    const read = readRegister(
      withHistory([
        ["CB001", 2023, "Bằng khen tỉnh", "12/QĐ-UBND", "20/12/2023", 2021, 2022, "Công trạng"],
        ["CB001", 2022, "Giấy khen", "5/QĐ-SKHCN", null, null, null, "Đột xuất"],
        ["CB002", 2023, "Giấy khen", "6/QĐ-SKHCN", null, "2023", null, "chuyên đề"],
        ["VP", 2023, "Tập thể lao động xuất sắc", "45/QĐ-UBND", null, null, null, null],
      ])
    );
    expect(read.issues).toEqual([]);
    expect(
      read.register.history.map((h) => [
        h.subject,
        h.awardKey,
        h.periodFrom,
        h.periodTo,
        h.awardKind,
      ])
    ).toEqual([
      ["CB001", "BK_TINH", 2021, 2022, "CONG_TRANG"],
      ["CB001", "GK", null, null, "DOT_XUAT"],
      ["CB002", "GK", 2023, null, "CHUYEN_DE"],
      ["VP", "TTLDXS", null, null, "CONG_TRANG"],
    ]);
  });

  it.each<[string, CellValue[], string, string]>([
    [
      "from after to",
      ["CB001", 2023, "Bằng khen tỉnh", null, null, 2023, 2022, null],
      "history-period-reversed",
      "F2",
    ],
    [
      "only from, after the award year",
      ["CB001", 2023, "Bằng khen tỉnh", null, null, 2024, null, null],
      "history-period-reversed",
      "F2",
    ],
    [
      "to after the award year",
      ["CB001", 2023, "Bằng khen tỉnh", null, null, 2022, 2024, null],
      "history-period-after-award",
      "G2",
    ],
    [
      "a year that is not a year",
      ["CB001", 2023, "Bằng khen tỉnh", null, null, 23, null, null],
      "invalid-year",
      "F2",
    ],
    [
      "an unknown kind",
      ["CB001", 2023, "Giấy khen", null, null, null, null, "Khen nóng"],
      "invalid-award-kind",
      "H2",
    ],
  ])("%s is an error at its cell", (_name, row, code, cell) => {
    const read = readRegister(withHistory([row]));
    expect(read.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["error", code, "Lịch sử", cell],
    ]);
  });

  it.each<[string, CellValue[]]>([
    [
      "a period ending in the award year",
      ["CB001", 2023, "Bằng khen tỉnh", null, null, 2022, 2023],
    ],
    ["a one-year period", ["CB001", 2023, "Bằng khen tỉnh", null, null, 2023, 2023]],
    ["only to, before the award year", ["CB001", 2023, "Bằng khen tỉnh", null, null, null, 2022]],
  ])("%s is fine", (_name, row) => {
    expect(readRegister(withHistory([[...row, null]])).issues).toEqual([]);
  });
});

describe("Đơn vị v2: provincial bloc and place", () => {
  function withBloc(rank: CellValue, bloc: CellValue = "Khối các sở, ngành tổng hợp") {
    return changed((sheets) => {
      const units = sheets["Đơn vị"]!;
      units[3] = [...(units[3] ?? []), "Khối thi đua", "Xếp hạng trong khối"];
      units[4] = [...(units[4] ?? []), bloc, rank];
    });
  }

  it("reads the bloc and the place; units without them have none", () => {
    const read = readRegister(withBloc(1));
    expect(read.issues).toEqual([]);
    expect(read.register.units.map((u) => [u.code, u.bloc, u.blocRank])).toEqual([
      ["VP", "Khối các sở, ngành tổng hợp", 1],
      ["KHTC", "", null],
    ]);
  });

  it.each<[CellValue]>([[0], [1.5], ["nhất"], [-2]])("place %p is an error", (rank) => {
    const read = readRegister(withBloc(rank));
    expect(codesAt(read.issues)).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ severity: "error", sheet: "Đơn vị", cell: "H5" });
    expect(read.register.units[0]?.blocRank).toBeNull();
  });
});

describe("a v1 register (no v2 column) reads with v2's defaults", () => {
  const read = readRegister(sampleGrids());

  it("has no issue at all", () => {
    expect(read.issues).toEqual([]);
  });

  it("gives every history row an empty period and the kind Công trạng", () => {
    expect(read.register.history.length).toBeGreaterThan(0);
    for (const h of read.register.history) {
      expect([h.periodFrom, h.periodTo, h.awardKind]).toEqual([null, null, "CONG_TRANG"]);
    }
  });

  it("gives every unit no bloc", () => {
    for (const u of read.register.units) expect([u.bloc, u.blocRank]).toEqual(["", null]);
  });
});
