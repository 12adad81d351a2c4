/**
 * The register's input sheets as register-format.md defines them: sheet names, table headers and
 * the labels of `Cấu hình` and of the pledge sheets. The codec reads by these and the templates
 * write them, so the two cannot drift apart.
 */

/** A column of an input table: the record field it fills and the header people see. */
export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  readonly header: string;
  /** A header row must hold every required header. */
  readonly required: boolean;
  /** Other spellings accepted when reading (never written). */
  readonly aliases?: readonly string[];
  /** Width in Excel character units for the templates. */
  readonly width: number;
}

/** The header of a table's column by its field: rules name columns as people see them. */
export function headerOf<F extends string>(columns: readonly ColumnSpec<F>[], field: F): string {
  const column = columns.find((c) => c.field === field);
  if (column === undefined) throw new Error(`no column ${field}`);
  return column.header;
}

/** Contract names of the fixed input sheets. */
export const SHEET = {
  settings: "Cấu hình",
  units: "Đơn vị",
  staff: "Cán bộ",
  history: "Lịch sử",
  initiatives: "Sáng kiến",
  criteria: "Tiêu chí",
  votes: "Bình xét",
  council: "Hội đồng",
} as const;

/**
 * Sheets without which nothing can run: no year, no units or no staff means there is nothing to
 * check or propose. Every other input sheet, when missing, is a warning and is read as empty.
 */
export const REQUIRED_SHEETS: readonly string[] = [SHEET.settings, SHEET.units, SHEET.staff];

/** Prefix of the per-unit pledge sheets (`ĐK-<Mã đơn vị>`). */
export const PLEDGE_PREFIX = "ĐK-";
/** Prefix of the per-unit score sheets (`CĐ-<Mã đơn vị>`). */
export const SCORE_PREFIX = "CĐ-";

/** `Cấu hình`: one parameter per row. */
export const SETTINGS_COLUMNS = [
  { field: "label", header: "Tham số", required: true, width: 34 },
  { field: "value", header: "Giá trị", required: true, width: 44 },
] as const satisfies readonly ColumnSpec[];

/** The settings the contract names, by the field of `Settings` they fill. */
export const SETTING_LABELS = {
  agency: "Cơ quan",
  superiorBody: "Cơ quan cấp trên",
  year: "Năm",
  campaign: "Phong trào",
  pledgeDeadline: "Hạn đăng ký",
  assessmentDate: "Ngày xét",
  councilMembers: "Số thành viên Hội đồng",
  /** v2: the rulebook version (legal basis); empty = chosen by `Năm` (rules.md). */
  legalBasis: "Căn cứ pháp lý",
} as const;

/** `Đơn vị` table. */
export const UNIT_COLUMNS = [
  { field: "code", header: "Mã đơn vị", required: true, width: 14 },
  { field: "name", header: "Tên đơn vị", required: true, width: 40 },
  { field: "kind", header: "Loại", required: false, width: 22 },
  { field: "order", header: "Thứ tự", required: false, width: 9 },
  { field: "head", header: "Trưởng đơn vị", required: false, width: 26 },
  { field: "rating", header: "Xếp loại", required: false, width: 30 },
  { field: "bloc", header: "Khối thi đua", required: false, width: 24 },
  { field: "blocRank", header: "Xếp hạng trong khối", required: false, width: 12 },
] as const satisfies readonly ColumnSpec[];

/** `Cán bộ` table. */
export const STAFF_COLUMNS = [
  { field: "code", header: "Mã CB", required: true, aliases: ["Mã cán bộ"], width: 12 },
  { field: "name", header: "Họ và tên", required: true, aliases: ["Họ tên"], width: 28 },
  { field: "unitCode", header: "Mã đơn vị", required: true, width: 12 },
  { field: "position", header: "Chức vụ", required: false, width: 22 },
  { field: "birthDate", header: "Ngày sinh", required: false, width: 13 },
  { field: "gender", header: "Giới tính", required: false, width: 10 },
  { field: "monthsWorked", header: "Số tháng công tác", required: false, width: 11 },
  { field: "maternityLeave", header: "Nghỉ thai sản", required: false, width: 11 },
  { field: "rating", header: "Xếp loại", required: false, width: 30 },
  { field: "discipline", header: "Kỷ luật", required: false, width: 16 },
  { field: "note", header: "Ghi chú", required: false, width: 30 },
] as const satisfies readonly ColumnSpec[];

/** `Lịch sử` table. */
export const HISTORY_COLUMNS = [
  { field: "subject", header: "Đối tượng", required: true, width: 14 },
  { field: "year", header: "Năm", required: true, width: 8 },
  { field: "text", header: "Danh hiệu / hình thức", required: true, width: 36 },
  { field: "decisionNo", header: "Số quyết định", required: false, width: 18 },
  { field: "decisionDate", header: "Ngày quyết định", required: false, width: 14 },
  { field: "periodFrom", header: "Thành tích từ năm", required: false, width: 11 },
  { field: "periodTo", header: "Thành tích đến năm", required: false, width: 11 },
  { field: "awardKind", header: "Loại khen thưởng", required: false, width: 14 },
] as const satisfies readonly ColumnSpec[];

