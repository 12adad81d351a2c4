/**
 * A sheet's values as canonical text by A1 address, and the fingerprint of a sheet (its
 * "version"): what a unit file remembers of the register at the time of the split.
 */
import { cellAddress, type Grid } from "../grid";
import { normalisedValue } from "../integrity/normalised-value";
import { sha256Text } from "../integrity/sha256";

/** A1 → canonical text, for every non-blank cell. */
export type SheetValues = Readonly<Record<string, string>>;

export function sheetValues(grid: Grid): SheetValues {
  const values: Record<string, string> = {};
  grid.forEach((row, r) => {
    row.forEach((v, c) => {
      const text = normalisedValue(v);
      if (text !== null) values[cellAddress(r, c)] = text;
    });
  });
  return values;
}

/** SHA-256 of a sheet's canonical values (equal values, equal version, whatever the format). */
export function sheetVersion(grid: Grid): string {
  const values = sheetValues(grid);
  return sha256Text(
    Object.keys(values)
      .sort()
      .map((a1) => `${a1}\t${JSON.stringify(values[a1])}\n`)
      .join("")
  ).slice(0, 32);
}
