/**
 * The `Đề nghị khen thưởng` sheet, laid out as an official Vietnamese list: agency and national
 * heading, title with the year, one section per title/award with the proposed people (by unit
 * order, then given name) and units, a signature block; then, apart, every entry not proposed
 * with its reasons so that the secretariat sees everything.
 */
import type { AwardKey, Register, Staff, Unit } from "../model";
import type { Proposal, ProposalStatus, SubjectKind } from "../report";
import {
  AUTHORITIES,
  AUTHORITY_TEXT,
  awardByKey,
  type Authority,
} from "../rulebook/award-catalogue";
import { compareCodes } from "../rulebook/compare-codes";
import { DEFAULT_RULEBOOK } from "../rulebook/default-rulebook";
import type { Rulebook } from "../rulebook/rule-definition";
import { groundTexts, reasonTexts, voteResultText } from "../messages/proposal-reason-text";
import { vietnameseNameOrder } from "../text/name-order";
import { draftMark, draftStyle, withDraftHeader } from "./draft-mark";
import { fittingScale, keepTogetherBreaks, type KeepTogether } from "./keep-together";
import { SheetRows, num, text } from "./sheet-rows";
import type { CellStyle, OutputSheet, PrintSetup, SpecCell } from "./sheet-spec";

import { PROPOSAL_SHEET_NAME } from "./program-sheets";
import { DOCUMENT_TEXTS } from "../messages/document-texts";
import { SHORT_BLANK } from "../messages/document-blanks";

export { PROPOSAL_SHEET_NAME };

/**
 * Column widths in Excel's character units (about one character of 12 pt Times New Roman each).
 * About 150 in all fit landscape A4 within our margins at 87% (the scale at which they fit in
 * LibreOffice too); wider columns would shrink every page. `Căn cứ` holds the usual "- Xếp loại năm …: Hoàn thành tốt nhiệm vụ" on one line.
 */
const WIDTHS = [5, 20, 14, 19, 20, 49, 13, 13];
const LAST = WIDTHS.length - 1;
const T = DOCUMENT_TEXTS.proposalList;
const HEADER = T.header;

const FONT = "Times New Roman";
const base = (style: CellStyle): CellStyle => ({ fontName: FONT, fontSize: 12, ...style });

const STYLES: Readonly<Record<string, CellStyle>> = {
  superior: base({ align: "center" }),
  agency: base({ bold: true, align: "center" }),
  nation: base({ bold: true, align: "center" }),
  motto: base({ bold: true, align: "center" }),
  place: base({ italic: true, align: "center" }),
  title: base({ bold: true, fontSize: 14, align: "center" }),
  subtitle: base({ italic: true, align: "center" }),
  header: base({ bold: true, border: true, align: "center", valign: "middle", wrap: true }),
  colNo: base({ italic: true, border: true, align: "center", fontSize: 11 }),
  section: base({ bold: true, border: true, valign: "middle" }),
  stt: base({ border: true, align: "center", valign: "top" }),
  text: base({ border: true, valign: "top", wrap: true, numberFormat: "@" }),
  signTitle: base({ bold: true, align: "center" }),
  signNote: base({ italic: true, align: "center" }),
  partTitle: base({ bold: true, border: true, align: "center", valign: "middle" }),
  partNote: base({ italic: true, border: true, align: "center", valign: "middle", wrap: true }),
  none: base({ italic: true, border: true }),
  draft: draftStyle(FONT),
};

const STATUS_TEXT: Readonly<Record<ProposalStatus, string>> = T.status;

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** "Hà Tĩnh" from "UBND tỉnh Hà Tĩnh", for the place-and-date line. */
function placeOf(superiorBody: string, agency: string): string {
  for (const source of [superiorBody, agency]) {
    const match = /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(source.trim());
    if (match?.[1]) return match[1].trim();
  }
  return "…………";
}

interface Context {
  readonly staff: ReadonlyMap<string, Staff>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly unitPosition: ReadonlyMap<string, number>;
  /** The people's name order (see vietnameseNameOrder). */
  readonly compareNames: (a: string, b: string) => number;
}

function unitOrder(ctx: Context, code: string): number {
  const unit = ctx.units.get(code);
  const position = ctx.unitPosition.get(code) ?? Number.MAX_SAFE_INTEGER;
  // `Thứ tự` first; units without one after, in sheet order.
  return unit?.order !== null && unit?.order !== undefined ? unit.order : 1e9 + position;
}

