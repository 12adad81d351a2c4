/** Saves bytes as a file through the browser's download (no network: an object URL). */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Copy into a fresh ArrayBuffer: the workbook's bytes may be a view into a larger buffer.
  const blob = new Blob([bytes.slice()], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started once click() returns; free the object URL afterwards.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
