/**
 * Puts output sheets INTO an existing .xlsx package: adds or replaces only those sheets and the
 * few parts that must list them (workbook.xml, its rels, [Content_Types].xml, styles.xml,
 * docProps/app.xml); every other part keeps its exact bytes (charts, custom XML, notes, the
 * user's validations, conditional formats and defined names). Browser-safe.
 *
 * Why not exceljs: it rewrites the whole package and drops what it does not model.
 */
import { foldKey } from "../../domain/text/normalize";
import { cellAddress } from "../../domain/grid";
import type { CellStyle, OutputSheet } from "../../domain/output/sheet-spec";
import { OpcPackage, relativeTarget, relsPathOf } from "./opc-package";
import {
  REL_STYLES,
  REL_TABLE,
  REL_WORKSHEET,
  readRelationships,
  readWorkbookStructure,
  type SheetEntry,
} from "./workbook-structure";
import { BLANK_STYLES_XML, addStyles } from "./styles-writer";
import { digitPixels } from "./digit-width";
import {
  MAIN_NS,
  REL_NS,
  printTitlesFormula,
  rangeEnds,
  renderSheetXml,
  renderTableXml,
  Utf8Sink,
  sheetBytesGuess,
  writeSheetXml,
} from "./sheet-xml";
import { attr, attributes, decodeEntities, escapeXml, findTags } from "./xml-text";
import {
  CT_CHART,
  CT_DRAWING,
  REL_CHART,
  REL_DRAWING,
  renderChartXml,
  renderDrawingXml,
} from "./chart-xml";

const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PutSheetsResult {
  readonly created: readonly string[];
  readonly replaced: readonly string[];
  readonly skipped: readonly string[];
}

/**
 * Writes sheets into the package (mutating it). `replace`: a sheet with the same name (compared
 * after NFC and case folding) is rewritten in place, at its tab position. `skip-existing`: such a
 * sheet is left alone and reported as skipped.
 */
