/**
 * The JSON report as written to a file (register-format.md, "The JSON report"): the report with
 * every text in the reader's language. The contract's string fields stay (`message`; a
 * proposal's `reasons` and `grounds`), and beside them the typed messages they were worded from
 * (an issue's `code` and `params`; a proposal's `reasonCodes` and `groundCodes`), so a reader
 * can word them again in any language.
 */
import type { Language } from "../messages/language";
import { reasonTexts } from "../messages/proposal-reason-text";
import type { ProposalReason } from "../messages/proposal-reasons";
import { issueText } from "../messages/render-issue";
import type { Proposal, Report, ReportIssue, UnitScore } from "../report";

/** A proposal in the JSON report. */
export interface JsonProposal extends Omit<Proposal, "reasons" | "grounds"> {
  readonly reasons: readonly string[];
  readonly grounds: readonly string[];
  readonly reasonCodes: readonly ProposalReason[];
  readonly groundCodes: readonly ProposalReason[];
}

export interface JsonReport {
  readonly register: Report["register"];
  readonly issues: readonly ReportIssue[];
  readonly units: readonly UnitScore[];
  readonly proposals: readonly JsonProposal[];
}

/** `report` with its texts in `language`. */
export function reportJson(report: Report, language: Language): JsonReport {
  return {
    register: report.register,
    issues: report.issues.map((i) => ({ ...i, message: issueText(i, language) })),
    units: report.units,
    proposals: report.proposals.map((p) => ({
      award: p.award,
      subjectKind: p.subjectKind,
      subject: p.subject,
      status: p.status,
      reasons: reasonTexts(p.reasons, language),
      grounds: reasonTexts(p.grounds, language),
      pledged: p.pledged,
      decidedBy: p.decidedBy,
      nextStep: p.nextStep,
      reasonCodes: p.reasons,
      groundCodes: p.grounds,
    })),
  };
}
