/**
 * Native charts written by the .xlsx writer (issue 11): the report's drawing and chart parts,
 * their relationships and content types, the chart XML against the required elements (and their
 * order) of the DrawingML chart schema, values cached from the sheet's own cells, every other part
 * kept byte for byte; LibreOffice opens the file when it is installed with Calc.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { JSDOM } from "jsdom";
import { XlsxFileAdapter } from "../../../src/adapters/xlsx/xlsx-file.adapter";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../../src/adapters/xlsx/xlsx-reader";
import { writeYearReport } from "../../../src/app/write-year-report";
import { unzipParts, text } from "../../helpers/xlsx/package-parts";
import { convertWithCalc } from "../../support/libreoffice";
import { CHILD_PROCESS_TIMEOUT } from "../../support/timeouts";

// LibreOffice runs as a child process (once, for the sample and the report) when it is installed.
jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.resolve(__dirname, "../../../assets/sample-register.xlsx");
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function parse(xml: string): Document {
  const dom = new JSDOM("");
  const doc = new dom.window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

function kids(el: Element): string[] {
  return Array.from(el.children).map((k) => k.localName);
}

/** `names` appear in this order among the children (schema sequence), each required one present. */
function expectSequence(el: Element, required: readonly string[], order: readonly string[]): void {
  const seen = kids(el).filter((k) => order.includes(k));
  for (const r of required) expect(seen).toContain(r);
  const positions = seen.map((k) => order.indexOf(k));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function child(el: Element, name: string): Element {
  const found = Array.from(el.children).find((k) => k.localName === name);
  if (found === undefined) throw new Error(`<${el.localName}> has no <${name}>`);
  return found;
}

async function reportBytes(): Promise<Uint8Array> {
  const port = await XlsxFileAdapter.open(SAMPLE);
  const result = await writeYearReport(port, {
    kind: "year-end",
    today: { year: 2024, month: 12, day: 1 },
  });
  expect(result.sheet).toBe("Báo cáo tổng kết");
  return port.toBytes();
}

describe("chart parts of the report sheet", () => {
  let parts: Record<string, Uint8Array>;
  let original: Record<string, Uint8Array>;
  let sheetPath: string;

  beforeAll(async () => {
    original = unzipParts(fs.readFileSync(SAMPLE));
    parts = unzipParts(await reportBytes());
    const pkg = OpcPackage.open(fs.readFileSync(SAMPLE));
    sheetPath = `xl/worksheets/sheet${pkg.paths().filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length + 1}.xml`;
  }, 60_000);

  it("adds a drawing with two charts, related from the sheet, with content types", () => {
    const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    const types = text(parts, "[Content_Types].xml");
    for (const c of charts) {
      expect(types).toContain(
        `<Override PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      );
    }
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"'
    );
    const sheetRels = text(parts, sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels");
    expect(sheetRels).toMatch(/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/);
    const drawingRels = text(parts, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const sheet = text(parts, sheetPath);
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  it("anchors each chart in the drawing with the schema's required elements", () => {
    const doc = parse(text(parts, "xl/drawings/drawing1.xml"));
    const anchors = Array.from(doc.getElementsByTagNameNS(XDR, "twoCellAnchor"));
    expect(anchors).toHaveLength(2);
    for (const a of anchors) {
      expect(kids(a)).toEqual(["from", "to", "graphicFrame", "clientData"]);
      const frame = child(a, "graphicFrame");
      expect(kids(frame)).toEqual(["nvGraphicFramePr", "xfrm", "graphic"]);
      expect(kids(child(a, "from"))).toEqual(["col", "colOff", "row", "rowOff"]);
    }
  });

  it.each([1, 2])("chart %i has the chart part's required elements in schema order", (n) => {
    const doc = parse(text(parts, `xl/charts/chart${n}.xml`));
    const space = doc.documentElement;
    expect(space.namespaceURI).toBe(C);
    expect(space.localName).toBe("chartSpace");
    expectSequence(
      space,
      ["chart"],
      [
        "date1904",
        "lang",
        "roundedCorners",
        "clrMapOvr",
        "chart",
        "spPr",
        "txPr",
        "externalData",
        "printSettings",
        "userShapes",
      ]
    );
    const chart = child(space, "chart");
    expectSequence(
      chart,
      ["plotArea"],
      [
        "title",
        "autoTitleDeleted",
        "pivotFmts",
        "view3D",
        "floor",
        "sideWall",
        "backWall",
        "plotArea",
        "legend",
        "plotVisOnly",
        "dispBlanksAs",
      ]
    );
    const plot = child(chart, "plotArea");
    const bar = child(plot, "barChart");
    expectSequence(
      bar,
      ["barDir", "ser", "axId"],
      [
        "barDir",
        "grouping",
        "varyColors",
        "ser",
        "dLbls",
        "gapWidth",
        "overlap",
        "serLines",
        "axId",
      ]
    );
    expect(kids(bar).filter((k) => k === "axId")).toHaveLength(2);
    for (const ser of Array.from(bar.children).filter((k) => k.localName === "ser")) {
      expectSequence(
        ser,
        ["idx", "order", "val"],
        [
          "idx",
          "order",
          "tx",
          "spPr",
          "invertIfNegative",
          "pictureOptions",
          "dPt",
          "dLbls",
          "trendline",
          "errBars",
          "cat",
          "val",
          "shape",
          "extLst",
        ]
      );
    }
    for (const ax of ["catAx", "valAx"]) {
      expectSequence(
        child(plot, ax),
        ["axId", "scaling", "axPos", "crossAx"],
        [
          "axId",
          "scaling",
          "delete",
          "axPos",
          "majorGridlines",
          "minorGridlines",
          "title",
          "numFmt",
          "majorTickMark",
          "minorTickMark",
          "tickLblPos",
          "spPr",
          "txPr",
          "crossAx",
          "crosses",
          "crossesAt",
          "crossBetween",
          "auto",
          "lblAlgn",
          "lblOffset",
          "noMultiLvlLbl",
        ]
      );
    }
    // Every axis id of the chart is defined by one axis.
    const ids = Array.from(bar.children)
      .filter((k) => k.localName === "axId")
      .map((k) => k.getAttribute("val"));
    const defined = ["catAx", "valAx"].map((a) =>
      child(child(plot, a), "axId").getAttribute("val")
    );
    expect(ids.sort()).toEqual(defined.sort());
  });

  it("caches the values of the sheet's own cells, referenced by absolute ranges", () => {
    const doc = parse(text(parts, "xl/charts/chart1.xml"));
    const ser = Array.from(doc.getElementsByTagNameNS(C, "ser"));
    expect(ser.map((s) => s.getElementsByTagNameNS(C, "v")[0]?.textContent)).toEqual([
      "Tự chấm",
      "Hội đồng chấm",
    ]);
    const council = ser[1];
    if (council === undefined) throw new Error("no council series");
    const f =
      council.getElementsByTagNameNS(C, "val")[0]?.getElementsByTagNameNS(C, "f")[0]?.textContent ??
      "";
    const m = /^'Báo cáo tổng kết'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f);
    expect(m).not.toBeNull();
    const grid = new XlsxReader(OpcPackage.fromParts(parts)).readGrid("Báo cáo tổng kết") ?? [];
    const first = Number(m?.[2]) - 1;
    const last = Number(m?.[4]) - 1;
    const cells = grid.slice(first, last + 1).map((r) => r[4] ?? null);
    const cached = Array.from(
      council.getElementsByTagNameNS(C, "val")[0]?.getElementsByTagNameNS(C, "pt") ?? []
    ).map((p) => [Number(p.getAttribute("idx")), Number(p.textContent)]);
    expect(cached.length).toBeGreaterThan(5);
    for (const [idx, v] of cached) expect(cells[idx ?? -1]).toBe(v);
  });

  it("keeps every part of the sample byte for byte except those that list sheets", () => {
    const listing = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "docProps/app.xml",
    ]);
    for (const [name, bytes] of Object.entries(original)) {
      if (listing.has(name)) continue;
      expect(Buffer.from(parts[name] ?? []).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("writes the report again without leaving the old drawing or charts behind", async () => {
    const port = XlsxFileAdapter.fromBytes(await reportBytes());
    await writeYearReport(port, { kind: "year-end", today: { year: 2024, month: 12, day: 1 } });
    const again = unzipParts(port.toBytes());
    expect(Object.keys(again).filter((p) => p.startsWith("xl/charts/"))).toHaveLength(2);
    expect(
      Object.keys(again).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))
    ).toHaveLength(1);
  }, 60_000);
});

describe("the report in LibreOffice", () => {
  it("opens and converts to PDF when LibreOffice Calc is installed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-lo-"));
    try {
      const file = path.join(dir, "report.xlsx");
      fs.writeFileSync(file, await reportBytes());
      // LibreOffice refuses broken charts: the report must convert whenever the sample does.
      const converted = convertWithCalc(SAMPLE, [file], dir, "pdf", 240_000);
      if (converted === null) {
        // No Calc here: nothing more can be checked on this machine.
        expect(fs.existsSync(path.join(dir, "sample-register.pdf"))).toBe(false);
        return;
      }
      expect([...converted]).toEqual([file]);
      expect(fs.statSync(path.join(dir, "report.pdf")).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
