/**
 * Vietnamese wording of the reader's refusals: exactly the texts the reader has always printed
 * (tests and the CLI's Vietnamese output depend on them byte for byte). Browser-safe.
 */
import { count, megabytes } from "../read-limits";
import type {
  BrokenPartReason,
  BrokenZipReason,
  GridPlace,
  ReadRefusalTexts,
  SheetName,
} from "../read-refusal";

const where = (sheet: SheetName): string => (sheet === null ? "trang tính" : `trang "${sheet}"`);

const BROKEN_ZIP: Readonly<Record<BrokenZipReason, string>> = {
  "no-directory": "không tìm thấy mục lục zip; tệp có thể bị cắt cụt",
  "directory-outside-file": "mục lục zip nằm ngoài tệp",
  "directory-broken": "mục lục zip hỏng",
  "entry-count-mismatch": "số mục trong mục lục zip không khớp",
};

const BROKEN_PART: Readonly<Record<BrokenPartReason, (part: string) => string>> = {
  "stored-size-mismatch": (part) => `phần "${part}" có kích thước không khớp`,
  unreadable: (part) => `không đọc được phần "${part}"`,
  "outside-file": (part) => `phần "${part}" nằm ngoài tệp`,
  "bad-crc": (part) => `phần "${part}" sai mã kiểm tra CRC`,
  "inflate-broken": (part) => `không giải nén được phần "${part}"`,
  "inflate-too-long": (part) => `giải nén ra nhiều hơn kích thước đã khai ở phần "${part}"`,
  "inflate-truncated": (part) => `bị cắt cụt ở phần "${part}"`,
  "inflate-size-mismatch": (part) => `có kích thước không khớp ở phần "${part}"`,
};

const place = (p: GridPlace): string =>
  p.kind === "row" ? `hàng ${p.row}` : p.kind === "cell" ? `ô ${p.ref}` : `ô ở cột ${p.column}`;

export const READ_REFUSALS_VI: ReadRefusalTexts = {
  "not-regular-file": () =>
    "không phải tệp thường (thư mục, thiết bị hay đường ống), không đọc được",
  "legacy-xls-or-encrypted": () =>
    "tệp là sổ Excel cũ (.xls) hoặc được đặt mật khẩu mở; hãy lưu lại dưới dạng .xlsx không mật khẩu",
  "not-xlsx": (p) =>
    p.missing === null
      ? "tệp không phải sổ Excel .xlsx"
      : `tệp không phải sổ Excel .xlsx (thiếu ${p.missing})`,
  zip64: () => "tệp .xlsx dùng định dạng ZIP64, chưa được hỗ trợ",
  "broken-zip": (p) => `tệp .xlsx bị hỏng (${BROKEN_ZIP[p.reason]})`,
  "broken-part": (p) => `tệp .xlsx bị hỏng (${BROKEN_PART[p.reason](p.part)})`,
  "duplicate-entry": (p) =>
    p.caseOnly
      ? `tệp .xlsx bị hỏng (hai mục trùng tên "${p.part}" (khác chữ hoa/thường))`
      : `tệp .xlsx bị hỏng (hai mục cùng tên "${p.part}")`,
  "overlapping-parts": (p) => `tệp .xlsx bị hỏng (phần "${p.part}" chồng lên phần "${p.previous}")`,
  "encrypted-part": (p) => `phần "${p.part}" trong tệp bị mã hoá; hãy lưu lại không mật khẩu`,
  "unknown-compression": (p) => `phần "${p.part}" nén theo kiểu ${p.method}, không đọc được`,
  "missing-sheet-part": (p) => `tệp .xlsx bị hỏng: thiếu phần chứa trang "${p.sheet}"`,
  "missing-shared-strings": () =>
    "tệp .xlsx bị hỏng: thiếu phần chứa bảng chuỗi dùng chung (sharedStrings.xml)",
  "truncated-xml": () => "tệp .xlsx bị hỏng (một phần XML bị cắt cụt hoặc sai cú pháp)",
  "truncated-sheet-xml": (p) =>
    `tệp .xlsx bị hỏng: XML của ${where(p.sheet)} bị cắt cụt hoặc sai cú pháp`,
  "truncated-shared-strings": () =>
    "tệp .xlsx bị hỏng: bảng chuỗi dùng chung (sharedStrings.xml) bị cắt cụt hoặc sai cú pháp",
  "bad-row-number": (p) =>
    `tệp .xlsx bị hỏng: ${where(p.sheet)} có số hàng không hợp lệ "${p.text}"`,
  "outside-grid": (p) =>
    `tệp .xlsx bị hỏng: ${where(p.sheet)} có ${place(p.place)} nằm ngoài lưới của Excel (${count(p.gridRows)} hàng × ${count(p.gridColumns)} cột)`,
  "file-too-large": (p) => `tệp lớn ${megabytes(p.bytes)}, vượt giới hạn ${megabytes(p.maxBytes)}`,
  "too-many-entries": (p) =>
    `tệp có ${count(p.entries)} mục nén, vượt giới hạn ${count(p.maxEntries)} mục`,
  "part-too-large": (p) =>
    `phần "${p.part}" khi giải nén lớn ${megabytes(p.bytes)}, vượt giới hạn ${megabytes(p.maxBytes)} cho một phần`,
  "package-too-large": (p) =>
    `tệp khi giải nén lớn hơn ${megabytes(p.maxBytes)}, vượt giới hạn cho cả sổ`,
  "too-many-rows": (p) =>
    `${where(p.sheet)} có ${count(p.rows)} hàng, vượt giới hạn ${count(p.maxRows)} hàng`,
  "too-many-columns": (p) =>
    `${where(p.sheet)} có ô ở cột ${count(p.column)}, vượt giới hạn ${count(p.maxColumns)} cột`,
  "too-many-cells": (p) => `${where(p.sheet)} có hơn ${count(p.maxCells)} ô, vượt giới hạn`,
  "cell-too-long": (p) =>
    `${where(p.sheet)} có ô dài ${count(p.chars)} ký tự, vượt giới hạn ${count(p.maxChars)} ký tự`,
  "shared-string-too-long": (p) =>
    `bảng chuỗi dùng chung có ô dài ${count(p.chars)} ký tự, vượt giới hạn ${count(p.maxChars)} ký tự`,
};
