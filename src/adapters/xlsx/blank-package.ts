/**
 * The smallest valid .xlsx package with no sheet yet; `tdkt init` puts the register's input
 * sheets into it with the same writer that adds output sheets to users' workbooks, so a new
 * register and an output sheet are drawn by one renderer. Browser-safe.
 */
import { OpcPackage } from "./opc-package";
import { DEFAULT_READ_LIMITS } from "./read-limits";
import { portableZipCodec, type ZipCodec } from "./zip-codec";
import { BLANK_STYLES_XML } from "./styles-writer";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function blankPackage(codec: ZipCodec = portableZipCodec): OpcPackage {
  return OpcPackage.fromParts(
    {
      "[Content_Types].xml":
        XML_DECL +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        "</Types>",
      "_rels/.rels":
        XML_DECL +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
        "</Relationships>",
      "docProps/app.xml":
        XML_DECL +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        "<Application>Microsoft Excel</Application>" +
        '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
        '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts>' +
        "</Properties>",
      "xl/workbook.xml":
        XML_DECL +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<workbookPr defaultThemeVersion="124226"/>' +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>' +
        "<sheets/>" +
        '<calcPr calcId="191029"/>' +
        "</workbook>",
      "xl/_rels/workbook.xml.rels":
        XML_DECL +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        "</Relationships>",
      "xl/styles.xml": BLANK_STYLES_XML,
    },
    DEFAULT_READ_LIMITS,
    codec
  );
}
