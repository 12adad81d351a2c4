/**
 * Turns whatever an action threw (an Office.js error, a network hiccup, a bug) into plain text
 * for the user, keeping the technical part for "Xem chi tiết". The pane never shows a raw
 * Office error as its message.
 */
import type { Strings } from "./strings.vi";

export interface FailureText {
  readonly message: string;
  /** Code and original message, shown only on demand. */
  readonly details: string;
}

/** Office.js error codes → which plain message explains them. */
const MESSAGE_BY_CODE: Readonly<Record<string, keyof Strings>> = {
  InvalidOperationInCellEditMode: "errorCellEditing",
  ItemNotFound: "errorSheetMissing",
  AccessDenied: "errorProtected",
  RequestPayloadSizeLimitExceeded: "errorTooLarge",
  ResponsePayloadSizeLimitExceeded: "errorTooLarge",
  Conflict: "errorBusy",
  ServiceNotAvailable: "errorBusy",
  RequestAborted: "errorBusy",
  ActivityLimitReached: "errorBusy",
  ApiNotFound: "errorUnsupported",
  NotImplemented: "errorUnsupported",
};

function field(error: unknown, name: string): string | undefined {
  if (typeof error !== "object" || error === null || !(name in error)) return undefined;
  const value = (error as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * `writing`: the sheets the action was replacing. When Excel refuses the write (a protected sheet
 * or workbook), the message names them and says how to unprotect; the details are labelled in
 * the pane's language around Excel's own code and text.
 */
export function describeFailure(
  error: unknown,
  strings: Strings,
  writing: readonly string[] = []
): FailureText {
  const code = field(error, "code");
  const message =
    error instanceof Error ? error.message : (field(error, "message") ?? String(error));
  const key = code === undefined ? undefined : MESSAGE_BY_CODE[code];
  const text = key === undefined ? strings.errorGeneric : strings[key];
  const plain =
    key === "errorProtected" && writing.length > 0
      ? strings.errorProtectedSheets(writing.map((w) => `“${w}”`).join(", "))
      : typeof text === "string"
        ? text
        : strings.errorGeneric;
  return {
    message: plain,
    details:
      code === undefined ? strings.errorDetails(message) : strings.errorDetailsCode(code, message),
  };
}
