/**
 * The workbook's custom XML parts through Office.js (ExcelApi 1.5, under the add-in's floor): the
 * program's own records (output fingerprints, the council's lock) kept inside the workbook, unseen
 * by people and travelling with the file.
 */
import type { OfficeHost } from "./office-host";

/** The XML of the first part whose root is in `namespace`, or null. */
export function readCustomXml(host: OfficeHost, namespace: string): Promise<string | null> {
  return host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await context.sync();
    // The rule does not see the load above through getByNamespace's collection.
    // eslint-disable-next-line office-addins/load-object-before-read
    const first = parts.items[0];
    if (first === undefined) return null;
    const xml = first.getXml();
    await context.sync();
    // A ClientResult is filled by the sync; it has nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
}

/** Replaces every part in `namespace` by one holding `xml` (null: removes them), in one batch. */
export function writeCustomXml(
  host: OfficeHost,
  namespace: string,
  xml: string | null
): Promise<void> {
  return host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read
    for (const part of parts.items) part.delete();
    if (xml !== null) context.workbook.customXmlParts.add(xml);
    await context.sync();
  });
}
