import { digitPixels } from "../../../src/adapters/xlsx/digit-width";
import { BLANK_STYLES_XML } from "../../../src/adapters/xlsx/styles-writer";

const styles = (font: string): string =>
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2">${font}<font><b/><sz val="20"/><name val="Arial"/></font></fonts></styleSheet>`;

describe("digitPixels", () => {
  it.each([
    ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/></font>', 7],
    ['<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>', 8],
    ['<font><sz val="14"/><name val="Times New Roman"/></font>', 9],
    ['<font><sz val="10"/><name val="Arial"/></font>', 7],
    // Unknown fonts and broken sizes: Excel's usual unit.
    ['<font><sz val="11"/><name val="VNI-Times"/></font>', 7],
    ['<font><name val="Calibri"/></font>', 7],
    // The first font is the default: here the bold 20 pt Arial that follows.
    ["", 15],
  ])("%s → %i px", (font, px) => {
    expect(digitPixels(styles(font))).toBe(px);
  });

  it("reads the first font of the styles the writer creates, and survives no styles", () => {
    expect(digitPixels(BLANK_STYLES_XML)).toBe(8);
    expect(digitPixels(undefined)).toBe(7);
    expect(digitPixels("<styleSheet/>")).toBe(7);
  });
});