export function putSheets(
  pkg: OpcPackage,
  sheets: readonly OutputSheet[],
  mode: "replace" | "skip-existing"
): PutSheetsResult {
  for (const sheet of sheets) assertSheetName(sheet.name);
  const created: string[] = [];
  const replaced: string[] = [];
  const skipped: string[] = [];
  const structure = readWorkbookStructure(pkg);
  // A Strict OOXML workbook gets its new parts in Strict namespaces too.
  const strict = structure.relationships.some((r) => r.type.startsWith(STRICT_PREFIX));
  const rel = (type: string): string => (strict ? strictRelType(type) : type);
  const ns = (xml: string): string => (strict ? strictNamespaces(xml) : xml);
  const wbPath = structure.workbookPath;
  let workbookXml = pkg.getText(wbPath) ?? "";
  let wbRels = pkg.getText(relsPathOf(wbPath)) ?? emptyRels();
  let contentTypes = pkg.getText("[Content_Types].xml") ?? "";
  const entries: SheetEntry[] = [...structure.sheets];

  const toWrite: { sheet: OutputSheet; path: string; index: number }[] = [];
  const newTitles: string[] = [];
  for (const sheet of sheets) {
    const key = foldKey(sheet.name);
    const index = entries.findIndex((e) => foldKey(e.name) === key);
    const existing = entries[index];
    if (existing !== undefined) {
      if (mode === "skip-existing" || !existing.isWorksheet) {
        skipped.push(sheet.name);
        continue;
      }
      contentTypes = dropSheetParts(pkg, existing.path, contentTypes);
      workbookXml = removeDefinedName(workbookXml, "_xlnm.Print_Titles", index);
      if (existing.name !== sheet.name)
        workbookXml = renameSheet(workbookXml, existing, sheet.name);
      toWrite.push({ sheet, path: existing.path, index });
      replaced.push(sheet.name);
      continue;
    }
    const path = freePath(pkg, "xl/worksheets/sheet", ".xml");
    const relId = freeRelId(wbRels);
    const sheetId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
    wbRels = addRelationship(wbRels, relId, rel(REL_WORKSHEET), relativeTarget(wbPath, path));
    contentTypes = addOverride(contentTypes, path, CT_WORKSHEET);
    workbookXml = addSheetEntry(workbookXml, sheet.name, sheetId, relId, sheet.hidden === true);
    // Reserve the path now so the next new sheet gets another one.
    pkg.set(path, "");
    entries.push({ name: sheet.name, sheetId, relId, path, isWorksheet: true });
    toWrite.push({ sheet, path, index: entries.length - 1 });
    newTitles.push(sheet.name);
    created.push(sheet.name);
  }
  if (toWrite.length === 0) return { created, replaced, skipped };

  // Styles: one pass for every sheet, keys namespaced by sheet so equal keys may differ.
  let stylesPath = structure.relationships.find((r) => r.type.endsWith("/styles"))?.path;
  if (stylesPath === undefined) {
    stylesPath = "xl/styles.xml";
    wbRels = addRelationship(
      wbRels,
      freeRelId(wbRels),
      rel(REL_STYLES),
      relativeTarget(wbPath, stylesPath)
    );
    contentTypes = addOverride(contentTypes, stylesPath, CT_STYLES);
  }
  const allStyles = new Map<string, CellStyle>();
  toWrite.forEach(({ sheet }, i) => {
    for (const [k, s] of Object.entries(sheet.styles)) allStyles.set(`${i}\u0000${k}`, s);
  });
  const styled = addStyles(pkg.getText(stylesPath) ?? BLANK_STYLES_XML, allStyles);
  if (styled.xml !== pkg.getText(stylesPath)) pkg.set(stylesPath, styled.xml);

  const digits = digitPixels(styled.xml);
  const tableNames = existingTableNames(pkg, workbookXml);
  let tableId = maxTableId(pkg);
  // One sink for every sheet, reserved at once for the largest.
  const sink = new Utf8Sink(
    Math.max(1 << 16, ...toWrite.map(({ sheet }) => sheetBytesGuess(sheet)))
  );
  toWrite.forEach(({ sheet: original, path, index }, i) => {
    const sheet = withValidTableRange(original);
    const styleIndex = new Map<string, number>();
    for (const k of Object.keys(sheet.styles)) {
      const idx = styled.index.get(`${i}\u0000${k}`);
      if (idx !== undefined) styleIndex.set(k, idx);
    }
    let tableRelId: string | undefined;
    let sheetRels = emptyRels();
    if (sheet.table !== undefined) {
      tableId++;
      const tablePath = freePath(pkg, "xl/tables/table", ".xml");
      const name = uniqueTableName(sheet.table.name, tableNames);
      tableNames.add(name.toLowerCase());
      pkg.set(tablePath, ns(renderTableXml(sheet, tableId, name)));
      contentTypes = addOverride(contentTypes, tablePath, CT_TABLE);
      tableRelId = freeRelId(sheetRels);
      sheetRels = addRelationship(
        sheetRels,
        tableRelId,
        rel(REL_TABLE),
        relativeTarget(path, tablePath)
      );
    }
    let drawingRelId: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      const chartParts = charts.map((chart) => renderChartXml(sheet, chart));
      const drawn = charts.filter((_c, k) => chartParts[k] !== null);
      if (drawn.length > 0) {
        const drawingPath = freePath(pkg, "xl/drawings/drawing", ".xml");
        pkg.set(drawingPath, "");
        let drawingRels = emptyRels();
        const relIds: string[] = [];
        for (const xml of chartParts) {
          if (xml === null) continue;
          const chartPath = freePath(pkg, "xl/charts/chart", ".xml");
          pkg.set(chartPath, xml);
          contentTypes = addOverride(contentTypes, chartPath, CT_CHART);
          const id = freeRelId(drawingRels);
          drawingRels = addRelationship(
            drawingRels,
            id,
            rel(REL_CHART),
            relativeTarget(drawingPath, chartPath)
          );
          relIds.push(id);
        }
        pkg.set(drawingPath, renderDrawingXml(drawn, relIds));
        pkg.set(relsPathOf(drawingPath), drawingRels);
        contentTypes = addOverride(contentTypes, drawingPath, CT_DRAWING);
        drawingRelId = freeRelId(sheetRels);
        sheetRels = addRelationship(
          sheetRels,
          drawingRelId,
          rel(REL_DRAWING),
          relativeTarget(path, drawingPath)
        );
      }
    }
    if (tableRelId !== undefined || drawingRelId !== undefined) {
      pkg.set(relsPathOf(path), sheetRels);
    }
    const renderOptions = { styleIndex, tableRelId, drawingRelId, digitPixels: digits };
    // Strict workbooks get their namespaces rewritten in the text. Others take the bytes as
    // built, deflated now: the package then holds 3 MB of compressed sheets instead of 24 MB of
    // XML on a 10,000-staff register, and the sink's buffer serves the next sheet.
    if (strict) {
      pkg.set(path, ns(renderSheetXml(sheet, renderOptions)));
    } else {
      writeSheetXml(sheet, renderOptions, sink);
      pkg.setDeflated(path, sink.bytes());
    }
    const titles = printTitlesFormula(sheet);
    if (titles !== null)
      workbookXml = addDefinedName(workbookXml, "_xlnm.Print_Titles", index, titles);
  });

  pkg.set(wbPath, workbookXml);
  pkg.set(relsPathOf(wbPath), wbRels);
  pkg.set("[Content_Types].xml", contentTypes);
  if (newTitles.length > 0) updateAppProperties(pkg, newTitles);
  return { created, replaced, skipped };
}

