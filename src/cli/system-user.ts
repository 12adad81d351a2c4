/** The user the operating system says runs `tdkt`, for `Nhật ký` rows. */
import * as os from "node:os";

/** Who acts when neither --by nor `Cấu hình` says: the system user. */
export function systemUser(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null;
  }
}
