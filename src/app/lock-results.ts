/**
 * Use cases "Khóa kết quả" and "Mở khóa" (issue 12, item 3): after the council meeting the
 * fingerprint and snapshot of the locked values go into a custom XML part and a row of
 * `Nhật ký`; from then on `check` names every changed cell. Unlocking removes the record and is
 * logged too.
 */
import { readRegister } from "../domain/codec/read-register";
import { missingSheetsOutcome, type Unusable } from "../domain/unusable";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET } from "../domain/integrity/audit-log";
import { lockedValues, valuesFingerprint } from "../domain/integrity/locked-values";
import {
  LOCK_NAMESPACE,
  parseLockRecord,
  serializeLockRecord,
} from "../domain/integrity/lock-record";
import type { WorkbookPort } from "../ports/workbook.port";
import { actorName, recordAction } from "./audit-trail";
import { readInputGrids } from "./read-workbook";

export interface LockOptions {
  /** The time of the action (the domain has no clock), already formatted for the log. */
  readonly time: string;
  /** Who acts, as the host knows them (Office display name, --by, system user). */
  readonly hostUser: string | null;
}

export type LockOutcome =
  | {
      readonly kind: "locked";
      readonly fingerprint: string;
      readonly values: number;
      readonly by: string;
    }
  | { readonly kind: "already-locked"; readonly fingerprint: string; readonly lockedAt: string }
  | { readonly kind: "unsupported" }
  | Unusable;

export type UnlockOutcome =
  | { readonly kind: "unlocked"; readonly fingerprint: string; readonly by: string }
  | { readonly kind: "not-locked" }
  | { readonly kind: "unsupported" };

export async function lockResults(port: WorkbookPort, options: LockOptions): Promise<LockOutcome> {
  if (port.readCustomXml === undefined || port.writeCustomXml === undefined) {
    return { kind: "unsupported" };
  }
  const existing = parseLockRecord((await port.readCustomXml(LOCK_NAMESPACE)) ?? "");
  if (existing !== null) {
    return {
      kind: "already-locked",
      fingerprint: existing.fingerprint,
      lockedAt: existing.lockedAt,
    };
  }
  const grids = await readInputGrids(port);
  const read = readRegister(grids);
  if (read.missingSheets.length > 0) {
    return missingSheetsOutcome(read.missingSheets);
  }
  const snapshot = lockedValues(grids);
  const fingerprint = valuesFingerprint(snapshot);
  const by = actorName(read.register.settings, options.hostUser);
  await port.writeCustomXml(
    LOCK_NAMESPACE,
    serializeLockRecord({ fingerprint, lockedAt: options.time, lockedBy: by, snapshot })
  );
  await recordAction(port, {
    time: options.time,
    action: AUDIT_ACTIONS.lock,
    sheets: [AUDIT_LOG_SHEET],
    counts: `${snapshot.length} giá trị`,
    fingerprint,
    by,
  });
  return { kind: "locked", fingerprint, values: snapshot.length, by };
}

export async function unlockResults(
  port: WorkbookPort,
  options: LockOptions
): Promise<UnlockOutcome> {
  if (port.readCustomXml === undefined || port.writeCustomXml === undefined) {
    return { kind: "unsupported" };
  }
  const existing = parseLockRecord((await port.readCustomXml(LOCK_NAMESPACE)) ?? "");
  if (existing === null) return { kind: "not-locked" };
  const read = readRegister(await readInputGrids(port));
  const by = actorName(read.register.settings, options.hostUser);
  await port.writeCustomXml(LOCK_NAMESPACE, null);
  await recordAction(port, {
    time: options.time,
    action: AUDIT_ACTIONS.unlock,
    sheets: [AUDIT_LOG_SHEET],
    counts: "",
    fingerprint: existing.fingerprint,
    by,
  });
  return { kind: "unlocked", fingerprint: existing.fingerprint, by };
}
