/** PLACEHOLDER (owned by the rulebook helper): the `Kết quả chấm điểm` sheet. */
import type { Register } from "../model";
import type { ScoringResult } from "../scoring/score-units";
import type { OutputSheet } from "./sheet-spec";

export function buildScoreSheet(_register: Register, _scoring: ScoringResult): OutputSheet {
  return { name: "Kết quả chấm điểm", styles: {}, columnWidths: [], rows: [] };
}
