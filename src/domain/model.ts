/**
 * The register as typed records: what the codec produces from the input sheets and what the
 * validation, scoring and rulebook read. Every record remembers where it came from (`src`) so that
 * any later finding can name its sheet and cell.
 */
import type { AwardKey } from "./rulebook/award-catalogue";

export type { AwardKey };

/** The four annual quality ratings, in order best → worst. */
export type Rating = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";

/** A calendar date without time or zone. */
export interface DateOnly {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** Where a record came from: its sheet, its 1-based row, and the A1 address of each field read. */
export interface Source {
  readonly sheet: string;
  readonly row: number;
  /** field name → A1 address, for every field whose column exists in the sheet. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A value from `Cấu hình`, with the cell it came from. */
export interface SettingValue {
  readonly label: string; // the `Tham số` text as typed (NFC)
  readonly value: string | number | DateOnly | null;
  readonly cell: string; // A1 of the `Giá trị` cell
}

export interface Settings {
  readonly agency: string;
  readonly superiorBody: string;
  readonly year: number | null;
  readonly campaign: string;
  readonly pledgeDeadline: DateOnly | null;
  readonly assessmentDate: DateOnly | null;
  readonly councilMembers: number | null;
  /**
   * Every row of `Cấu hình`, keyed by the normalised label (NFC, lower case, trimmed, single
   * spaces) — rule parameters such as "tỷ lệ phiếu cstđcs" are looked up here.
   */
  readonly values: ReadonlyMap<string, SettingValue>;
}

export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly order: number | null;
  readonly head: string;
  readonly rating: Rating | null;
  /** `Khối thi đua` (v2): the provincial emulation bloc the unit competes in; "" when none. */
  readonly bloc: string;
  /** `Xếp hạng trong khối` (v2): its place in that bloc's result; null until entered. */
  readonly blocRank: number | null;
  readonly src: Source;
}

export type Gender = "Nam" | "Nữ";

/** Women's `Giới tính` (put first by a quota's tie-break, Decree 152 Art. 4). */
export const FEMALE: Gender = "Nữ";

export interface Staff {
  readonly code: string;
  readonly name: string;
  readonly unitCode: string;
  readonly position: string;
  readonly birthDate: DateOnly | null;
  readonly gender: Gender | null;
  readonly monthsWorked: number | null;
  readonly maternityLeave: boolean;
  readonly rating: Rating | null;
  /** Discipline text as typed (NFC), null when empty. */
  readonly discipline: string | null;
  readonly note: string;
  readonly src: Source;
}

/**
 * `Loại khen thưởng` of a `Lịch sử` row (v2): a công trạng award rewards the year's achievement
 * and counts as a ground; đột xuất / chuyên đề awards reward another achievement and count as
 * nothing (Decree 152/2025 Art. 4(3)).
 */
export type AwardKind = "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE";

/** A row of `Lịch sử`: an earlier title/award, or an earlier year's rating. */
export interface HistoryRecord {
  readonly subject: string; // Mã CB or Mã đơn vị
  readonly year: number | null;
  readonly text: string; // `Danh hiệu / hình thức` as typed (NFC)
  readonly awardKey: AwardKey | null; // when the text names a title/award
  readonly rating: Rating | null; // when the text is a rating
  readonly decisionNo: string;
  readonly decisionDate: DateOnly | null;
  /** `Thành tích từ năm` (v2) as typed; null when empty (the rule's default window applies). */
  readonly periodFrom: number | null;
  /** `Thành tích đến năm` (v2) as typed; null when empty (= `Năm`). */
  readonly periodTo: number | null;
  /** `Loại khen thưởng` (v2); empty = `Công trạng`. */
  readonly awardKind: AwardKind;
  readonly src: Source;
}

export type InitiativeScope = "CO_SO" | "TINH" | "TOAN_QUOC";

export interface Initiative {
  readonly staffCode: string;
  readonly title: string;
  readonly kind: string;
  readonly scope: InitiativeScope | null;
  readonly decisionNo: string;
  readonly recognisedOn: DateOnly | null;
  readonly src: Source;
}

export interface PledgeRow {
  readonly staffCode: string;
  readonly name: string;
  readonly title: AwardKey | null; // `Danh hiệu đăng ký`
  readonly award: AwardKey | null; // `Hình thức khen thưởng đăng ký`
  readonly note: string;
  readonly src: Source;
}

export interface PledgeSheet {
  readonly sheet: string;
  readonly unitCode: string;
  readonly collectiveTitle: AwardKey | null;
  readonly collectiveTitleCell: string | null;
  readonly collectiveAward: AwardKey | null;
  readonly collectiveAwardCell: string | null;
  readonly rows: readonly PledgeRow[];
}

export type CriterionKind = "plus" | "bonus" | "minus"; // Cộng | Thưởng | Trừ

export interface Criterion {
  readonly code: string; // "1", "1.2", "2.3.1"
  readonly content: string;
  readonly max: number;
  readonly kind: CriterionKind;
  readonly parentCode: string | null;
  readonly isLeaf: boolean;
  readonly src: Source;
}

export interface ScoreRow {
  readonly criterionCode: string;
  readonly selfScore: number | null;
  readonly councilScore: number | null;
  readonly evidence: string;
  readonly src: Source;
}

export interface ScoreSheet {
  readonly sheet: string;
  readonly unitCode: string;
  readonly rows: readonly ScoreRow[];
}

export interface Vote {
  readonly subject: string;
  readonly awardKey: AwardKey | null;
  readonly members: number | null; // null → settings.councilMembers
  readonly yes: number | null;
  /** Optional ballot counts of the round (`Vòng`, `Số phiếu phát ra / thu về / hợp lệ`). */
  readonly round?: number | null;
  readonly issued?: number | null;
  readonly returned?: number | null;
  readonly valid?: number | null;
  readonly src: Source;
}

/** A member's role in the Council (`Vai trò trong Hội đồng`). */
export type CouncilRole = "chair" | "vice-chair" | "member" | "secretary";

/** A row of `Hội đồng`: a member of the Council and whether they attended the meeting. */
export interface CouncilMember {
  readonly name: string;
  readonly position: string;
  readonly role: CouncilRole | null;
  /** `Có mặt`: empty counts as present; `không` as absent. */
  readonly present: boolean;
  readonly src: Source;
}

/** `Kết quả` of a `Quyết định` row: Được khen / Không được khen. */
export type DecisionOutcome = "awarded" | "refused";

/** A row of `Quyết định`: the decision taken on one proposed (subject, award). */
export interface Decision {
  readonly subject: string; // Mã CB or Mã đơn vị
  readonly awardKey: AwardKey | null;
  readonly awardText: string;
  readonly decisionNo: string;
  readonly decisionDate: DateOnly | null;
  readonly outcome: DecisionOutcome | null;
  readonly note: string;
  readonly src: Source;
}

export interface Register {
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly staff: readonly Staff[];
  readonly history: readonly HistoryRecord[];
  readonly initiatives: readonly Initiative[];
  readonly pledges: readonly PledgeSheet[];
  readonly criteria: readonly Criterion[];
  readonly scoreSheets: readonly ScoreSheet[];
  readonly votes: readonly Vote[];
  /** `Quyết định` rows, when the register has that sheet (issue 11). */
  readonly decisions?: readonly Decision[];
  /** `Hội đồng` (optional sheet; absent = empty). */
  readonly council?: readonly CouncilMember[];
}
