/** The council's lock in force, from the integrity parts (read by read-integrity-parts.ts). */
import type { GridSet } from "../domain/grid";
import { lockedFingerprint, type IntegrityParts } from "../domain/integrity/integrity-check";
import { parseLockRecord } from "../domain/integrity/lock-record";
import type { WorkbookPort } from "../ports/workbook.port";

/**
 * The fingerprint of the council's lock in force, for the biên bản of the dossier, or null when
 * the results are not locked. The lock record decides where the host keeps custom XML parts (a
 * log row saying "locked" without its record is not a lock: `check` reports it); elsewhere the
 * log's last lock row does (`lockedFingerprint`).
 */
export function lockInForce(
  port: WorkbookPort,
  grids: GridSet,
  parts: IntegrityParts
): string | null {
  if (port.readCustomXml === undefined) return lockedFingerprint(grids);
  return parts.lock === null ? null : (parseLockRecord(parts.lock)?.fingerprint ?? null);
}
