import {
  htxsnvShareRule,
  maxHtxsnvShare,
} from "../../../../src/domain/validation/rules/htxsnv-share.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule } from "../../helpers/register-grids";

/** A roster of `excellent` HTXSNV and `good` HTTNV people (plus one HTNV). */
function roster(excellent: number, good: number) {
  return changed((s) => {
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

describe("htxsnv-share", () => {
  it.each([
    [0, 0, 0.2, []],
    [1, 5, 0.2, []],
    [2, 5, 0.2, ["htxsnv-share-exceeded@-"]],
    [3, 15, 0.2, []],
    [4, 15, 0.2, ["htxsnv-share-exceeded@-"]],
    [1, 4, 0.2, ["htxsnv-share-exceeded@-"]],
    [3, 10, 0.3, []],
    [3, 10, 30, []], // a percentage
    [4, 10, 0.3, ["htxsnv-share-exceeded@-"]],
  ])("%p HTXSNV for %p HTTNV with cap %p", (excellent, good, share, expected) => {
    expect(
      codesAt(runRule(htxsnvShareRule, roster(excellent, good), { maxHtxsnvShare: share }))
    ).toEqual(expected);
  });

  it("names the counts and the cap", () => {
    const [issue] = runRule(htxsnvShareRule, roster(3, 10), {});
    expect(issue).toMatchObject({ severity: "warning", sheet: "Cán bộ", cell: null });
    expect(issue?.params).toMatchObject({ excellent: 3, good: 10, cap: 2 });
    expect(issue?.message).toContain("Có 3 người");
    expect(issue?.message).toContain("10 người");
  });

  it.each([
    [undefined, 0.2],
    [null, 0.2],
    ["20%", 0.2],
    [0.15, 0.15],
    [15, 0.15],
    [-1, 0.2],
  ])("reads the parameter %p as %p", (value, share) => {
    expect(maxHtxsnvShare(value)).toBe(share);
  });
});