/** People by unit order then Vietnamese name order (given name first); units by unit order. */
function compareSubjects(ctx: Context, a: Proposal, b: Proposal): number {
  if (a.subjectKind !== b.subjectKind) return a.subjectKind === "individual" ? -1 : 1;
  if (a.subjectKind === "collective")
    return (
      unitOrder(ctx, a.subject) - unitOrder(ctx, b.subject) || compareCodes(a.subject, b.subject)
    );
  const pa = ctx.staff.get(a.subject);
  const pb = ctx.staff.get(b.subject);
  return (
    unitOrder(ctx, pa?.unitCode ?? "") - unitOrder(ctx, pb?.unitCode ?? "") ||
    compareCodes(pa?.unitCode ?? "", pb?.unitCode ?? "") ||
    ctx.compareNames(pa?.name ?? "", pb?.name ?? "") ||
    compareCodes(a.subject, b.subject)
  );
}

function voteText(p: Proposal): string {
  const vote = voteResultText([...p.grounds, ...p.reasons], "vi");
  if (vote !== null) return vote;
  return p.status === "awaiting_vote" ? T.notVoted : "";
}

function subjectCells(ctx: Context, p: Proposal): [string, string, string] {
  if (p.subjectKind === "collective") {
    return [ctx.units.get(p.subject)?.name ?? p.subject, "", ""];
  }
  const person = ctx.staff.get(p.subject);
  const unit = person ? ctx.units.get(person.unitCode) : undefined;
  return [person?.name ?? p.subject, person?.position ?? "", unit?.name ?? person?.unitCode ?? ""];
}

function sectionTitle(index: number, award: AwardKey, kind: SubjectKind, count: number): string {
  const info = awardByKey(award);
  // The deciding authority tells the reader which list goes where (the Sở's own decision, or a
  // proposal to the province or higher).
  return T.section({
    index: roman(index),
    title: info.form === "title",
    name: info.name.toLocaleUpperCase("vi"),
    decidedBy: info.decidedBy,
    count: String(count).padStart(2, "0"),
    individual: kind === "individual",
  });
}

/** "PHẦN II. ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH XÉT, QUYẾT ĐỊNH" or the Sở's own part. */
function partTitle(index: number, authority: Authority): string {
  const who = AUTHORITY_TEXT[authority].toLocaleUpperCase("vi");
  return authority === "GIAM_DOC_SO"
    ? T.partOwn({ index: roman(index), who })
    : T.partHigher({ index: roman(index), who });
}

/** Column (8): who acts next above the Sở, and whether it was only evaluated with a higher title. */
function noteText(p: Proposal): string {
  const notes: string[] = [];
  if (p.nextStep !== null) notes.push(p.nextStep);
  if (!p.pledged) notes.push(T.withHigherPledge);
  return notes.join("\n");
}

/**
 * Column (8) of the tracking part: the status, who decides when it is above the Sở (rules.md:
 * every proposal carries `decidedBy`) and, while it waits for the Sở's vote, who acts after it.
 */
function trackingNote(p: Proposal): string {
  const lines = [`${STATUS_TEXT[p.status]}${p.pledged ? "" : T.withHigher}`];
  if (p.decidedBy !== AUTHORITY_TEXT.GIAM_DOC_SO) lines.push(T.authority({ who: p.decidedBy }));
  if (p.status === "awaiting_vote" && p.nextStep !== null) lines.push(T.then({ step: p.nextStep }));
  return lines.join("\n");
}

/** The signature block under a part, kept on one page with the part's last entry. */
function signature(sheet: SheetRows, together: KeepTogether[]): void {
  const lastEntry = sheet.rows.length;
  sheet.add();
  const signRow = sheet.add([
    null,
    text(T.preparer, "signTitle"),
    null,
    null,
    null,
    text(T.director, "signTitle"),
  ]);
  sheet.merge(signRow, 1, 2);
  sheet.merge(signRow, 5, LAST);
  const noteRow = sheet.add([
    null,
    text(T.preparerNote, "signNote"),
    null,
    null,
    null,
    text(T.directorNote, "signNote"),
  ]);
  sheet.merge(noteRow, 1, 2);
  sheet.merge(noteRow, 5, LAST);
  together.push({ first: lastEntry, last: noteRow });
  for (let i = 0; i < 4; i++) sheet.add();
}

/**
 * Builds `Đề nghị khen thưởng`. `errors`: the register's errors; with any, the list is marked
 * "BẢN NHÁP — sổ còn N lỗi" under its title and in its printed header.
 */
export function buildProposalSheet(
  register: Register,
  proposals: readonly Proposal[],
  rulebook: Rulebook = DEFAULT_RULEBOOK,
  errors = 0
): OutputSheet {
  return buildProposalList(register, proposals, rulebook, errors).sheet;
}

