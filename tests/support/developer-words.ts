/**
 * Words users must never read (issue 10 item 6), in the pane, the preview or the user guide:
 * the code's file names and formats, words of the program's insides, empty or broken counts,
 * deadlines counted past the register's year. One list, used by every test that looks.
 */
export const DEVELOPER_WORDS: readonly RegExp[] = [
  /rules\.md/i,
  /register-format/i,
  /\.ts\b/,
  /dd\/mm\/yyyy/i,
  /Dòng lịch sử/,
  /\bJSON\b/,
  /Office\.js/i,
  /Tìm thấy 0 lỗi/,
  /found 0 errors/i,
  /undefined|NaN|\[object/,
  /quá hạn đăng ký thi đua \d+ ngày/,
  /\d+ days? overdue/i,
];

/** The developer words found in `text` (read as NFC: what the screen shows), none when clean. */
export function developerWordsIn(text: string): string[] {
  const shown = text.normalize("NFC");
  return DEVELOPER_WORDS.filter((word) => word.test(shown)).map((word) => {
    const found = word.exec(shown);
    return `${String(word)}: “${found?.[0] ?? ""}”`;
  });
}
