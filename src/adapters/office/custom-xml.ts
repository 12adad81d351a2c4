/**
 * The workbook's custom XML parts through Office.js (ExcelApi 1.5, under the 1.8 floor): the
 * council's lock record and the log state live there (issue 12). A part is found by the namespace
 * of its root element, as the .xlsx adapter finds it in the package. Two syncs per call.
 */
import type { OfficeHost } from "./office-host";

/** The XML of the first part in `namespace`, or null when there is none. */
export function readCustomXmlPart(host: OfficeHost, namespace: string): Promise<string | null> {
  return host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await context.sync();
    const first = parts.items.at(0);
    if (first === undefined) return null;
    const xml = first.getXml();
    await context.sync();
    // A ClientResult (getXml) has its value after the sync; it has no load() to call.
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
}

/**
 * Replaces every part in `namespace` by one holding `xml` (null removes them), in one batch: the
 * deletions and the addition reach Excel in the same request.
 */
export function writeCustomXmlPart(
  host: OfficeHost,
  namespace: string,
  xml: string | null
): Promise<void> {
  return host.run(async (context) => {
    const collection = context.workbook.customXmlParts;
    const parts = collection.getByNamespace(namespace);
    parts.load("items/id");
    await context.sync();
    parts.items.forEach((part) => {
      part.delete();
    });
    if (xml !== null) collection.add(xml);
    await context.sync();
  });
}
