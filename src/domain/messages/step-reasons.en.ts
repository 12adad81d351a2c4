/** English wording of why each workflow step is done, to do, or blocked. */
import type { StepReasonCatalogue } from "./step-reasons";

export const STEP_REASONS_EN: StepReasonCatalogue = {
  "list-written": (p) => `The “${p.sheet}” sheet exists. Make it again when the register changes.`,
  "missing-sheets": (p) =>
    `The register lacks these sheets: ${p.sheets}. Choose “Create register” to add them.`,
  "no-agency": () => "The agency's name (Cơ quan) is not filled in on the Cấu hình sheet.",
  "no-criteria": () => "The Tiêu chí sheet has no scoring criteria yet.",
  "no-score-sheets": () => "No unit has a score sheet yet. Do the “Unit sheets” step first.",
  "no-units": () => "The Đơn vị sheet has no units yet.",
  "no-year": () => "The year (Năm) is not filled in on the Cấu hình sheet.",
  "not-scored": () => "The council votes after the units are scored and ranked.",
  "ready-to-list": (p) =>
    p.errors > 0
      ? `Ready to make the list; the register still has ${p.errors} errors, so it will be marked DRAFT.`
      : "Ready to make the proposal list.",
  "ready-to-score": (p) =>
    p.errors > 0
      ? `Ready to score; the register still has ${p.errors} errors, so the results will be marked DRAFT.`
      : "Ready to score and rank the units.",
  "register-clean": (p) =>
    p.warnings > 0
      ? `No errors; ${p.warnings} warnings are worth a look.`
      : "No errors or warnings in the register.",
  "register-has-errors": (p) =>
    `The register has ${p.errors} errors. Correct them in the register, then check again.`,
  "register-not-ready": () => "Finish the “Register” step first.",
  "register-ready": (p) => `The register has every sheet: ${p.units} units, ${p.staff} staff.`,
  "scores-written": (p) =>
    `The “${p.sheet}” sheet exists. Score again when the score sheets change.`,
  "unit-sheets-created": (p) => `All ${p.units} units have their pledge and score sheets.`,
  "unit-sheets-missing": (p) =>
    p.count === 1
      ? "1 unit lacks a pledge or a score sheet."
      : `${p.count} units lack a pledge or a score sheet.`,
  "votes-entered": (p) =>
    p.count === 1
      ? "1 vote result is entered on the Bình xét sheet."
      : `${p.count} vote results are entered on the Bình xét sheet.`,
  "votes-missing": (p) =>
    `The council's votes are not entered yet. Enter them on the “${p.sheet}” sheet if a title needs a vote.`,
};
