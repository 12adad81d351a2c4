import fc from "fast-check";
import { readRegister } from "../../../src/domain/codec/read-register";
import { parseCellAddress } from "../../../src/domain/grid";
import { unitSheets } from "../../../src/domain/templates/register-template";
import { sampleSheets, toGridSet } from "../helpers/register-grids";

const code = fc.oneof(
  fc.constantFrom("VP", "vp", "KHTC", "Thanh tra", "A/B", "[X]", "x".repeat(40), "ĐK", "1", "01"),
  fc.string({ minLength: 1, maxLength: 8 })
);

/** Rows of an A1 range "D7:F9" or cell "D3", as 0-based [first, last]. */
function rowsOf(range: string): [number, number] {
  const [a = "", b = a] = range.split(":");
  return [parseCellAddress(a)?.row ?? -1, parseCellAddress(b)?.row ?? -1];
}

describe("unitSheets on random units", () => {
  it("gives unique, valid sheet names and editable ranges inside the sheet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(code, fc.integer({ min: 0, max: 3 })), { maxLength: 8 }),
        (units) => {
          const sheets = sampleSheets();
          sheets["Đơn vị"] = [
            ["Mã đơn vị", "Tên đơn vị"],
            ...units.map(([c], i) => [c, `Đơn vị ${i}`]),
          ];
          sheets["Cán bộ"] = [
            ["Mã CB", "Họ và tên", "Mã đơn vị"],
            ...units.flatMap(([c, n], i) =>
              Array.from({ length: n }, (_, k) => [`P${i}-${k}`, `Người ${k}`, c])
            ),
          ];
          const register = readRegister(toGridSet(sheets)).register;
          const created = unitSheets(register, { protect: true });
          const names = created.map((s) => s.name.toLowerCase());
          expect(new Set(names).size).toBe(names.length);
          for (const sheet of created) {
            expect(sheet.name.length).toBeLessThanOrEqual(31);
            expect(sheet.name).not.toMatch(/[\\/?*[\]:]/);
            for (const range of sheet.protection?.editableRanges ?? []) {
              const [first, last] = rowsOf(range);
              expect(first).toBeGreaterThanOrEqual(0);
              expect(last).toBeLessThan(sheet.rows.length);
            }
          }
        }
      )
    );
  });
});
