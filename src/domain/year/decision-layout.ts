/**
 * The `Quyết định` input sheet (issue 11): one row per proposed (subject, award), created by the
 * program from the current proposals; people type the decision's number, date and result.
 */
import type { ColumnSpec } from "../codec/register-layout";
import type { DecisionOutcome } from "../model";
import { looseKey } from "../text/normalize";

export const DECISION_SHEET = "Quyết định";

export const DECISION_COLUMNS = [
  { field: "order", header: "STT", required: false, width: 6 },
  { field: "subject", header: "Đối tượng", required: true, width: 12 },
  { field: "name", header: "Tên cá nhân / tập thể", required: false, width: 30 },
  { field: "unit", header: "Đơn vị", required: false, width: 26 },
  { field: "award", header: "Danh hiệu / hình thức", required: true, width: 32 },
  { field: "authority", header: "Cấp quyết định", required: false, width: 20 },
  { field: "decisionNo", header: "Số quyết định", required: false, width: 18 },
  { field: "decisionDate", header: "Ngày quyết định", required: false, width: 14 },
  { field: "outcome", header: "Kết quả", required: false, width: 18 },
  { field: "multiple", header: "Hệ số mức thưởng", required: false, width: 11 },
  { field: "amount", header: "Tiền thưởng (đồng)", required: false, width: 16 },
  { field: "note", header: "Ghi chú", required: false, width: 34 },
] as const satisfies readonly ColumnSpec[];

export type DecisionField = (typeof DECISION_COLUMNS)[number]["field"];

/** The two results people choose from, as written in the sheet. */
export const OUTCOME_TEXT: Readonly<Record<DecisionOutcome, string>> = {
  awarded: "Được khen",
  refused: "Không được khen",
};

/** A result from its text (case, diacritics and spacing ignored); null if unknown. */
export function parseOutcome(text: string): DecisionOutcome | null {
  const key = looseKey(text);
  if (key === looseKey(OUTCOME_TEXT.awarded) || key === "co" || key === "dat") return "awarded";
  if (key === looseKey(OUTCOME_TEXT.refused) || key === "khong" || key === "khong dat")
    return "refused";
  return null;
}

/**
 * The note the program puts in `Ghi chú` of a row whose pair is no longer proposed. It is read
 * back (a re-created sheet drops it when the pair is proposed again), so it is the sheet's own
 * marker in every language, not wording.
 */
export const NO_LONGER_PROPOSED = "Không còn trong danh sách đề nghị";
