/**
 * The marks of Kiểm tra over Microsoft's office-addin-mock objects.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ObjectData } from "office-addin-mock/lib/objectData";
import { addMarks, MARK_TAG } from "../../../src/adapters/office/highlight";

// office-addin-mock only needs the OfficeApp names from office-addin-manifest, whose own
// dependencies are not loadable in this install (ajv 6 hoisted where ajv-draft-04 wants 8).
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

interface Added {
  areas: string;
  rule: { formula?: string };
  fill: { color?: string };
}

function mockSheet(name: string, added: Added[]): OfficeMockObject {
  const data = Object.assign(new ObjectData(), {
    name,
    getRanges: (areas: string) => ({
      conditionalFormats: {
        add: (type: string) => {
          expect(type).toBe("Custom");
          const entry: Added = { areas, rule: {}, fill: {} };
          added.push(entry);
          return {
            custom: { rule: entry.rule, format: { fill: entry.fill, font: {} } },
            priority: 9,
          };
        },
      },
    }),
    getRange: (address: string) => ({
      conditionalFormats: {
        add: () => {
          const entry: Added = { areas: address, rule: {}, fill: {} };
          added.push(entry);
          return {
            custom: { rule: entry.rule, format: { fill: entry.fill, font: {} } },
            priority: 9,
          };
        },
      },
    }),
  });
  return new OfficeMockObject(data);
}

describe("addMarks (office-addin-mock)", () => {
  it("adds one marker rule per severity over the cells' areas", async () => {
    const added: Added[] = [];
    const sheet = mockSheet("Cán bộ", added);
    sheet.load("name");
    await sheet.sync();
    const context = new OfficeMockObject(Object.assign(new ObjectData(), { workbook: {} }));
    const result = await addMarks(
      context as unknown as Excel.RequestContext,
      [sheet as unknown as Excel.Worksheet],
      [
        { sheet: "Cán bộ", cell: "b7", severity: "error" },
        { sheet: "Cán bộ", cell: "C9", severity: "warning" },
        { sheet: "Cán bộ", cell: "D2", severity: "error" },
      ],
      true
    );
    expect(result).toEqual({ highlighted: 3, skippedSheets: [] });
    expect(added.map((a) => a.areas)).toEqual(["B7,D2", "C9"]);
    expect(added.every((a) => a.rule.formula?.includes(MARK_TAG))).toBe(true);
    expect(added.map((a) => a.fill.color)).toEqual(["#FFC7CE", "#FFEB9C"]);
  });

  it("falls back to one rule per cell without ExcelApi 1.9, and skips sheets it cannot mark", async () => {
    const added: Added[] = [];
    const sheet = mockSheet("Bình xét", added);
    sheet.load("name");
    await sheet.sync();
    const context = new OfficeMockObject(Object.assign(new ObjectData(), { workbook: {} }));
    const result = await addMarks(
      context as unknown as Excel.RequestContext,
      [sheet as unknown as Excel.Worksheet],
      [
        { sheet: "Bình xét", cell: "D3", severity: "error" },
        { sheet: "Bình xét", cell: "D4", severity: "error" },
        { sheet: "ĐK-VP", cell: "B2", severity: "warning" },
      ],
      false
    );
    expect(result).toEqual({ highlighted: 2, skippedSheets: ["ĐK-VP"] });
    expect(added.map((a) => a.areas)).toEqual(["D3", "D4"]);
  });
});
