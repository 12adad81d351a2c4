/**
 * The roll-up as sheets: a summary of the files read, then one intake list per deciding
 * authority (STT, tên tập thể / cá nhân, chức vụ, đơn vị, cơ quan đề nghị, danh hiệu / hình thức,
 * căn cứ, kết quả bỏ phiếu), each row with its duplicate flag and the file it came from.
 */
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import type { Rollup } from "./rollup-proposals";

/** Name of the summary sheet. */
export const ROLLUP_SUMMARY_SHEET = "Tổng hợp";

const STYLES = {
  title: { bold: true, fontSize: 13, align: "center" },
  note: { italic: true, color: "595959" },
  header: {
    bold: true,
    fill: "DDEBF7",
    border: true,
    wrap: true,
    align: "center",
    valign: "middle",
  },
  cell: { border: true, valign: "top", wrap: true, numberFormat: "@" },
  number: { border: true, valign: "top", align: "center" },
  flag: { border: true, valign: "top", wrap: true, color: "C00000", bold: true },
} as const;

const LIST_HEADERS = [
  "STT",
  "Tên tập thể / cá nhân",
  "Chức vụ",
  "Đơn vị",
  "Cơ quan đề nghị",
  "Danh hiệu / hình thức",
  "Căn cứ",
  "Kết quả bỏ phiếu",
  "Trùng lặp",
  "Tệp nguồn",
  "Mã trong sổ",
];

/** A sheet name Excel accepts, unique among `taken` (compared without case). */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "Danh sách";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

export function buildRollupSheets(rollup: Rollup, title: string): OutputSheet[] {
  const h = (value: string): SpecCell => ({ value, style: "header" });
  const c = (value: string | number | null, style = "cell"): SpecCell => ({ value, style });
  const taken = new Set<string>([ROLLUP_SUMMARY_SHEET.toLowerCase()]);
  const summary: OutputSheet = {
    name: ROLLUP_SUMMARY_SHEET,
    styles: STYLES,
    columnWidths: [6, 34, 40, 8, 12, 10, 50],
    rows: [
      [c(title, "title")],
      [
        c(
          `${rollup.files.length} tệp; ${rollup.lists.map((l) => `${l.authority}: ${l.rows.length}`).join("; ") || "không có đề nghị nào vượt thẩm quyền Sở"}`,
          "note"
        ),
      ],
      [],
      [h("STT"), h("Tệp"), h("Cơ quan"), h("Năm"), h("Số đề nghị"), h("Số lỗi"), h("Ghi chú")],
      ...rollup.files.map((f, i) => [
        c(i + 1, "number"),
        c(f.file),
        c(f.agency),
        c(f.year, "number"),
        c(f.rows, "number"),
        c(f.errors, "number"),
        c(
          f.unusable !== null
            ? `Không đọc được: ${f.unusable}`
            : f.repeats !== null
              ? `Trùng sổ với tệp ${f.repeats}; không lấy lại`
              : f.errors > 0
                ? "Sổ còn lỗi: cơ quan cần kiểm tra lại"
                : "",
          f.unusable !== null || f.repeats !== null ? "flag" : "cell"
        ),
      ]),
    ],
    merges: ["A1:G1"],
    freezeRows: 4,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, pageNumbers: true },
  };
  const lists = rollup.lists.map((list): OutputSheet => ({
    name: sheetName(list.authority, taken),
    styles: STYLES,
    columnWidths: [6, 26, 18, 22, 26, 28, 44, 14, 22, 22, 10],
    rows: [
      [
        c(
          `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG THUỘC THẨM QUYỀN ${list.authority.toLocaleUpperCase("vi")}`,
          "title"
        ),
      ],
      [c(title, "note")],
      [],
      LIST_HEADERS.map(h),
      ...list.rows.map((r, i) => [
        c(i + 1, "number"),
        c(r.name),
        c(r.position),
        c(r.unit),
        c(r.agency),
        c(r.award),
        c(r.grounds),
        c(r.vote),
        c(r.duplicate, r.duplicate === "" ? "cell" : "flag"),
        c(r.file),
        c(r.subject),
      ]),
    ],
    merges: ["A1:K1"],
    freezeRows: 4,
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: [4, 4],
      fitToWidth: true,
      pageNumbers: true,
    },
  }));
  return [summary, ...lists];
}
