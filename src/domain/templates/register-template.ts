/**
 * Sheets created for people to fill in: the input sheets of an empty register (`tdkt init`,
 * "Tạo sổ"), and one pledge sheet and one score sheet per unit ("Tạo phiếu"). Headers, lists and
 * labels come from register-layout.ts, the same table the codec reads by, so whatever is created
 * here reads back without an issue.
 */
import { columnLetter } from "../grid";
import type { Criterion, Register, Staff, Unit } from "../model";
import { AWARD_CATALOGUE, type AwardName } from "../rulebook/award-catalogue";
import { DEFAULT_RULEBOOK } from "../rulebook/default-rulebook";
import { describeParameterValue } from "../rulebook/parameter-definition";
import type { CellStyle, DataValidationSpec, OutputSheet, SpecCell } from "../output/sheet-spec";
import { foldKey } from "../text/normalize";
import {
  CRITERIA_COLUMNS,
  HISTORY_COLUMNS,
  INITIATIVE_COLUMNS,
  PLEDGE_COLUMNS,
  PLEDGE_LABELS,
  PLEDGE_PREFIX,
  SCORE_COLUMNS,
  SCORE_PREFIX,
  SETTING_LABELS,
  SETTINGS_COLUMNS,
  SHEET,
  STAFF_COLUMNS,
  UNIT_COLUMNS,
  VOTE_COLUMNS,
  COUNCIL_COLUMNS,
  DOCUMENT_SETTING_LABELS,
  type ColumnSpec,
} from "../codec/register-layout";
import { COUNCIL_ROLE_TEXT } from "../codec/council.codec";
import { AWARD_KIND_TEXT, CRITERION_KIND_TEXT, RATING_TEXT, SCOPE_TEXT } from "../codec/vocabulary";
import { LEGAL_BASES } from "../rulebook/legal-basis";

/** Rows below a header that get dropdowns in an empty register (Excel extends them as people type). */
export const TEMPLATE_DATA_ROWS = 2000;

const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 14 },
  header: {
    bold: true,
    fill: "DDEBF7",
    border: true,
    wrap: true,
    align: "center",
    valign: "middle",
  },
  label: { bold: true, align: "right", valign: "middle" },
  cell: { border: true, valign: "top", wrap: true },
  text: { border: true, valign: "top", numberFormat: "@" },
  parent: { border: true, bold: true, valign: "top", wrap: true },
  input: { border: true, fill: "FFF2CC", valign: "top" },
  note: { italic: true, color: "595959", wrap: true },
};

const names = (filter: (a: AwardName) => boolean): string[] =>
  AWARD_CATALOGUE.filter(filter).map((a) => a.name);

/** Dropdown lists, in the words the codec reads. */
export const LISTS = {
  ratings: Object.values(RATING_TEXT),
  individualTitles: names((a) => a.form === "title" && a.scope !== "collective"),
  collectiveTitles: names((a) => a.form === "title" && a.scope !== "individual"),
  awards: names((a) => a.form === "award"),
  votedAwards: names((a) => a.form === "title"),
  criterionKinds: Object.values(CRITERION_KIND_TEXT),
  scopes: Object.values(SCOPE_TEXT),
  awardKinds: Object.values(AWARD_KIND_TEXT),
  legalBases: LEGAL_BASES.map((b) => b.label),
  genders: ["Nam", "Nữ"],
  yesNo: ["có", "không"],
} as const;

function header(specs: readonly ColumnSpec[]): SpecCell[] {
  return specs.map((s) => ({ value: s.header, style: "header" }));
}

function widths(specs: readonly ColumnSpec[]): number[] {
  return specs.map((s) => s.width);
}

/** "F2:F2001": the body of a column under a header in row `headerRow` (1-based). */
function columnRange<F extends string>(
  specs: readonly ColumnSpec<F>[],
  field: F,
  firstRow: number,
  lastRow: number
): string {
  const letter = columnLetter(specs.findIndex((s) => s.field === field));
  return `${letter}${firstRow}:${letter}${lastRow}`;
}

/** An input table sheet with its header in row 1, frozen, and dropdowns on some columns. */
function tableSheet<F extends string>(
  name: string,
  tableName: string,
  specs: readonly ColumnSpec<F>[],
  lists: readonly (readonly [F, readonly string[]])[],
  tabColor: string
): OutputSheet {
  const last = TEMPLATE_DATA_ROWS + 1;
  return {
    name,
    styles: STYLES,
    columnWidths: widths(specs),
    rows: [header(specs)],
    rowHeights: { 0: 32 },
    freezeRows: 1,
    validations: lists.map(([field, list]) => ({
      range: columnRange(specs, field, 2, last),
      list,
    })),
    table: { name: tableName, range: `A1:${columnLetter(specs.length - 1)}2` },
    tabColor,
  };
}

