/**
 * Fingerprints of the output sheets as the program last wrote them, kept in the workbook's own
 * custom XML part, so that before replacing a sheet the pane can tell whether someone changed it
 * by hand since (and ask first: Excel cannot undo an add-in's writes).
 */
import type { Grid } from "../grid";
import { normalisedValue } from "../integrity/normalised-value";
import { sha256Text } from "../integrity/sha256";
import { escapeXmlText, unescapeXmlText } from "../integrity/xml-escape";

/** Namespace of the fingerprints' custom XML part. */
export const OUTPUT_FINGERPRINT_NAMESPACE = "urn:so-thi-dua:output-fingerprints:1";

/**
 * SHA-256 of a sheet's values: every non-blank cell with its place, as canonical text. Formats,
 * widths and blank cells do not count; a value typed, changed or deleted does.
 */
export function fingerprintGrid(grid: Grid): string {
  const lines: string[] = [];
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      const text = normalisedValue(value);
      if (text !== null) lines.push(`${r},${c}=${text}`);
    });
  });
  return sha256Text(lines.join("\n"));
}

/** Sheet name → fingerprint. */
export type OutputFingerprints = ReadonlyMap<string, string>;

export function serializeOutputFingerprints(fingerprints: OutputFingerprints): string {
  const sheets = [...fingerprints]
    .map(([name, hash]) => `<sheet name="${escapeXmlText(name)}" sha256="${escapeXmlText(hash)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<outputs xmlns="${OUTPUT_FINGERPRINT_NAMESPACE}">${sheets}</outputs>`
  );
}

/** Reads the part back; an unreadable or foreign part holds no fingerprint. */
export function parseOutputFingerprints(xml: string | null): Map<string, string> {
  const result = new Map<string, string>();
  if (xml === null || !xml.includes(OUTPUT_FINGERPRINT_NAMESPACE)) return result;
  for (const match of xml.matchAll(/<sheet\s+name="([^"]*)"\s+sha256="([0-9a-f]{64})"\s*\/>/g)) {
    const [, name, hash] = match;
    if (name !== undefined && hash !== undefined) result.set(unescapeXmlText(name), hash);
  }
  return result;
}