/** One section of the list: a title or award for individuals or collectives, and its 1-based row. */
export interface ProposalListSection {
  readonly award: AwardKey;
  readonly kind: SubjectKind;
  readonly count: number;
  readonly row: number;
}

/** One part of the list (one deciding authority): its title row and last row, 1-based. */
export interface ProposalListPart {
  readonly authority: Authority;
  readonly row: number;
  readonly lastRow: number;
  readonly sections: readonly ProposalListSection[];
}

/** `Đề nghị khen thưởng` with where each part and section of the list is (for links to them). */
export function buildProposalList(
  register: Register,
  proposals: readonly Proposal[],
  rulebook: Rulebook = DEFAULT_RULEBOOK,
  errors = 0
): { readonly sheet: OutputSheet; readonly parts: readonly ProposalListPart[] } {
  const mark = draftMark(errors);
  const index: ProposalListPart[] = [];
  const { settings } = register;
  const ctx: Context = {
    staff: new Map(register.staff.map((s) => [s.code, s])),
    units: new Map(register.units.map((u) => [u.code, u])),
    unitPosition: new Map(register.units.map((u, i) => [u.code, i])),
    compareNames: vietnameseNameOrder(register.staff.map((s) => s.name)),
  };
  const keyOrder = new Map<AwardKey, number>(rulebook.rules.map((r, i) => [r.key, i]));
  const sheet = new SheetRows();

  // Agency heading on the left, national heading on the right.
  const left = (s: string, style: string): (SpecCell | null)[] => [
    text(s, style),
    null,
    null,
    null,
  ];
  const headingRows: [string, string, string, string][] = [
    [
      settings.superiorBody.toLocaleUpperCase("vi"),
      "superior",
      DOCUMENT_TEXTS.common.nation,
      "nation",
    ],
    [settings.agency.toLocaleUpperCase("vi"), "agency", DOCUMENT_TEXTS.common.motto, "motto"],
  ];
  for (const [l, ls, r, rs] of headingRows) {
    const row = sheet.add([...left(l, ls), text(r, rs)]);
    sheet.merge(row, 0, 3);
    sheet.merge(row, 4, LAST);
  }
  const date = settings.assessmentDate;
  const place = placeOf(settings.superiorBody, settings.agency);
  const dateText = date
    ? T.placeDate({
        place,
        day: String(date.day).padStart(2, "0"),
        month: String(date.month).padStart(2, "0"),
        year: String(date.year),
      })
    : T.placeDate({ place, day: SHORT_BLANK, month: SHORT_BLANK, year: SHORT_BLANK });
  const dateRow = sheet.add([null, null, null, null, text(dateText, "place")]);
  sheet.merge(dateRow, 4, LAST);
  sheet.add();
  const titleRow = sheet.add([text(T.title({ year: settings.year }), "title")]);
  sheet.merge(titleRow, 0, LAST);
  if (settings.campaign.trim() !== "")
    sheet.merge(sheet.add([text(`(${settings.campaign.trim()})`, "subtitle")]), 0, LAST);
  if (mark !== null) sheet.merge(sheet.add([text(mark, "draft")]), 0, LAST);
  sheet.add();
  const headerRow = sheet.add(HEADER.map((h) => text(h, "header")));
  sheet.heights[headerRow - 1] = 36;
  const numberRow = sheet.add(HEADER.map((_, i) => text(`(${i + 1})`, "colNo")));

  const byKeyOrder = (a: Proposal, b: Proposal): number =>
    (keyOrder.get(a.award) ?? 99) - (keyOrder.get(b.award) ?? 99);
  const proposed = proposals
    .filter((p) => p.status === "proposed")
    .sort((a, b) => byKeyOrder(a, b) || compareSubjects(ctx, a, b));
  // One part per deciding authority (rules.md, "Council votes"), each on pages of its own with
  // its own title and signature, so each can be printed and sent on its own.
  const parts = AUTHORITIES.map((authority) => ({
    authority,
    items: proposed.filter((p) => awardByKey(p.award).authority === authority),
  })).filter((part) => part.items.length > 0);
  if (parts.length === 0) sheet.mergeBox(sheet.add([text(T.noneEligible, "none")]), 0, LAST);
  const fullWidth = [WIDTHS.reduce((a, b) => a + b, 0)];
  // A section title stays with its first entry; the last entry with the signature block.
  const together: KeepTogether[] = [];
  const partStarts: number[] = [];
  parts.forEach((part, partIndex) => {
    const titleOfPart = sheet.add([text(partTitle(partIndex + 1, part.authority), "partTitle")]);
    sheet.mergeBox(titleOfPart, 0, LAST);
    sheet.fitHeight(titleOfPart, fullWidth);
    if (partIndex > 0) partStarts.push(titleOfPart);
    together.push({ first: titleOfPart, last: titleOfPart + 2 });
    const sectionRows: ProposalListSection[] = [];
    const sections: { award: AwardKey; kind: SubjectKind; items: Proposal[] }[] = [];
    for (const p of part.items) {
      const current = sections[sections.length - 1];
      if (current?.award === p.award && current.kind === p.subjectKind) current.items.push(p);
      else sections.push({ award: p.award, kind: p.subjectKind, items: [p] });
    }
    sections.forEach((section, i) => {
      const row = sheet.add([
        text(sectionTitle(i + 1, section.award, section.kind, section.items.length), "section"),
      ]);
      sheet.mergeBox(row, 0, LAST);
      sheet.fitHeight(row, fullWidth);
      together.push({ first: row, last: row + 1 });
      sectionRows.push({
        award: section.award,
        kind: section.kind,
        count: section.items.length,
        row,
      });
      section.items.forEach((p, n) => {
        const [name, position, unit] = subjectCells(ctx, p);
        const grounds = groundTexts(p.grounds, "vi");
        const r = sheet.add([
          num(n + 1, "stt"),
          text(name, "text"),
          text(position, "text"),
          text(unit, "text"),
          text(awardByKey(p.award).name, "text"),
          text(grounds.map((g) => `- ${g}`).join("\n"), "text"),
          text(voteText(p), "text"),
          text(noteText(p), "text"),
        ]);
        sheet.fitHeight(r, WIDTHS);
      });
    });
    signature(sheet, together);
    index.push({
      authority: part.authority,
      row: titleOfPart,
      lastRow: sheet.rows.length,
      sections: sectionRows,
    });
  });
  if (parts.length === 0) signature(sheet, together);

  // Apart from the list, on pages of its own: everything not proposed, with its reasons. It has
  // the list's columns, so the header repeated at the top of each printed page fits it too.
  const others = proposals
    .filter((p) => p.status !== "proposed")
    .sort((a, b) => byKeyOrder(a, b) || compareSubjects(ctx, a, b));
  const partRow = sheet.add([text(T.trackingTitle, "partTitle")]);
  sheet.mergeBox(partRow, 0, LAST);
  sheet.heights[partRow - 1] = 24;
  const partNote = sheet.add([text(T.trackingNote, "partNote")]);
  sheet.mergeBox(partNote, 0, LAST);
  sheet.fitHeight(partNote, fullWidth);
  if (others.length === 0) sheet.mergeBox(sheet.add([text(T.nothing, "none")]), 0, LAST);
  others.forEach((p, n) => {
    const [name, position, unit] = subjectCells(ctx, p);
    const r = sheet.add([
      num(n + 1, "stt"),
      text(name, "text"),
      text(position, "text"),
      text(unit, "text"),
      text(awardByKey(p.award).name, "text"),
      text(
        reasonTexts(p.reasons, "vi")
          .map((x) => `- ${x}`)
          .join("\n"),
        "text"
      ),
      text(voteText(p), "text"),
      text(trackingNote(p), "text"),
    ]);
    sheet.fitHeight(r, WIDTHS);
  });

  // Every row gets its height written, so Excel and LibreOffice paginate alike (and as
  // keepTogetherBreaks estimates): 12 pt rows 16 pt high, the 14 pt title 20.
  sheet.rows.forEach((_, i) => {
    sheet.heights[i] ??= i === titleRow - 1 ? 20 : 16;
  });
  const print: PrintSetup = {
    orientation: "landscape",
    paper: "A4",
    repeatRows: [headerRow, numberRow],
    fitToWidth: true,
    pageNumbers: true,
    pageNumberFont: { name: FONT, size: 12 },
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
  };
  const result: OutputSheet = {
    name: PROPOSAL_SHEET_NAME,
    styles: STYLES,
    columnWidths: WIDTHS,
    rows: sheet.rows,
    rowHeights: sheet.heights,
    merges: sheet.merges,
    pageBreaksBefore: [...partStarts, partRow],
    print: withDraftHeader({ ...print, scale: fittingScale(WIDTHS, print) }, mark),
  };
  const keep = keepTogetherBreaks(result, together);
  return {
    sheet: {
      ...result,
      pageBreaksBefore: [...new Set([...keep, ...partStarts, partRow])].sort((a, b) => a - b),
    },
    parts: index,
  };
}