function settingsSheet(): OutputSheet {
  const contract: [string, string][] = [
    [SETTING_LABELS.agency, "Tên cơ quan, ví dụ Sở Khoa học và Công nghệ tỉnh Hà Tĩnh."],
    [SETTING_LABELS.superiorBody, "Cơ quan cấp trên, in ở đầu văn bản, ví dụ UBND tỉnh Hà Tĩnh."],
    [SETTING_LABELS.year, "Năm thi đua, 4 chữ số, ví dụ 2024 (bắt buộc)."],
    [SETTING_LABELS.campaign, "Tên phong trào thi đua."],
    [SETTING_LABELS.pledgeDeadline, "Hạn đăng ký thi đua, ghi ngày/tháng/năm."],
    [SETTING_LABELS.assessmentDate, "Ngày họp xét, ghi ngày/tháng/năm."],
    [
      SETTING_LABELS.councilMembers,
      "Tổng số thành viên Hội đồng Thi đua - Khen thưởng (kể cả người vắng).",
    ],
    [
      SETTING_LABELS.legalBasis,
      `Để trống: chọn theo Năm (${LEGAL_BASES.map((b) => `${b.label} cho năm ${b.years.from === null ? `đến ${b.years.to ?? ""}` : `từ ${b.years.from}`}`).join("; ")}). Hoặc ghi một trong: ${LISTS.legalBases.join("; ")}.`,
    ],
  ];
  // Rows only the dossier's documents read; each missing one leaves a dotted blank there.
  const documentRows: [string, string][] = [
    [DOCUMENT_SETTING_LABELS.place, "Địa danh ghi ở dòng ngày tháng của văn bản, ví dụ Hà Tĩnh."],
    [
      DOCUMENT_SETTING_LABELS.agencySymbol,
      "Chữ viết tắt tên cơ quan trong số văn bản, ví dụ SKHCN (Số: …/TTr-SKHCN).",
    ],
    [DOCUMENT_SETTING_LABELS.signer, "Họ và tên người ký quyết định, tờ trình."],
    [
      DOCUMENT_SETTING_LABELS.signerTitle,
      "Quyền hạn, chức vụ người ký, ví dụ GIÁM ĐỐC hoặc KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC.",
    ],
    [DOCUMENT_SETTING_LABELS.councilChair, "Chủ tịch Hội đồng (để trống: lấy từ trang Hội đồng)."],
    [
      DOCUMENT_SETTING_LABELS.councilSecretary,
      "Thư ký Hội đồng (để trống: lấy từ trang Hội đồng).",
    ],
    [DOCUMENT_SETTING_LABELS.meetingDate, "Ngày họp Hội đồng xét khen thưởng, ghi ngày/tháng/năm."],
    [DOCUMENT_SETTING_LABELS.meetingTime, "Giờ họp, ví dụ 08 giờ 00."],
    [DOCUMENT_SETTING_LABELS.meetingPlace, "Địa điểm họp, ví dụ Phòng họp Sở."],
  ];
  const parameters: [string, string][] = DEFAULT_RULEBOOK.parameters.map((p) => [
    p.label,
    `Để trống để dùng mặc định: ${describeParameterValue(p.kind, p.defaultValue)}. ${p.source}`,
  ]);
  const specs = [
    ...SETTINGS_COLUMNS,
    { field: "note", header: "Ghi chú", required: false, width: 70 },
  ];
  return {
    name: SHEET.settings,
    styles: STYLES,
    columnWidths: widths(specs),
    rows: [
      header(specs),
      ...[...contract, ...documentRows, ...parameters].map(([label, note]) => [
        { value: label, style: "cell" },
        { value: null, style: "input" },
        { value: note, style: "note" },
      ]),
    ],
    rowHeights: { 0: 24 },
    freezeRows: 1,
    validations: [
      {
        // The `Căn cứ pháp lý` value cell: row 1 is the header.
        range: `B${contract.findIndex(([label]) => label === SETTING_LABELS.legalBasis) + 2}`,
        list: LISTS.legalBases,
      },
    ],
    tabColor: "7F7F7F",
  };
}

