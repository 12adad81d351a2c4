/**
 * The workbook's skeleton: where workbook.xml is, its sheets in tab order with their parts, and
 * the date system. Browser-safe.
 */
import { attr, attrValues, attributes, decodeEntities, findTags } from "./xml-text";
import { OpcPackage, XlsxFormatError, relsPathOf, resolveTarget } from "./opc-package";

export const REL_OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const REL_WORKSHEET =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_STYLES =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const REL_SHARED_STRINGS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
export const REL_TABLE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** Resolved package path of the target (for internal targets). */
  readonly path: string;
  readonly external: boolean;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Package path of the sheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
  /** Worksheets hold cells; chart sheets and dialog sheets do not. */
  readonly isWorksheet: boolean;
}

export interface WorkbookStructure {
  readonly workbookPath: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly relationships: readonly Relationship[];
}

/** Reads the relationships of a part (empty when it has none). */
export function readRelationships(pkg: OpcPackage, part: string): Relationship[] {
  const xml = pkg.getText(relsPathOf(part));
  if (xml === undefined) return [];
  return findTags(xml, "Relationship").map((tag) => {
    const values = attrValues(tag);
    const target = values.get("Target") ?? "";
    const external = values.get("TargetMode") === "External";
    return {
      id: values.get("Id") ?? "",
      type: values.get("Type") ?? "",
      target,
      path: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/** The workbook part's path, from the package relationships (usually xl/workbook.xml). */
export function findWorkbookPath(pkg: OpcPackage): string {
  const rel = readRelationships(pkg, "").find(
    (r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith("/officeDocument")
  );
  const path = rel?.path ?? "xl/workbook.xml";
  if (!pkg.has(path))
    throw new XlsxFormatError({ code: "not-xlsx", params: { missing: "workbook.xml" } });
  return path;
}

export function readWorkbookStructure(pkg: OpcPackage): WorkbookStructure {
  const workbookPath = findWorkbookPath(pkg);
  const xml = pkg.getText(workbookPath) ?? "";
  const relationships = readRelationships(pkg, workbookPath);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = findTags(xml, "sheet").map((tag) => {
    const values = attrValues(tag);
    const relId = values.get("r:id") ?? relIdWithAnyPrefix(tag);
    const rel = byId.get(relId);
    return {
      name: values.get("name") ?? "",
      sheetId: Number(values.get("sheetId") ?? "0"),
      relId,
      path: rel?.path ?? "",
      isWorksheet: rel !== undefined && rel.type.endsWith("/worksheet"),
    };
  });
  const pr = findTags(xml, "workbookPr")[0];
  const d1904 = pr === undefined ? null : attr(pr, "date1904");
  return {
    workbookPath,
    sheets,
    date1904: d1904 === "1" || d1904 === "true",
    relationships,
  };
}

// Some writers bind the relationships namespace to another prefix than "r".
function relIdWithAnyPrefix(tag: string): string {
  for (const [key, value] of attributes(tag)) {
    if (key.endsWith(":id") && !key.startsWith("xmlns")) return decodeEntities(value);
  }
  return "";
}
