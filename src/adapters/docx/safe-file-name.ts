/**
 * A file name safe on Windows, macOS and Linux, and in a zip: no reserved characters. Apart from
 * the Word renderer so that naming files does not load the `docx` library.
 */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|“”]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150);
}