/** Every input sheet of an empty register: headers, styling, widths, frozen header, dropdowns. */
export function registerTemplateSheets(): readonly OutputSheet[] {
  return [
    settingsSheet(),
    tableSheet(SHEET.units, "DonVi", UNIT_COLUMNS, [["rating", LISTS.ratings]], "4472C4"),
    tableSheet(
      SHEET.staff,
      "CanBo",
      STAFF_COLUMNS,
      [
        ["gender", LISTS.genders],
        ["maternityLeave", LISTS.yesNo],
        ["rating", LISTS.ratings],
      ],
      "4472C4"
    ),
    tableSheet(
      SHEET.history,
      "LichSu",
      HISTORY_COLUMNS,
      [["awardKind", LISTS.awardKinds]],
      "A5A5A5"
    ),
    tableSheet(
      SHEET.initiatives,
      "SangKien",
      INITIATIVE_COLUMNS,
      [["scope", LISTS.scopes]],
      "A5A5A5"
    ),
    tableSheet(
      SHEET.criteria,
      "TieuChi",
      CRITERIA_COLUMNS,
      [["kind", LISTS.criterionKinds]],
      "70AD47"
    ),
    tableSheet(SHEET.votes, "BinhXet", VOTE_COLUMNS, [["award", LISTS.votedAwards]], "ED7D31"),
    tableSheet(
      SHEET.council,
      "HoiDong",
      COUNCIL_COLUMNS,
      [
        ["role", Object.values(COUNCIL_ROLE_TEXT)],
        ["present", LISTS.yesNo],
      ],
      "ED7D31"
    ),
  ];
}

/** Excel forbids these in sheet names, and a name has at most 31 characters. */
function isValidSheetName(name: string): boolean {
  return name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.endsWith("'");
}

/** Units in the order of `Thứ tự`, then as listed; one per code (duplicates are an issue elsewhere). */
function orderedUnits(register: Register): Unit[] {
  const seen = new Set<string>();
  const units = register.units.filter((u) => {
    const key = foldKey(u.code);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.order ?? Infinity) - (b.u.order ?? Infinity) || a.i - b.i)
    .map(({ u }) => u);
}

function titleRow(text: string, lastCol: number): { row: SpecCell[]; merge: string } {
  return { row: [{ value: text, style: "title" }], merge: `A1:${columnLetter(lastCol)}1` };
}

/** Rows where a pledge sheet puts its labelled collective cells and its table header (1-based). */
const PLEDGE_TITLE_ROW = 3;
const PLEDGE_AWARD_ROW = 4;
const PLEDGE_HEADER_ROW = 6;

function pledgeSheet(
  register: Register,
  unit: Unit,
  staff: readonly Staff[],
  protect: boolean
): OutputSheet {
  const year = register.settings.year;
  const { row: title, merge } = titleRow(
    `ĐĂNG KÝ THI ĐUA${year === null ? "" : ` NĂM ${year}`} — ${unit.name || unit.code}`,
    PLEDGE_COLUMNS.length - 1
  );
  const labelled = (label: string): (SpecCell | null)[] => [
    { value: label, style: "label" },
    null,
    null,
    { value: null, style: "input" },
  ];
  const body = staff.map((s, i): SpecCell[] => [
    { value: i + 1, style: "cell" },
    { value: s.code, style: "text" },
    { value: s.name, style: "cell" },
    { value: null, style: "input" },
    { value: null, style: "input" },
    { value: null, style: "input" },
  ]);
  const first = PLEDGE_HEADER_ROW + 1;
  const last = PLEDGE_HEADER_ROW + staff.length;
  const valueCol = columnLetter(3); // D: the cell right of the merged label A:C
  const titleCell = `${valueCol}${PLEDGE_TITLE_ROW}`;
  const awardCell = `${valueCol}${PLEDGE_AWARD_ROW}`;
  const validations: DataValidationSpec[] = [
    { range: titleCell, list: LISTS.collectiveTitles },
    { range: awardCell, list: LISTS.awards },
  ];
  const inputs = [titleCell, awardCell];
  if (staff.length > 0) {
    validations.push(
      { range: columnRange(PLEDGE_COLUMNS, "title", first, last), list: LISTS.individualTitles },
      { range: columnRange(PLEDGE_COLUMNS, "award", first, last), list: LISTS.awards }
    );
    inputs.push(`D${first}:F${last}`);
  }
  return {
    name: `${PLEDGE_PREFIX}${unit.code}`,
    styles: STYLES,
    columnWidths: widths(PLEDGE_COLUMNS),
    rows: [
      title,
      [],
      labelled(PLEDGE_LABELS.collectiveTitle),
      labelled(PLEDGE_LABELS.collectiveAward),
      [],
      header(PLEDGE_COLUMNS),
      ...body,
    ],
    rowHeights: { [PLEDGE_HEADER_ROW - 1]: 32 },
    merges: [
      merge,
      `A${PLEDGE_TITLE_ROW}:C${PLEDGE_TITLE_ROW}`,
      `A${PLEDGE_AWARD_ROW}:C${PLEDGE_AWARD_ROW}`,
    ],
    freezeRows: PLEDGE_HEADER_ROW,
    validations,
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: [PLEDGE_HEADER_ROW, PLEDGE_HEADER_ROW],
      fitToWidth: true,
      pageNumbers: true,
    },
    ...(protect ? { protection: { editableRanges: inputs } } : {}),
    tabColor: "FFC000",
  };
}