/** Excel's rules for sheet names; a bad name is a bug in the caller, so it throws. */
export function assertSheetName(name: string): void {
  if (name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`Invalid sheet name: "${name}"`);
  }
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (/<Relationships[^>]*\/>/.test(rels)) {
    return rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  }
  return rels.replace("</Relationships>", `${rel}</Relationships>`);
}

function freeRelId(rels: string): string {
  const used = new Set(findTags(rels, "Relationship").map((t) => attr(t, "Id")));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A part name not in use; OPC part names are compared without case. */
function freePath(pkg: OpcPackage, prefix: string, suffix: string): string {
  const used = new Set(pkg.paths().map((p) => p.toLowerCase()));
  let n = 1;
  while (used.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
  return `${prefix}${n}${suffix}`;
}

function addOverride(contentTypes: string, path: string, type: string): string {
  const partName = `/${path}`;
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace(
    "</Types>",
    `<Override PartName="${escapeXml(partName)}" ContentType="${type}"/></Types>`
  );
}

function removeOverride(contentTypes: string, path: string): string {
  return contentTypes.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(path)}"[^>]*/>`), "");
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Before a sheet part is rewritten: drop its relationships and every part only it used (tables,
 * drawings with their charts, comments, VML drawings, printer settings…), with their own
 * relationships and content-type overrides. A part that anything else still refers to stays, and
 * so does everything it refers to; no other part is touched.
 */
function dropSheetParts(pkg: OpcPackage, sheetPath: string, contentTypes: string): string {
  const actual = new Map(pkg.paths().map((p) => [p.toLowerCase(), p]));
  const key = (path: string): string => path.toLowerCase();
  const internalTargets = (part: string): string[] =>
    readRelationships(pkg, part)
      .filter((r) => !r.external)
      .map((r) => key(r.path))
      .filter((k) => actual.has(k));

  // Everything the sheet reaches through relationships.
  const reached = new Set<string>();
  const queue = internalTargets(sheetPath);
  while (queue.length > 0) {
    const next = queue.pop();
    if (next === undefined || reached.has(next) || next === key(sheetPath)) continue;
    reached.add(next);
    queue.push(...internalTargets(actual.get(next) ?? next));
  }

  // Parts referred to from outside the sheet's own tree stay, with all they refer to (a source
  // skipped here because it was reached is visited by `keep` if it turns out to be kept).
  const kept = new Set<string>();
  const keep = (part: string): void => {
    if (!reached.has(part) || kept.has(part)) return;
    kept.add(part);
    for (const t of internalTargets(actual.get(part) ?? part)) keep(t);
  };
  for (const relsPath of pkg.paths()) {
    const source = sourceOfRels(relsPath);
    if (source === null) continue;
    const sourceKey = key(source);
    if (sourceKey === key(sheetPath) || (reached.has(sourceKey) && !kept.has(sourceKey))) continue;
    for (const t of internalTargets(source)) keep(t);
  }
  let ct = contentTypes;
  for (const part of reached) {
    if (kept.has(part)) continue;
    const path = actual.get(part) ?? part;
    pkg.delete(path);
    pkg.delete(relsPathOf(path));
    ct = removeOverride(ct, path);
  }
  pkg.delete(relsPathOf(sheetPath));
  return ct;
}

/** The part a .rels part belongs to ("" for the package's own), or null for other parts. */
function sourceOfRels(relsPath: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath);
  if (m === null) return null;
  return `${m[1] ?? ""}${m[2] ?? ""}`;
}

function mainPrefix(workbookXml: string): string {
  return /<(\w+:)?workbook[\s>]/.exec(workbookXml)?.[1] ?? "";
}

const STRICT_PREFIX = "http://purl.oclc.org/ooxml/";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** The Strict OOXML form of a transitional relationship type (same last segment). */
function strictRelType(type: string): string {
  return `${STRICT_REL_NS}/${type.slice(type.lastIndexOf("/") + 1)}`;
}

/** A part rendered in transitional namespaces, its root element moved to the Strict ones. */
function strictNamespaces(xml: string): string {
  return xml
    .replace(`xmlns="${MAIN_NS}"`, `xmlns="${STRICT_MAIN_NS}"`)
    .replace(`xmlns:r="${REL_NS}"`, `xmlns:r="${STRICT_REL_NS}"`);
}

/**
 * The prefix bound to the relationships namespace (transitional or Strict) on the workbook
 * element, binding one when there is none. Never a second `xmlns:r`: when `r` is taken by another
 * namespace, a free prefix is used.
 */
function relPrefix(workbookXml: string): { xml: string; prefix: string } {
  const open = findTags(workbookXml, "workbook")[0] ?? "";
  const bound = new Map<string, string>();
  for (const [key, value] of attributes(open)) {
    if (key.startsWith("xmlns:")) bound.set(key.slice(6), decodeEntities(value));
  }
  for (const [prefix, ns] of bound)
    if (ns === REL_NS || ns === STRICT_REL_NS) return { xml: workbookXml, prefix };
  let prefix = "r";
  for (let n = 2; bound.has(prefix); n++) prefix = `r${n}`;
  const strict = open.includes(STRICT_PREFIX);
  const ns = strict ? STRICT_REL_NS : REL_NS;
  const xml = workbookXml.replace(
    /<(\w+:)?workbook(?=[\s>/])/,
    (w) => `${w} xmlns:${prefix}="${ns}"`
  );
  return { xml, prefix };
}

function addSheetEntry(
  workbookXml: string,
  name: string,
  sheetId: number,
  relId: string,
  veryHidden = false
): string {
  const p = mainPrefix(workbookXml);
  const { xml, prefix } = relPrefix(workbookXml);
  const state = veryHidden ? ' state="veryHidden"' : "";
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} ${prefix}:id="${relId}"/>`;
  const selfClosed = new RegExp(`<${p}sheets\\s*/>`);
  if (selfClosed.test(xml)) return xml.replace(selfClosed, `<${p}sheets>${entry}</${p}sheets>`);
  return xml.replace(`</${p}sheets>`, `${entry}</${p}sheets>`);
}

function renameSheet(workbookXml: string, entry: SheetEntry, name: string): string {
  return workbookXml.replace(
    new RegExp(`(<(?:\\w+:)?sheet\\s[^>]*name=")${escapeRe(escapeXml(entry.name))}("[^>]*>)`),
    (_m, a: string, b: string) => `${a}${escapeXml(name)}${b}`
  );
}

function removeDefinedName(workbookXml: string, name: string, localSheetId: number): string {
  const re = new RegExp(
    `<(\\w+:)?definedName\\s[^>]*name="${escapeRe(name)}"[^>]*>[^<]*</(\\w+:)?definedName>`,
    "g"
  );
  return workbookXml.replace(re, (whole) =>
    attr(whole, "localSheetId") === String(localSheetId) ? "" : whole
  );
}

function addDefinedName(
  workbookXml: string,
  name: string,
  localSheetId: number,
  formula: string
): string {
  const p = mainPrefix(workbookXml);
  const entry = `<${p}definedName name="${name}" localSheetId="${localSheetId}">${escapeXml(formula)}</${p}definedName>`;
  const close = `</${p}definedNames>`;
  if (workbookXml.includes(close)) return workbookXml.replace(close, `${entry}${close}`);
  const selfClosed = new RegExp(`<${p}definedNames\\s*/>`);
  if (selfClosed.test(workbookXml)) {
    return workbookXml.replace(selfClosed, `<${p}definedNames>${entry}${close}`);
  }
  // definedNames goes after sheets/functionGroups/externalReferences, before calcPr and the rest.
  const after = [
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
  ];
  let at = -1;
  for (const el of after) {
    const m = new RegExp(`<${p}${el}[\\s/>]`).exec(workbookXml);
    if (m !== null && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = workbookXml.indexOf(`</${p}workbook>`);
  return `${workbookXml.slice(0, at)}<${p}definedNames>${entry}${close}${workbookXml.slice(at)}`;
}

function existingTableNames(pkg: OpcPackage, workbookXml: string): Set<string> {
  const names = new Set<string>();
  for (const path of pkg.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const tag = findTags(pkg.getText(path) ?? "", "table")[0];
    const name = tag === undefined ? null : attr(tag, "displayName");
    if (name !== null) names.add(name.toLowerCase());
  }
  for (const tag of findTags(workbookXml, "definedName")) {
    const name = attr(tag, "name");
    if (name !== null) names.add(name.toLowerCase());
  }
  return names;
}

function maxTableId(pkg: OpcPackage): number {
  let max = 0;
  for (const path of pkg.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const tag = findTags(pkg.getText(path) ?? "", "table")[0];
    max = Math.max(max, Number(tag === undefined ? 0 : (attr(tag, "id") ?? 0)));
  }
  return max;
}

/** Table names: letters, digits, "_" and ".", starting with a letter or "_", unique. */
function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
      .replace(/[^A-Za-z0-9_.]/g, "_")
      .replace(/^([^A-Za-z_])/, "_$1") || "Bang";
  let name = base;
  // Not a taken name, and nothing Excel could read as a cell reference (A1, R1C1, R, C).
  const looksLikeReference = (n: string): boolean =>
    /^[A-Za-z]{1,3}\d+$/.test(n) || /^R\d*C?\d*$/i.test(n) || /^C\d*$/i.test(n);
  for (let n = 2; taken.has(name.toLowerCase()) || looksLikeReference(name); n++) {
    name = `${base}_${n}`;
  }
  return name;
}

/** A table needs a header row and at least one data row. */
function withValidTableRange(sheet: OutputSheet): OutputSheet {
  if (sheet.table === undefined) return sheet;
  const [from, to] = rangeEnds(sheet.table.range);
  if (to.row > from.row) return sheet;
  const range = `${cellAddress(from.row, from.col)}:${cellAddress(from.row + 1, to.col)}`;
  return { ...sheet, table: { ...sheet.table, range } };
}

/** docProps/app.xml lists sheet titles; add the new ones when the list has the usual shape. */
function updateAppProperties(pkg: OpcPackage, titles: readonly string[]): void {
  const path = "docProps/app.xml";
  const xml = pkg.getText(path);
  if (xml === undefined) return;
  const heading =
    /(<vt:lpstr>(?:Worksheets|Trang tính)<\/vt:lpstr><\/vt:variant>\s*<vt:variant>\s*<vt:i4>)(\d+)(<\/vt:i4>)/.exec(
      xml
    );
  const parts = /(<TitlesOfParts>\s*<vt:vector size=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/.exec(
    xml
  );
  if (heading === null || parts === null) return;
  const sheetCount = Number(heading[2]);
  const entries = parts[4]?.match(/<vt:lpstr>[\s\S]*?<\/vt:lpstr>|<vt:lpstr\/>/g) ?? [];
  const added = titles.map((t) => `<vt:lpstr>${escapeXml(t)}</vt:lpstr>`);
  const merged = [...entries.slice(0, sheetCount), ...added, ...entries.slice(sheetCount)];
  let out = xml.replace(heading[0], `${heading[1]}${sheetCount + titles.length}${heading[3]}`);
  out = out.replace(
    /(<TitlesOfParts>\s*<vt:vector size=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/,
    (_m, a: string, _n: string, b: string, _body: string, c: string) =>
      `${a}${merged.length}${b}${merged.join("")}${c}`
  );
  pkg.set(path, out);
}
