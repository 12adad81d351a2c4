import {
  pageBreakRows,
  pageNumberFooter,
  type OutputSheet,
  type PrintSetup,
} from "../../../src/domain/output/sheet-spec";

const sheet = (pageBreaksBefore?: readonly number[]): OutputSheet => ({
  name: "S",
  styles: {},
  columnWidths: [],
  rows: [],
  ...(pageBreaksBefore === undefined ? {} : { pageBreaksBefore }),
});

describe("pageBreakRows", () => {
  it.each([
    [undefined, []],
    [[], []],
    [
      [30, 5, 30, 1, 0, -2, 2.5, 1_048_577, 1_048_576],
      [5, 30, 1_048_576],
    ],
  ])("%j → %j", (breaks, rows) => {
    expect(pageBreakRows(sheet(breaks))).toEqual(rows);
  });
});

describe("pageNumberFooter", () => {
  const print: PrintSetup = { orientation: "landscape", paper: "A4", pageNumbers: true };
  it.each([
    [undefined, "Trang &P / &N"],
    [{ name: "Times New Roman", size: 12 }, '&"Times New Roman,Regular"&12Trang &P / &N'],
    // Characters that would break the code are dropped; a bad size means no font code.
    [{ name: 'A"&B', size: 11.4 }, '&"AB,Regular"&11Trang &P / &N'],
    [{ name: "Arial", size: 0 }, "Trang &P / &N"],
    [{ name: "", size: 12 }, "Trang &P / &N"],
  ])("font %j → %s", (pageNumberFont, footer) => {
    expect(
      pageNumberFooter(pageNumberFont === undefined ? print : { ...print, pageNumberFont })
    ).toBe(footer);
  });
});
