/**
 * Hand-written .xlsx packages for reader tests: exactly the XML a test wants (inline strings, the
 * 1904 date system, rich text with phonetic runs, namespace prefixes), which exceljs cannot be
 * told to produce.
 */
import { zipSync, strToU8 } from "fflate";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface MinimalSheet {
  readonly name: string;
  /** The `<sheetData>` element's content (rows), or a whole worksheet document when `raw`. */
  readonly rows: string;
  readonly raw?: boolean;
}

export function minimalPackage(options: {
  readonly sheets: readonly MinimalSheet[];
  readonly sharedStrings?: readonly string[]; // each is the inner XML of an <si>
  readonly styles?: string; // whole styles.xml
  readonly date1904?: boolean;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string): void => {
    files[name] = strToU8(xml);
  };
  const overrides = options.sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const sheetEntries = options.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}">${options.date1904 === true ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheetEntries}</sheets></workbook>`
  );
  let rels = options.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    )
    .join("");
  if (options.sharedStrings !== undefined) {
    rels += `<Relationship Id="rIdSS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`;
    put(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${options.sharedStrings.length}">${options.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`
    );
  }
  if (options.styles !== undefined) {
    rels += `<Relationship Id="rIdST" Type="${R}/styles" Target="/xl/styles.xml"/>`;
    put("xl/styles.xml", options.styles);
  }
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`
  );
  options.sheets.forEach((s, i) => {
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.raw === true
        ? s.rows
        : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${s.rows}</sheetData></worksheet>`
    );
  });
  return zipSync(files);
}

/** styles.xml whose cellXfs are the given number format ids, with custom formats. */
export function stylesWithFormats(
  xfNumFmtIds: readonly number[],
  custom: Readonly<Record<number, string>> = {}
): string {
  const numFmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`)
    .join("");
  const xfs = xfNumFmtIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfNumFmtIds.length}">${xfs}</cellXfs></styleSheet>`;
}
