/**
 * How many rows the program has written to `Nhật ký` and the last row's check code, kept in a
 * custom XML part beside the sheet: rows deleted at the end of the log leave no gap in the
 * numbering, so only this count can reveal them.
 */
import { escapeXmlText, xmlAttribute } from "./xml-escape";

/** Namespace of the log's custom XML part. */
export const LOG_STATE_NAMESPACE = "urn:so-thi-dua:log:1";

export interface LogState {
  readonly count: number;
  readonly lastCode: string;
}

export function serializeLogState(state: LogState): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<log xmlns="${LOG_STATE_NAMESPACE}" count="${state.count}" lastCode="${escapeXmlText(state.lastCode)}"/>`
  );
}

/** The state stored in the part, or null when the XML is not a log state. */
export function parseLogState(xml: string): LogState | null {
  const root = /<log\s[^>]*>/.exec(xml)?.[0];
  if (root === undefined || !root.includes(LOG_STATE_NAMESPACE)) return null;
  const count = Number(xmlAttribute(root, "count"));
  if (!Number.isInteger(count) || count < 0) return null;
  return { count, lastCode: xmlAttribute(root, "lastCode") ?? "" };
}
