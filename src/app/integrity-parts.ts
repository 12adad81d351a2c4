/** Reads the custom XML parts the integrity check needs (absent on hosts without them). */
import type { GridSet } from "../domain/grid";
import { lockedFingerprint, type IntegrityParts } from "../domain/integrity/integrity-check";
import { LOCK_NAMESPACE, parseLockRecord } from "../domain/integrity/lock-record";
import { LOG_STATE_NAMESPACE } from "../domain/integrity/log-state";
import type { WorkbookPort } from "../ports/workbook.port";

export async function readIntegrityParts(port: WorkbookPort): Promise<IntegrityParts> {
  if (port.readCustomXml === undefined) return { lock: null, logState: null };
  return {
    lock: await port.readCustomXml(LOCK_NAMESPACE),
    logState: await port.readCustomXml(LOG_STATE_NAMESPACE),
  };
}

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
