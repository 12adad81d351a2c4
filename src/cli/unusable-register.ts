/**
 * A register the command cannot use (a required sheet missing, no year): exit status 2, its
 * reason worded where `tdkt` prints its one error line, in the language of `--lang`.
 */
import type { Language } from "../domain/messages/language";
import { unusableReasonText } from "../domain/messages/unusable-reason-text";
import type { UnusableReason } from "../domain/messages/unusable-reasons";

export class UnusableRegister extends Error {
  override readonly name = "UnusableRegister";

  constructor(
    /** The register's file as given on the command line (null: the bundled sample). */
    readonly file: string | null,
    readonly reason: UnusableReason
  ) {
    super(unusableRegisterLine(file, reason, "vi"));
  }
}

/** "so.xlsx: Thiếu trang bắt buộc: Đơn vị." in `language`. */
export function unusableRegisterLine(
  file: string | null,
  reason: UnusableReason,
  language: Language
): string {
  const text = unusableReasonText(reason, language);
  return file === null ? text : `${file}: ${text}`;
}
