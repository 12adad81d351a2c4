/**
 * Reads the custom XML parts the integrity check needs (absent on hosts without them). Its own
 * module so that the pane, which only reads them for its worker, does not load the check itself
 * (and the register codec it uses) in its first script.
 */
import type { IntegrityParts } from "../domain/integrity/integrity-check";
import { LOCK_NAMESPACE } from "../domain/integrity/lock-record";
import { LOG_STATE_NAMESPACE } from "../domain/integrity/log-state";
import type { WorkbookPort } from "../ports/workbook.port";

export async function readIntegrityParts(port: WorkbookPort): Promise<IntegrityParts> {
  if (port.readCustomXml === undefined) return { lock: null, logState: null };
  return {
    lock: await port.readCustomXml(LOCK_NAMESPACE),
    logState: await port.readCustomXml(LOG_STATE_NAMESPACE),
  };
}
