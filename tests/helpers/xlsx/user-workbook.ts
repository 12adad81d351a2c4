/**
 * A user's workbook with the parts exceljs drops or rewrites on a round trip: a data validation,
 * conditional formatting, a note, defined names (written by exceljs), plus a chart with its
 * drawing and a custom XML part added with fflate. The writer must leave all of them as they are.
 */
import ExcelJS from "exceljs";
import {
  addContentType,
  setText,
  text,
  unzipParts,
  workbookBytes,
  zipParts,
} from "./package-parts";

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Biểu đồ'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export async function userWorkbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Dữ liệu");
  data.getRow(1).values = ["Mã", "Xếp loại", "Điểm"];
  for (let r = 2; r <= 6; r++)
    data.getRow(r).values = [`CB00${r}`, "Hoàn thành tốt nhiệm vụ", 80 + r];
  data.getCell("A1").note = "Ghi chú của người dùng: không được xoá";
  (
    data as unknown as { dataValidations: { add(range: string, v: object): void } }
  ).dataValidations.add("B2:B50", {
    type: "list",
    allowBlank: true,
    formulae: ['"Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ"'],
  });
  data.addConditionalFormatting({
    ref: "C2:C50",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: ["85"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  wb.definedNames.add("'Dữ liệu'!$A$2:$A$6", "DanhSachMa");
  const chart = wb.addWorksheet("Biểu đồ");
  chart.getRow(1).values = ["Đơn vị", "Điểm"];
  chart.getRow(2).values = ["VP", 94];
  chart.getRow(3).values = ["KHTC", 88.5];
  chart.getRow(4).values = ["QLKH", 92];
  wb.addWorksheet("kiểm tra").getCell("A1").value = "bản cũ do lần chạy trước ghi";

  const parts = unzipParts(await workbookBytes(wb));
  // The chart: drawing part related from sheet2, chart part related from the drawing.
  setText(parts, "xl/charts/chart1.xml", CHART_XML);
  setText(parts, "xl/drawings/drawing1.xml", DRAWING_XML);
  setText(
    parts,
    "xl/drawings/_rels/drawing1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`
  );
  setText(
    parts,
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rIdChart1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`
  );
  const sheet2 = text(parts, "xl/worksheets/sheet2.xml");
  setText(
    parts,
    "xl/worksheets/sheet2.xml",
    sheet2.replace("</worksheet>", '<drawing r:id="rIdChart1"/></worksheet>')
  );
  addContentType(
    parts,
    "/xl/charts/chart1.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  );
  addContentType(
    parts,
    "/xl/drawings/drawing1.xml",
    "application/vnd.openxmlformats-officedocument.drawing+xml"
  );
  // A custom XML part (e.g. document management metadata), related from the workbook.
  setText(
    parts,
    "customXml/item1.xml",
    '<?xml version="1.0"?><hoSo xmlns="urn:vanthu"><soHieu>125/SKHCN</soHieu></hoSo>'
  );
  setText(
    parts,
    "customXml/itemProps1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C1A7E0B-5D8B-4C1E-9B0E-2F1B1D1E7A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
  );
  setText(
    parts,
    "customXml/_rels/item1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`
  );
  addContentType(
    parts,
    "/customXml/itemProps1.xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
  );
  const wbRels = text(parts, "xl/_rels/workbook.xml.rels");
  setText(
    parts,
    "xl/_rels/workbook.xml.rels",
    wbRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdCustom1" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`
    )
  );
  return zipParts(parts);
}
