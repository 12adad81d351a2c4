/**
 * Safe writes of output sheets: which of the sheets about to be replaced were changed by hand
 * since the program wrote them, and recording what it wrote. Works where the workbook keeps
 * custom XML parts (Excel, the preview, .xlsx files); elsewhere nothing is known and nothing asked.
 */
import {
  OUTPUT_FINGERPRINT_NAMESPACE,
  fingerprintGrid,
  parseOutputFingerprints,
  serializeOutputFingerprints,
} from "../domain/output/output-fingerprint";
import type { GridSet } from "../domain/grid";
import type { WorkbookPort } from "../ports/workbook.port";

/**
 * Computes sheets' fingerprints. The pane passes its engine's (a Web Worker: hashing a list of a
 * thousand rows is a long task); elsewhere they are computed here.
 */
export type Fingerprinter = (grids: GridSet) => Promise<ReadonlyMap<string, string>>;

export const fingerprintHere: Fingerprinter = (grids) =>
  Promise.resolve(new Map([...grids].map(([name, grid]) => [name, fingerprintGrid(grid)])));

/**
 * The sheets among `names` that exist and differ from what the program last wrote there. A sheet
 * the program has no fingerprint of (written before fingerprints, or by the CLI) is not counted.
 */
export async function changedOutputSheets(
  port: WorkbookPort,
  names: readonly string[],
  fingerprint: Fingerprinter = fingerprintHere
): Promise<string[]> {
  if (port.readCustomXml === undefined) return [];
  const stored = parseOutputFingerprints(await port.readCustomXml(OUTPUT_FINGERPRINT_NAMESPACE));
  const known = names.filter((name) => stored.has(name));
  if (known.length === 0) return [];
  const now = await fingerprint(await port.readSheets(known));
  return known.filter((name) => {
    const hash = now.get(name);
    return hash !== undefined && hash !== stored.get(name);
  });
}

/** Records the fingerprints of `names` as they are now in the workbook (just written). */
export async function recordOutputSheets(
  port: WorkbookPort,
  names: readonly string[],
  fingerprint: Fingerprinter = fingerprintHere
): Promise<void> {
  if (port.readCustomXml === undefined || port.writeCustomXml === undefined) return;
  const stored = parseOutputFingerprints(await port.readCustomXml(OUTPUT_FINGERPRINT_NAMESPACE));
  // Read back rather than computed from what was sent: the fingerprint is of what Excel holds.
  for (const [name, hash] of await fingerprint(await port.readSheets(names)))
    stored.set(name, hash);
  await port.writeCustomXml(OUTPUT_FINGERPRINT_NAMESPACE, serializeOutputFingerprints(stored));
}