/** `Sáng kiến` table. */
export const INITIATIVE_COLUMNS = [
  { field: "staffCode", header: "Mã CB", required: true, aliases: ["Mã cán bộ"], width: 12 },
  {
    field: "title",
    header: "Tên sáng kiến / đề tài",
    required: true,
    aliases: ["Tên sáng kiến"],
    width: 48,
  },
  { field: "kind", header: "Loại", required: false, width: 14 },
  { field: "scope", header: "Phạm vi ảnh hưởng", required: false, width: 16 },
  { field: "decisionNo", header: "Số quyết định", required: false, width: 18 },
  { field: "recognisedOn", header: "Ngày công nhận", required: false, width: 14 },
] as const satisfies readonly ColumnSpec[];

/** Labels of the two collective cells above a pledge table (value in the cell to the right). */
export const PLEDGE_LABELS = {
  collectiveTitle: "Danh hiệu tập thể đăng ký",
  collectiveAward: "Hình thức khen thưởng tập thể đăng ký",
} as const;

/** Table of a pledge sheet. */
export const PLEDGE_COLUMNS = [
  { field: "order", header: "STT", required: false, width: 6 },
  { field: "staffCode", header: "Mã CB", required: true, aliases: ["Mã cán bộ"], width: 12 },
  { field: "name", header: "Họ và tên", required: false, aliases: ["Họ tên"], width: 28 },
  { field: "title", header: "Danh hiệu đăng ký", required: false, width: 30 },
  { field: "award", header: "Hình thức khen thưởng đăng ký", required: false, width: 34 },
  { field: "note", header: "Ghi chú", required: false, width: 24 },
] as const satisfies readonly ColumnSpec[];

/** `Tiêu chí` table. */
export const CRITERIA_COLUMNS = [
  { field: "code", header: "Mã tiêu chí", required: true, width: 11 },
  { field: "content", header: "Nội dung", required: true, width: 60 },
  { field: "max", header: "Điểm tối đa", required: true, width: 11 },
  { field: "kind", header: "Loại", required: false, width: 10 },
] as const satisfies readonly ColumnSpec[];

/** Table of a score sheet. */
export const SCORE_COLUMNS = [
  { field: "criterionCode", header: "Mã tiêu chí", required: true, width: 11 },
  { field: "content", header: "Nội dung", required: false, width: 56 },
  { field: "max", header: "Điểm tối đa", required: false, width: 11 },
  { field: "selfScore", header: "Tự chấm", required: false, width: 10 },
  { field: "councilScore", header: "Hội đồng chấm", required: false, width: 12 },
  { field: "evidence", header: "Minh chứng", required: false, width: 36 },
] as const satisfies readonly ColumnSpec[];

/** `Bình xét` table. */
export const VOTE_COLUMNS = [
  { field: "subject", header: "Đối tượng", required: true, width: 14 },
  { field: "award", header: "Danh hiệu / hình thức", required: true, width: 36 },
  { field: "members", header: "Số thành viên", required: false, width: 13 },
  { field: "yes", header: "Số phiếu đồng ý", required: true, width: 15 },
  // Optional, for the biên bản kiểm phiếu of the dossier.
  { field: "round", header: "Vòng", required: false, width: 8 },
  { field: "issued", header: "Số phiếu phát ra", required: false, width: 12 },
  { field: "returned", header: "Số phiếu thu về", required: false, width: 12 },
  { field: "valid", header: "Số phiếu hợp lệ", required: false, width: 12 },
] as const satisfies readonly ColumnSpec[];

/** `Hội đồng` table: the council's members, for the minutes of its meeting. */
export const COUNCIL_COLUMNS = [
  { field: "name", header: "Họ và tên", required: true, aliases: ["Họ tên"], width: 28 },
  { field: "position", header: "Chức vụ", required: false, width: 34 },
  { field: "role", header: "Vai trò trong Hội đồng", required: true, width: 22 },
  { field: "present", header: "Có mặt", required: false, width: 10 },
] as const satisfies readonly ColumnSpec[];

/**
 * Optional `Cấu hình` rows used only by the dossier's documents (register-format.md, v2). A
 * missing one leaves a dotted blank in the documents and a warning naming the row.
 */
export const DOCUMENT_SETTING_LABELS = {
  place: "Địa danh",
  agencySymbol: "Ký hiệu cơ quan",
  signer: "Người ký",
  signerTitle: "Chức vụ người ký",
  councilChair: "Chủ tịch Hội đồng",
  councilSecretary: "Thư ký Hội đồng",
  meetingDate: "Ngày họp Hội đồng",
  meetingTime: "Giờ họp Hội đồng",
  meetingPlace: "Địa điểm họp Hội đồng",
} as const;
