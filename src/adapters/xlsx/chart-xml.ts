/**
 * Native Excel charts as package parts (issue 11): a drawing part anchoring one graphic frame per
 * chart, and one chart part (DrawingML chart) per chart, with the values cached so a viewer that
 * does not recalculate still shows them. Element order follows the ECMA-376 schema. Browser-safe.
 */
import { chartData } from "../../domain/output/chart-data";
import type { ChartSpec, OutputSheet } from "../../domain/output/sheet-spec";
import { REL_NS } from "./sheet-xml";
import { escapeXml, quoteSheetName } from "./xml-text";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const SPREADSHEET_DRAWING_NS =
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const REL_DRAWING = `${REL_NS}/drawing`;
export const REL_CHART = `${REL_NS}/chart`;
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** "B2:B9" on sheet "Báo cáo" → "'Báo cáo'!$B$2:$B$9". */
function absoluteRef(sheetName: string, range: string): string {
  const abs = range
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheetName(sheetName)}!${abs}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** The chart part of one chart; null when its data block is not a usable range. */
export function renderChartXml(sheet: OutputSheet, chart: ChartSpec): string | null {
  const data = chartData(sheet, chart);
  if (data === null) return null;
  const isLine = chart.kind === "line";
  const series = data.series
    .map((s, i) => {
      const tx = `<c:tx><c:strRef><c:f>${escapeXml(absoluteRef(sheet.name, s.nameCell))}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
      const cat = `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet.name, data.categoriesRange))}</c:f>${strCache(data.categories)}</c:strRef></c:cat>`;
      const val = `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet.name, s.valuesRange))}</c:f>${numCache(s.values)}</c:numRef></c:val>`;
      return isLine
        ? `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}<c:marker><c:symbol val="circle"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`
        : `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    })
    .join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot = isLine
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axIds}</c:barChart>`;
  const catPos = chart.kind === "bar" ? "l" : "b";
  const valPos = chart.kind === "bar" ? "b" : "l";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">` +
    '<c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title>${richText(chart.title)}<c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${chart.kind === "bar" ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/** The drawing part: one two-cell anchor per chart, `relIds[i]` naming chart i's part. */
export function renderDrawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const marker = (tag: string, p: { row: number; col: number }): string =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts
    .map(
      (chart, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Biểu đồ ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relIds[i] ?? ""}"/></a:graphicData></a:graphic>` +
        "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">${anchors}</xdr:wsDr>`
  );
}
