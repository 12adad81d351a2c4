/**
 * The roll-up as sheets: a summary of the files read, then one intake list per deciding
 * authority (STT, tên tập thể / cá nhân, chức vụ, đơn vị, cơ quan đề nghị, danh hiệu / hình thức,
 * căn cứ, kết quả bỏ phiếu), each row with its duplicate flag and the file it came from.
 */
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";
import { unusableReasonText } from "../messages/unusable-reason-text";
import { ROLLUP_LIST_SHEET, ROLLUP_SUMMARY_SHEET } from "../output/program-sheets";
import type { Rollup, RollupDuplicate, RollupVote } from "./rollup-proposals";

export { ROLLUP_SUMMARY_SHEET };

type RollupTexts = ReturnType<typeof sheetTexts>["rollup"];

function voteText(t: RollupTexts, vote: RollupVote | null): string {
  if (vote === null) return "";
  if (vote.members === null) return t.votesFor({ yes: vote.yes });
  const percent = Math.round((vote.yes / vote.members) * 1000) / 10;
  return t.voteShare({ yes: vote.yes, members: vote.members, percent });
}

function duplicateText(t: RollupTexts, duplicate: RollupDuplicate | null): string {
  if (duplicate === null) return "";
  return duplicate.kind === "of"
    ? t.duplicateOf({ line: duplicate.line, file: duplicate.file })
    : t.duplicateLater;
}

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

/** A sheet name Excel accepts, unique among `taken` (compared without case). */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || ROLLUP_LIST_SHEET;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** The roll-up's sheets, worded in `language` (Vietnamese by default). */
export function buildRollupSheets(
  rollup: Rollup,
  title: string,
  language: Language = "vi"
): OutputSheet[] {
  const t = sheetTexts(language).rollup;
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
          t.summary({
            files: rollup.files.length,
            lists: rollup.lists.map((l) => `${l.authority}: ${l.rows.length}`).join("; "),
          }),
          "note"
        ),
      ],
      [],
      t.filesHeader.map(h),
      ...rollup.files.map((f, i) => [
        c(i + 1, "number"),
        c(f.file),
        c(f.agency),
        c(f.year, "number"),
        c(f.rows, "number"),
        c(f.errors, "number"),
        c(
          f.unusable !== null
            ? t.unusable({ reason: unusableReasonText(f.unusable, language) })
            : f.repeats !== null
              ? t.repeats({ file: f.repeats })
              : f.errors > 0
                ? t.hasErrors
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
      [c(t.listTitle({ authority: list.authority }), "title")],
      [c(title, "note")],
      [],
      t.listHeader.map(h),
      ...list.rows.map((r, i) => [
        c(i + 1, "number"),
        c(r.name),
        c(r.position),
        c(r.unit),
        c(r.agency),
        c(r.award),
        c(r.grounds),
        c(voteText(t, r.vote)),
        c(duplicateText(t, r.duplicate), r.duplicate === null ? "cell" : "flag"),
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
