/**
 * The workbook's custom XML parts (customXml/itemN.xml, related from the workbook part), found by
 * the namespace of their root element — the same parts Office.js lists as
 * `workbook.customXmlParts`. The program keeps its lock record and its log state there.
 * Browser-safe.
 */
import { OpcPackage, relativeTarget, relsPathOf } from "./opc-package";
import { findWorkbookPath, readRelationships } from "./workbook-structure";
import { attr, escapeXml, findTags } from "./xml-text";

const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The root element's default namespace of an XML text, or null. */
function rootNamespace(xml: string): string | null {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0];
  return root === undefined ? null : attr(root, "xmlns");
}

/** Paths of the workbook's custom XML items whose root is in `namespace`. */
function itemsOf(pkg: OpcPackage, namespace: string): string[] {
  const wb = findWorkbookPath(pkg);
  return readRelationships(pkg, wb)
    .filter((r) => r.type === REL_CUSTOM_XML && !r.external && pkg.has(r.path))
    .map((r) => r.path)
    .filter((path) => rootNamespace(pkg.getText(path) ?? "") === namespace);
}

/** The XML of the first custom part in `namespace`, or null. */
export function readCustomXmlPart(pkg: OpcPackage, namespace: string): string | null {
  const path = itemsOf(pkg, namespace)[0];
  return path === undefined ? null : (pkg.getText(path) ?? null);
}

/**
 * Replaces every custom part in `namespace` by one holding `xml` (mutating the package); null
 * deletes them.
 */
export function writeCustomXmlPart(pkg: OpcPackage, namespace: string, xml: string | null): void {
  const wb = findWorkbookPath(pkg);
  const wbRelsPath = relsPathOf(wb);
  let wbRels = pkg.getText(wbRelsPath) ?? "";
  let contentTypes = pkg.getText("[Content_Types].xml") ?? "";
  for (const path of itemsOf(pkg, namespace)) {
    for (const rel of readRelationships(pkg, path)) {
      if (rel.type === REL_CUSTOM_XML_PROPS) {
        pkg.delete(rel.path);
        contentTypes = contentTypes.replace(
          new RegExp(`<Override[^>]*PartName="/${rel.path.replace(/[.]/g, "\\.")}"[^>]*/>`),
          ""
        );
      }
    }
    pkg.delete(relsPathOf(path));
    pkg.delete(path);
    const target = relativeTarget(wb, path);
    wbRels = wbRels.replace(
      new RegExp(`<Relationship[^>]*Target="${escapeXml(target).replace(/[.]/g, "\\.")}"[^>]*/>`),
      ""
    );
  }
  if (xml !== null) {
    const used = new Set(pkg.paths().map((p) => p.toLowerCase()));
    let n = 1;
    while (used.has(`customxml/item${n}.xml`) || used.has(`customxml/itemprops${n}.xml`)) n++;
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    pkg.set(item, xml);
    pkg.set(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
        `<ds:datastoreItem ds:itemID="{${itemId(namespace, n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
        `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`
    );
    pkg.set(
      relsPathOf(item),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`
    );
    if (!/<Default[^>]*Extension="xml"/i.test(contentTypes)) {
      contentTypes = contentTypes.replace(
        "</Types>",
        `<Default Extension="xml" ContentType="application/xml"/></Types>`
      );
    }
    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/${props}" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`
    );
    const ids = new Set(findTags(wbRels, "Relationship").map((t) => attr(t, "Id")));
    let id = 1;
    while (ids.has(`rId${id}`)) id++;
    const rel = `<Relationship Id="rId${id}" Type="${REL_CUSTOM_XML}" Target="${escapeXml(relativeTarget(wb, item))}"/>`;
    wbRels = /<Relationships[^>]*\/>/.test(wbRels)
      ? wbRels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
      : wbRels.replace("</Relationships>", `${rel}</Relationships>`);
  }
  pkg.set(wbRelsPath, wbRels);
  pkg.set("[Content_Types].xml", contentTypes);
}

/** A GUID-shaped id derived from the namespace and slot (no randomness: same input, same bytes). */
function itemId(namespace: string, n: number): string {
  let h = 2166136261;
  for (const ch of `${namespace}#${n}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = h.toString(16).padStart(8, "0").repeat(4).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
