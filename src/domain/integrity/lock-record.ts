/**
 * The council's lock as stored in the workbook's custom XML part: the fingerprint, when and by
 * whom, and the snapshot of every locked value, so that a later check can name each changed cell
 * (issue 12, item 3). The part is plain XML in its own namespace; nothing else reads it.
 */
import type { LockedValue } from "./locked-values";
import { escapeXmlText, unescapeXmlText, xmlAttribute } from "./xml-escape";

/** Namespace of the lock's custom XML part (how the part is found again). */
export const LOCK_NAMESPACE = "urn:so-thi-dua:lock:1";

export interface LockRecord {
  /** SHA-256 of the locked values (64 hex digits). */
  readonly fingerprint: string;
  /** When the lock was taken, as the log shows it. */
  readonly lockedAt: string;
  readonly lockedBy: string;
  readonly snapshot: readonly LockedValue[];
}

/** The custom XML part of a lock. */
export function serializeLockRecord(record: LockRecord): string {
  const values = record.snapshot
    .map(
      (v) =>
        `<v k="${escapeXmlText(v.key)}" s="${escapeXmlText(v.sheet)}" c="${escapeXmlText(v.cell)}">${escapeXmlText(v.value)}</v>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<lock xmlns="${LOCK_NAMESPACE}" fingerprint="${escapeXmlText(record.fingerprint)}" ` +
    `lockedAt="${escapeXmlText(record.lockedAt)}" lockedBy="${escapeXmlText(record.lockedBy)}">` +
    `${values}</lock>`
  );
}

/** Reads a lock part back; null when the XML is not a lock record (or is damaged). */
export function parseLockRecord(xml: string): LockRecord | null {
  const root = /<lock\s[^>]*>/.exec(xml)?.[0];
  if (root === undefined || !root.includes(LOCK_NAMESPACE)) return null;
  const fingerprint = xmlAttribute(root, "fingerprint");
  if (fingerprint === null || !/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  const snapshot: LockedValue[] = [];
  for (const m of xml.matchAll(/<v\s([^>]*)>([^<]*)<\/v>|<v\s([^>]*)\/>/g)) {
    const tag = ` ${m[1] ?? m[3] ?? ""}`;
    const key = xmlAttribute(tag, "k");
    const sheet = xmlAttribute(tag, "s");
    const cell = xmlAttribute(tag, "c");
    if (key === null || sheet === null || cell === null) return null;
    snapshot.push({ key, sheet, cell, value: unescapeXmlText(m[2] ?? "") });
  }
  return {
    fingerprint,
    lockedAt: xmlAttribute(root, "lockedAt") ?? "",
    lockedBy: xmlAttribute(root, "lockedBy") ?? "",
    snapshot,
  };
}
