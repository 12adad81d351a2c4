/** The JSON report of `tdkt check` / `tdkt run` (register-format.md, "The JSON report"). */
import type { AwardKey } from "./rulebook/award-catalogue";
import type { Severity } from "./issue";
import type { IssueCode } from "./messages/issue-codes";
import type { ProposalReason } from "./messages/proposal-reasons";

export type ProposalStatus = "proposed" | "awaiting_vote" | "not_eligible" | "over_quota";
export type SubjectKind = "individual" | "collective";

export interface ReportIssue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  /** Vietnamese wording of the code (src/domain/messages). */
  readonly message: string;
  /** The values the message was built from (present for every catalogued code). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface UnitScore {
  readonly unit: string;
  readonly selfScore: number | null;
  readonly councilScore: number | null;
  readonly rank: number | null;
  /** Full rating text from the council total ("Hoàn thành xuất sắc nhiệm vụ"), null if unscored. */
  readonly classification: string | null;
}

export interface Proposal {
  readonly award: AwardKey;
  readonly subjectKind: SubjectKind;
  readonly subject: string;
  readonly status: ProposalStatus;
  /**
   * For every status but `proposed`, each failing condition with its numbers: typed messages,
   * worded at the edge in the reader's language (`reasonText`).
   */
  readonly reasons: readonly ProposalReason[];
  /** For `proposed`, the grounds that go into the list (rating, years, initiative, votes). */
  readonly grounds: readonly ProposalReason[];
  /** True when the subject pledged it; false when evaluated only as an implied lower title. */
  readonly pledged: boolean;
  /** The deciding authority ("Giám đốc Sở", "Chủ tịch UBND tỉnh", "Bộ trưởng", "Thủ tướng", "Chính phủ"). */
  readonly decidedBy: string;
  /**
   * Vietnamese: who votes or decides next when the authority is above the Sở ("proposed" then
   * means proposed by the Sở); null for what the Giám đốc Sở decides.
   */
  readonly nextStep: string | null;
}

export interface Report {
  readonly register: { readonly agency: string; readonly year: number | null };
  readonly issues: readonly ReportIssue[];
  readonly units: readonly UnitScore[];
  readonly proposals: readonly Proposal[];
}
