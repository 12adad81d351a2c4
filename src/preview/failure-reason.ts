/**
 * Why a file could not be opened, in the pane's language: the reader's refusals have their own
 * catalogue (src/adapters/xlsx/messages); anything else shows its message as it is.
 */
import { READ_REFUSALS_EN } from "../adapters/xlsx/messages/read-refusals.en";
import { READ_REFUSALS_VI } from "../adapters/xlsx/messages/read-refusals.vi";
import { wordReadRefusal } from "../adapters/xlsx/read-refusal";
import { XlsxFormatError } from "../adapters/xlsx/xlsx-format-error";
import type { Language } from "../domain/messages/language";

export function failureReason(error: unknown, language: Language): string {
  if (error instanceof XlsxFormatError) {
    return wordReadRefusal(error.refusal, language === "en" ? READ_REFUSALS_EN : READ_REFUSALS_VI);
  }
  return error instanceof Error ? error.message : String(error);
}
