/** PLACEHOLDER (owned by the rulebook helper): the `Đề nghị khen thưởng` sheet. */
import type { Register } from "../model";
import type { Proposal } from "../report";
import type { OutputSheet } from "./sheet-spec";

export function buildProposalSheet(
  _register: Register,
  _proposals: readonly Proposal[]
): OutputSheet {
  return { name: "Đề nghị khen thưởng", styles: {}, columnWidths: [], rows: [] };
}
