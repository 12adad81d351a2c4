/** Findings are data: every problem in a register is an Issue, never an exception. */
import type { IssueCode } from "./messages/issue-codes";

export type Severity = "error" | "warning";

export interface Issue {
  readonly severity: Severity;
  /** Stable machine code of the catalogue (src/domain/messages), e.g. "duplicate-code". Never reworded. */
  readonly code: IssueCode;
  /** Sheet at fault, or null when the issue concerns the whole register. */
  readonly sheet: string | null;
  /** A1 address when one cell is at fault, else null. */
  readonly cell: string | null;
  /** Vietnamese: what is wrong and what to do. */
  readonly message: string;
  /** Values the message was built from, for translation and tests. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