const SCORE_HEADER_ROW = 3;

/** "D5:F7" for each run of consecutive leaf rows: the only cells a unit fills in. */
function leafRanges(criteria: readonly Criterion[], firstRow: number): string[] {
  const ranges: string[] = [];
  let start: number | null = null;
  for (let i = 0; i <= criteria.length; i++) {
    const leaf = criteria[i]?.isLeaf ?? false;
    if (leaf && start === null) start = firstRow + i;
    if (!leaf && start !== null) {
      ranges.push(`D${start}:F${firstRow + i - 1}`);
      start = null;
    }
  }
  return ranges;
}

function scoreSheet(
  register: Register,
  unit: Unit,
  criteria: readonly Criterion[],
  protect: boolean
): OutputSheet {
  const year = register.settings.year;
  const { row: title, merge } = titleRow(
    `CHẤM ĐIỂM THI ĐUA${year === null ? "" : ` NĂM ${year}`} — ${unit.name || unit.code}`,
    SCORE_COLUMNS.length - 1
  );
  const kindNote = (c: Criterion): string =>
    c.kind === "plus" ? "" : ` (${CRITERION_KIND_TEXT[c.kind]})`;
  const body = criteria.map((c): SpecCell[] => {
    const style = c.isLeaf ? "cell" : "parent";
    const input = c.isLeaf ? "input" : "parent";
    return [
      { value: c.code, style: c.isLeaf ? "text" : "parent" },
      { value: c.content + kindNote(c), style },
      { value: c.max, style },
      { value: null, style: input },
      { value: null, style: input },
      { value: null, style: input },
    ];
  });
  return {
    name: `${SCORE_PREFIX}${unit.code}`,
    styles: STYLES,
    columnWidths: widths(SCORE_COLUMNS),
    rows: [title, [], header(SCORE_COLUMNS), ...body],
    rowHeights: { [SCORE_HEADER_ROW - 1]: 32 },
    merges: [merge],
    freezeRows: SCORE_HEADER_ROW,
    print: {
      orientation: "portrait",
      paper: "A4",
      repeatRows: [SCORE_HEADER_ROW, SCORE_HEADER_ROW],
      fitToWidth: true,
      pageNumbers: true,
    },
    ...(protect
      ? { protection: { editableRanges: leafRanges(criteria, SCORE_HEADER_ROW + 1) } }
      : {}),
    tabColor: "70AD47",
  };
}

/**
 * One pledge sheet (`ĐK-<code>`) and one score sheet (`CĐ-<code>`) per unit, prefilled with the
 * unit's staff in roster order and with the criteria (no score sheets while `Tiêu chí` is empty).
 * With `protect`, only the input cells stay editable. Units whose code cannot make a valid sheet
 * name (over 28 characters, or one of \ / ? * [ ] :) are left out; validation then reports their
 * missing sheets.
 */
export function unitSheets(
  register: Register,
  options: { readonly protect: boolean }
): readonly OutputSheet[] {
  const staffByUnit = new Map<string, Staff[]>();
  for (const s of register.staff) {
    const key = foldKey(s.unitCode);
    const list = staffByUnit.get(key) ?? [];
    list.push(s);
    staffByUnit.set(key, list);
  }
  const seenStaff = new Set<string>();
  const seenCriteria = new Set<string>();
  const criteria = register.criteria.filter((c) => {
    if (seenCriteria.has(c.code)) return false;
    seenCriteria.add(c.code);
    return true;
  });
  const sheets: OutputSheet[] = [];
  for (const unit of orderedUnits(register)) {
    if (!isValidSheetName(`${PLEDGE_PREFIX}${unit.code}`)) continue;
    const staff = (staffByUnit.get(foldKey(unit.code)) ?? []).filter((s) => {
      const key = foldKey(s.code);
      if (seenStaff.has(key)) return false;
      seenStaff.add(key);
      return true;
    });
    sheets.push(pledgeSheet(register, unit, staff, options.protect));
    if (criteria.length > 0) sheets.push(scoreSheet(register, unit, criteria, options.protect));
  }
  return sheets;
}
