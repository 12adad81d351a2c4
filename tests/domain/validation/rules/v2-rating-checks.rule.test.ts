import { v2RatingChecksRule } from "../../../../src/domain/validation/rules/v2-rating-checks.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

/** Only this rule's per-unit findings, as "code@cell". */
function unitShare(grids: ReturnType<typeof changed>, params?: Record<string, number>) {
  return codesAt(runRule(v2RatingChecksRule, grids, params)).filter((c) =>
    c.startsWith("unit-htxsnv-share-exceeded")
  );
}

/** VP (row 5 of `Đơn vị`) rated `unitRating`, staffed by `excellent` HTXSNV, `good` HTTNV, one HTNV. */
function vpRoster(unitRating: CellValue, excellent: number, good: number) {
  return changed((s) => {
    setCell(s, "Đơn vị", "F5", unitRating);
    const header = s["Cán bộ"]?.[0] ?? [];
    s["Cán bộ"] = [header];
    let n = 0;
    const add = (rating: CellValue): void => {
      n += 1;
      addRow(s, "Cán bộ", [`P${n}`, `Người ${n}`, "VP", null, null, null, 12, null, rating]);
    };
    for (let i = 0; i < excellent; i++) add("HTXSNV");
    for (let i = 0; i < good; i++) add("HTTNV");
    add("HTNV");
  });
}

describe("v2-rating-checks: HTXSNV share within each unit", () => {
  it.each<[CellValue, number, number, string[]]>([
    // Unit not HTXSNV: 20 % of those rated HTTNV or better (HTXSNV included), rounded down.
    ["HTTNV", 1, 4, []], // 1 of 5: cap 1
    ["HTTNV", 2, 3, ["unit-htxsnv-share-exceeded@A5"]], // 2 of 5: cap 1
    ["HTTNV", 1, 3, ["unit-htxsnv-share-exceeded@A5"]], // 1 of 4: cap 0 at 20 %
    ["HTTNV", 2, 8, []], // 2 of 10: cap 2
    ["HTTNV", 3, 7, ["unit-htxsnv-share-exceeded@A5"]],
    ["HTTNV", 0, 0, []],
    // Unit HTXSNV: 25 %.
    ["HTXSNV", 1, 3, []], // 1 of 4: cap 1 at 25 %
    ["HTXSNV", 2, 6, []], // 2 of 8: cap 2
    ["HTXSNV", 3, 6, ["unit-htxsnv-share-exceeded@A5"]], // 3 of 9: cap 2
    ["HTXSNV", 1, 2, ["unit-htxsnv-share-exceeded@A5"]], // 1 of 3: cap 0
  ])("unit %p with %p HTXSNV and %p HTTNV", (unitRating, excellent, good, expected) => {
    expect(unitShare(vpRoster(unitRating, excellent, good))).toEqual(expected);
  });

  it("reads the base share from maxHtxsnvShare (fraction or percentage) and words the counts", () => {
    const grids = vpRoster("HTXSNV", 2, 3); // 2 of 5
    expect(unitShare(grids)).toEqual(["unit-htxsnv-share-exceeded@A5"]); // 25 %: cap 1
    expect(unitShare(grids, { maxHtxsnvShare: 0.35 })).toEqual([]); // 40 %: cap 2
    expect(unitShare(grids, { maxHtxsnvShare: 35 })).toEqual([]);
    const [issue] = runRule(v2RatingChecksRule, grids);
    expect(issue?.severity).toBe("warning");
    expect(issue?.params).toMatchObject({ unit: "VP", excellent: 2, good: 5, cap: 1, share: 0.25 });
    expect(issue?.message).toContain("25%");
    expect(issue?.message).toContain("Văn phòng Sở");
  });

  it("counts each unit on its own staff", () => {
    // The base: VP (rated HTXSNV) 1 HTXSNV of 4, within 25 %; KHTC none.
    expect(unitShare(changed(() => undefined))).toEqual([]);
    const grids = changed((s) => {
      setCell(s, "Cán bộ", "I5", "HTXSNV"); // CB004 in KHTC: 1 of 2 in a unit rated HTTNV
    });
    expect(unitShare(grids)).toEqual(["unit-htxsnv-share-exceeded@A6"]);
  });
});

describe("v2-rating-checks: discipline against rating", () => {
  it.each<[CellValue, CellValue, string[]]>([
    ["Khiển trách", "HTTNV", []],
    ["Cảnh cáo", "HTTNV", ["rating-despite-discipline@I4"]],
    ["Cảnh cáo", "HTXSNV", ["rating-despite-discipline@I4"]],
    ["Cách chức", "HTTNV", ["rating-despite-discipline@I4"]],
    ["Cảnh cáo", "HTNV", []],
    ["Cảnh cáo", "KHTNV", []],
    ["Cảnh cáo", null, []],
    [null, "HTTNV", []],
  ])("discipline %p, rating %p", (discipline, rating, expected) => {
    const grids = changed((s) => {
      setCell(s, "Cán bộ", "I4", rating);
      setCell(s, "Cán bộ", "J4", discipline);
    });
    const found = codesAt(runRule(v2RatingChecksRule, grids)).filter((c) =>
      c.startsWith("rating-despite-discipline")
    );
    expect(found).toEqual(expected);
  });
});

describe("v2-rating-checks: initiatives without their recognition", () => {
  it.each<[CellValue, CellValue, string[]]>([
    ["12/QĐ-HĐSK", "10/10/2024", []],
    [null, "10/10/2024", ["initiative-without-decision@E2"]],
    ["12/QĐ-HĐSK", null, ["initiative-without-decision@F2"]],
    [null, null, ["initiative-without-decision@E2"]],
  ])("decision %p, date %p", (decisionNo, date, expected) => {
    const grids = changed((s) => {
      setCell(s, "Sáng kiến", "E2", decisionNo);
      setCell(s, "Sáng kiến", "F2", date);
    });
    const found = codesAt(runRule(v2RatingChecksRule, grids)).filter((c) =>
      c.startsWith("initiative-without-decision")
    );
    expect(found).toEqual(expected);
  });
});
