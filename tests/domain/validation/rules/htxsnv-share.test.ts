import { maxHtxsnvShare } from "../../../../src/domain/validation/rules/htxsnv-share";
import { validateRegister } from "../../../../src/domain/validation/validate-register";
import type { CellValue } from "../../../../src/domain/grid";
import { DEFAULT_PARAMETER_VALUES } from "../../../../src/domain/rulebook/parameters";
import { addRow, changed, readSample } from "../../helpers/register-grids";

describe("the HTXSNV cap's parameter", () => {
  it.each([
    [undefined, 0.2],
    [null, 0.2],
    ["20%", 0.2],
    [0.15, 0.15],
    [15, 0.15],
    [-1, 0.2],
  ])("reads %p as %p", (value, share) => {
    expect(maxHtxsnvShare(value)).toBe(share);
  });
});

describe("the HTXSNV cap is per unit (rules.md v2), not register-wide (v1)", () => {
  it("says nothing register-wide when 4 HTXSNV stand beside 10 HTTNV across units", () => {
    // v1 warned here (4 > 20 % of 10); each unit alone is within its own cap.
    const grids = changed((s) => {
      const header = s["Cán bộ"]?.[0] ?? [];
      s["Cán bộ"] = [header];
      let n = 0;
      const add = (unit: string, rating: CellValue): void => {
        n += 1;
        addRow(s, "Cán bộ", [`P${n}`, `Người ${n}`, unit, null, null, null, 12, null, rating]);
      };
      for (const unit of ["VP", "KHTC"]) {
        for (let i = 0; i < 2; i++) add(unit, "HTXSNV");
        for (let i = 0; i < 8; i++) add(unit, "HTTNV");
      }
    });
    const codes = validateRegister(readSample(grids), DEFAULT_PARAMETER_VALUES).map((i) => i.code);
    expect(codes).not.toContain("htxsnv-share-exceeded");
    expect(codes).not.toContain("unit-htxsnv-share-exceeded");
  });
});
