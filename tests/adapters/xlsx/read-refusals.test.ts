/**
 * The reader's refusals (issue 10 item 1): every code has an example here and is worded in both
 * languages; the Vietnamese is the text the reader has always printed (pinned below, since the
 * CLI's Vietnamese output must not change); the English speaks English (quoted part and sheet
 * names aside); the errors carry the refusal and word their message in Vietnamese.
 */
import { READ_REFUSALS_EN } from "../../../src/adapters/xlsx/messages/read-refusals.en";
import { READ_REFUSALS_VI } from "../../../src/adapters/xlsx/messages/read-refusals.vi";
import {
  wordReadRefusal,
  type ReadRefusal,
  type ReadRefusalCode,
} from "../../../src/adapters/xlsx/read-refusal";
import { XlsxFormatError, XlsxLimitError } from "../../../src/adapters/xlsx/xlsx-format-error";
import { VIETNAMESE_LETTERS } from "../../support/vietnamese-letters";

/** One example of each code (a missing code does not compile) and its Vietnamese wording. */
const EXAMPLES: {
  readonly [C in ReadRefusalCode]: readonly [Extract<ReadRefusal, { code: C }>["params"], string];
} = {
  "not-regular-file": [
    {},
    "không phải tệp thường (thư mục, thiết bị hay đường ống), không đọc được",
  ],
  "legacy-xls-or-encrypted": [
    {},
    "tệp là sổ Excel cũ (.xls) hoặc được đặt mật khẩu mở; hãy lưu lại dưới dạng .xlsx không mật khẩu",
  ],
  "not-xlsx": [
    { missing: "[Content_Types].xml" },
    "tệp không phải sổ Excel .xlsx (thiếu [Content_Types].xml)",
  ],
  zip64: [{}, "tệp .xlsx dùng định dạng ZIP64, chưa được hỗ trợ"],
  "broken-zip": [
    { reason: "no-directory" },
    "tệp .xlsx bị hỏng (không tìm thấy mục lục zip; tệp có thể bị cắt cụt)",
  ],
  "broken-part": [
    { part: "xl/workbook.xml", reason: "inflate-too-long" },
    'tệp .xlsx bị hỏng (giải nén ra nhiều hơn kích thước đã khai ở phần "xl/workbook.xml")',
  ],
  "duplicate-entry": [
    { part: "xl/Workbook.xml", caseOnly: true },
    'tệp .xlsx bị hỏng (hai mục trùng tên "xl/Workbook.xml" (khác chữ hoa/thường))',
  ],
  "overlapping-parts": [
    { part: "b.xml", previous: "a.xml" },
    'tệp .xlsx bị hỏng (phần "b.xml" chồng lên phần "a.xml")',
  ],
  "encrypted-part": [
    { part: "a.xml" },
    'phần "a.xml" trong tệp bị mã hoá; hãy lưu lại không mật khẩu',
  ],
  "unknown-compression": [
    { part: "a.xml", method: 12 },
    'phần "a.xml" nén theo kiểu 12, không đọc được',
  ],
  "missing-sheet-part": [
    { sheet: "Cá nhân" },
    'tệp .xlsx bị hỏng: thiếu phần chứa trang "Cá nhân"',
  ],
  "missing-shared-strings": [
    {},
    "tệp .xlsx bị hỏng: thiếu phần chứa bảng chuỗi dùng chung (sharedStrings.xml)",
  ],
  "truncated-xml": [{}, "tệp .xlsx bị hỏng (một phần XML bị cắt cụt hoặc sai cú pháp)"],
  "truncated-sheet-xml": [
    { sheet: null },
    "tệp .xlsx bị hỏng: XML của trang tính bị cắt cụt hoặc sai cú pháp",
  ],
  "truncated-shared-strings": [
    {},
    "tệp .xlsx bị hỏng: bảng chuỗi dùng chung (sharedStrings.xml) bị cắt cụt hoặc sai cú pháp",
  ],
  "bad-row-number": [
    { sheet: "Đơn vị", text: "x1" },
    'tệp .xlsx bị hỏng: trang "Đơn vị" có số hàng không hợp lệ "x1"',
  ],
  "outside-grid": [
    {
      sheet: "Đơn vị",
      place: { kind: "cell", ref: "XFE1" },
      gridRows: 1_048_576,
      gridColumns: 16_384,
    },
    'tệp .xlsx bị hỏng: trang "Đơn vị" có ô XFE1 nằm ngoài lưới của Excel (1.048.576 hàng × 16.384 cột)',
  ],
  "file-too-large": [
    { bytes: 250 * 1024 * 1024, maxBytes: 200 * 1024 * 1024 },
    "tệp lớn 250 MB, vượt giới hạn 200 MB",
  ],
  "too-many-entries": [
    { entries: 20_001, maxEntries: 20_000 },
    "tệp có 20.001 mục nén, vượt giới hạn 20.000 mục",
  ],
  "part-too-large": [
    { part: "xl/sharedStrings.xml", bytes: 3 * 1024 ** 3, maxBytes: 1024 ** 3 },
    'phần "xl/sharedStrings.xml" khi giải nén lớn 3.072 MB, vượt giới hạn 1.024 MB cho một phần',
  ],
  "package-too-large": [
    { maxBytes: 2048 * 1024 * 1024 },
    "tệp khi giải nén lớn hơn 2.048 MB, vượt giới hạn cho cả sổ",
  ],
  "too-many-rows": [
    { sheet: "Cá nhân", rows: 1_000_001, maxRows: 1_000_000 },
    'trang "Cá nhân" có 1.000.001 hàng, vượt giới hạn 1.000.000 hàng',
  ],
  "too-many-columns": [
    { sheet: null, column: 2001, maxColumns: 2000 },
    "trang tính có ô ở cột 2.001, vượt giới hạn 2.000 cột",
  ],
  "too-many-cells": [
    { sheet: "Cá nhân", maxCells: 10_000_000 },
    'trang "Cá nhân" có hơn 10.000.000 ô, vượt giới hạn',
  ],
  "cell-too-long": [
    { sheet: "Cá nhân", chars: 100_001, maxChars: 100_000 },
    'trang "Cá nhân" có ô dài 100.001 ký tự, vượt giới hạn 100.000 ký tự',
  ],
  "shared-string-too-long": [
    { chars: 100_001, maxChars: 100_000 },
    "bảng chuỗi dùng chung có ô dài 100.001 ký tự, vượt giới hạn 100.000 ký tự",
  ],
};

