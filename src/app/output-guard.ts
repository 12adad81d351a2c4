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
import type { WorkbookPort } from "../ports/workbook.port";

/**
 * The sheets among `names` that exist and differ from what the program last wrote there. A sheet
 * the program has no fingerprint of (written before fingerprints, or by the CLI) is not counted.
 */
export async function changedOutputSheets(
  port: WorkbookPort,
  names: readonly string[]
): Promise<string[]> {
  if (port.readCustomXml === undefined) return [];
  const stored = parseOutputFingerprints(await port.readCustomXml(OUTPUT_FINGERPRINT_NAMESPACE));
  const known = names.filter((name) => stored.has(name));
  if (known.length === 0) return [];
  const grids = await port.readSheets(known);
  return known.filter((name) => {
    const grid = grids.get(name);
    return grid !== undefined && fingerprintGrid(grid) !== stored.get(name);
  });
}

/** Records the fingerprints of `names` as they are now in the workbook (just written). */
export async function recordOutputSheets(
  port: WorkbookPort,
  names: readonly string[]
): Promise<void> {
  if (port.readCustomXml === undefined || port.writeCustomXml === undefined) return;
  const stored = parseOutputFingerprints(await port.readCustomXml(OUTPUT_FINGERPRINT_NAMESPACE));
  // Read back rather than computed from what was sent: the fingerprint is of what Excel holds.
  const grids = await port.readSheets(names);
  for (const [name, grid] of grids) stored.set(name, fingerprintGrid(grid));
  await port.writeCustomXml(OUTPUT_FINGERPRINT_NAMESPACE, serializeOutputFingerprints(stored));
}