const refusals: ReadRefusal[] = Object.entries(EXAMPLES).map(
  ([code, [params]]) => ({ code, params }) as ReadRefusal
);

/** Quoted names the English keeps as the file writes them. */
function withoutQuotedNames(text: string): string {
  return text.replace(/"[^"]*"/g, '""');
}

describe("reader refusal catalogues", () => {
  it("have the same codes in both languages, each with an example", () => {
    expect(Object.keys(READ_REFUSALS_EN).sort()).toEqual(Object.keys(READ_REFUSALS_VI).sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(READ_REFUSALS_VI).sort());
  });

  it.each(refusals.map((r) => [r.code, r] as const))(
    "%s: Vietnamese as the reader always worded it",
    (code, r) => {
      expect(wordReadRefusal(r, READ_REFUSALS_VI)).toBe(EXAMPLES[code][1]);
      expect(new XlsxFormatError(r).message).toBe(EXAMPLES[code][1]);
    }
  );

  it.each(refusals.map((r) => [r.code, r] as const))(
    "%s: English without Vietnamese",
    (_code, r) => {
      const english = wordReadRefusal(r, READ_REFUSALS_EN);
      expect(english.length).toBeGreaterThan(10);
      expect(english).not.toBe(wordReadRefusal(r, READ_REFUSALS_VI));
      expect(withoutQuotedNames(english)).not.toMatch(VIETNAMESE_LETTERS);
    }
  );

  it("words every reason of a broken zip and of a broken part, differently in each language", () => {
    const zipReasons = [
      "no-directory",
      "directory-outside-file",
      "directory-broken",
      "entry-count-mismatch",
    ] as const;
    const partReasons = [
      "stored-size-mismatch",
      "unreadable",
      "outside-file",
      "bad-crc",
      "inflate-broken",
      "inflate-too-long",
      "inflate-truncated",
      "inflate-size-mismatch",
    ] as const;
    const worded = [
      ...zipReasons.map((reason): ReadRefusal => ({ code: "broken-zip", params: { reason } })),
      ...partReasons.map((reason): ReadRefusal => ({
        code: "broken-part",
        params: { part: "a.xml", reason },
      })),
    ];
    for (const texts of [READ_REFUSALS_VI, READ_REFUSALS_EN]) {
      const lines = worded.map((r) => wordReadRefusal(r, texts));
      expect(new Set(lines).size).toBe(lines.length);
    }
    for (const r of worded)
      expect(wordReadRefusal(r, READ_REFUSALS_EN)).not.toMatch(VIETNAMESE_LETTERS);
    expect(wordReadRefusal(worded[4] as ReadRefusal, READ_REFUSALS_VI)).toBe(
      'tệp .xlsx bị hỏng (phần "a.xml" có kích thước không khớp)'
    );
  });

  it("words a place outside the grid as a row, a cell or a column", () => {
    const at = (place: { kind: "row"; row: string } | { kind: "column"; column: number }): string =>
      wordReadRefusal(
        {
          code: "outside-grid",
          params: { sheet: null, place, gridRows: 1_048_576, gridColumns: 16_384 },
        },
        READ_REFUSALS_VI
      );
    expect(at({ kind: "row", row: "0" })).toContain("trang tính có hàng 0 nằm ngoài");
    expect(at({ kind: "column", column: 16_385 })).toContain("có ô ở cột 16385 nằm ngoài");
  });

  it("carries the refusal on the error, a limit as an XlsxLimitError", () => {
    const limit = new XlsxLimitError({
      code: "too-many-cells",
      params: { sheet: null, maxCells: 5 },
    });
    expect(limit).toBeInstanceOf(XlsxFormatError);
    expect(limit.name).toBe("XlsxLimitError");
    expect(limit.refusal).toEqual({ code: "too-many-cells", params: { sheet: null, maxCells: 5 } });
    expect(limit.message).toBe("trang tính có hơn 5 ô, vượt giới hạn");
  });
});
