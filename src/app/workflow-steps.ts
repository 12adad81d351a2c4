/**
 * The year's workflow as steps — sổ → phiếu đơn vị → kiểm tra → chấm điểm → bình xét → danh
 * sách và hồ sơ — each done, to do, or blocked with a typed reason, derived from the register
 * overview alone (pure: the pane shows it, tests call it). The first step to do is the next one:
 * the pane makes its action the one primary button.
 */
import { SHEET } from "../domain/codec/register-layout";
import { reason, type StepReason } from "../domain/messages/step-reasons";
import { PROPOSAL_SHEET_NAME, SCORE_SHEET_NAME } from "../domain/output/program-sheets";
import type { RegisterOverview } from "./register-overview";

export type StepId = "register" | "unitSheets" | "check" | "score" | "vote" | "list";

export const STEP_IDS: readonly StepId[] = [
  "register",
  "unitSheets",
  "check",
  "score",
  "vote",
  "list",
];

export type StepStatus = "done" | "todo" | "blocked";

/** What the step's button does: one of the pane's actions, or going to a sheet to fill it. */
export type StepAction =
  | {
      readonly kind: "createRegister" | "createUnitSheets" | "check" | "score" | "propose";
    }
  | { readonly kind: "openSheet"; readonly sheet: string };

export interface WorkflowStep {
  readonly id: StepId;
  readonly status: StepStatus;
  /** Why it is in that status (and, when to do, what to do). */
  readonly reason: StepReason;
  /** Its button; null when the step has nothing to run. */
  readonly action: StepAction | null;
}

export interface Workflow {
  readonly steps: readonly WorkflowStep[];
  /** The first step to do: its action is the pane's primary button. Null when all are done. */
  readonly next: StepId | null;
}

const run = (kind: Exclude<StepAction["kind"], "openSheet">): StepAction => ({ kind });
const open = (sheet: string): StepAction => ({ kind: "openSheet", sheet });

function registerStep(o: RegisterOverview): WorkflowStep {
  const id = "register";
  if (o.missingRequired.length > 0)
    return {
      id,
      status: "todo",
      reason: reason("missing-sheets", { sheets: o.missingRequired.join(", ") }),
      action: run("createRegister"),
    };
  if (o.agency.trim() === "")
    return { id, status: "todo", reason: reason("no-agency", {}), action: open(SHEET.settings) };
  if (o.year === null)
    return { id, status: "todo", reason: reason("no-year", {}), action: open(SHEET.settings) };
  if (o.counts.units === 0)
    return { id, status: "todo", reason: reason("no-units", {}), action: open(SHEET.units) };
  // A register with every input sheet has nothing left for "Tạo sổ" to add.
  const incomplete = o.inputSheets.some((s) => !s.present);
  return {
    id,
    status: "done",
    reason: reason("register-ready", { units: o.counts.units, staff: o.counts.staff }),
    action: incomplete ? run("createRegister") : null,
  };
}

function unitSheetsStep(o: RegisterOverview): WorkflowStep {
  const id = "unitSheets";
  const action = run("createUnitSheets");
  if (o.missingRequired.length > 0)
    return { id, status: "blocked", reason: reason("register-not-ready", {}), action };
  if (o.counts.units === 0)
    return { id, status: "blocked", reason: reason("no-units", {}), action };
  const lacking = o.units.filter((u) => u.pledge === "missing" || u.score === "missing").length;
  if (lacking > 0)
    return {
      id,
      status: "todo",
      reason: reason("unit-sheets-missing", { count: lacking }),
      action,
    };
  return {
    id,
    status: "done",
    reason: reason("unit-sheets-created", { units: o.units.length }),
    action: null,
  };
}

function checkStep(o: RegisterOverview): WorkflowStep {
  const id = "check";
  const action = run("check");
  if (o.missingRequired.length > 0)
    return { id, status: "blocked", reason: reason("register-not-ready", {}), action };
  if (o.errors > 0)
    return {
      id,
      status: "todo",
      reason: reason("register-has-errors", { errors: o.errors }),
      action,
    };
  return { id, status: "done", reason: reason("register-clean", { warnings: o.warnings }), action };
}

function scoreStep(o: RegisterOverview): WorkflowStep {
  const id = "score";
  const action = run("score");
  if (o.missingRequired.length > 0)
    return { id, status: "blocked", reason: reason("register-not-ready", {}), action };
  if (o.counts.criteria === 0)
    return { id, status: "blocked", reason: reason("no-criteria", {}), action };
  if (o.counts.scoreSheets === 0)
    return { id, status: "blocked", reason: reason("no-score-sheets", {}), action };
  if (o.outputSheets.includes(SCORE_SHEET_NAME))
    return {
      id,
      status: "done",
      reason: reason("scores-written", { sheet: SCORE_SHEET_NAME }),
      action,
    };
  return { id, status: "todo", reason: reason("ready-to-score", { errors: o.errors }), action };
}

function voteStep(o: RegisterOverview, scored: boolean): WorkflowStep {
  const id = "vote";
  const action = open(SHEET.votes);
  if (o.missingRequired.length > 0)
    return { id, status: "blocked", reason: reason("register-not-ready", {}), action: null };
  if (o.counts.votes > 0)
    return {
      id,
      status: "done",
      reason: reason("votes-entered", { count: o.counts.votes }),
      action,
    };
  if (!scored) return { id, status: "blocked", reason: reason("not-scored", {}), action };
  return { id, status: "todo", reason: reason("votes-missing", { sheet: SHEET.votes }), action };
}

function listStep(o: RegisterOverview): WorkflowStep {
  const id = "list";
  const action = run("propose");
  if (o.missingRequired.length > 0)
    return { id, status: "blocked", reason: reason("register-not-ready", {}), action };
  // A list without its year or its agency cannot be sent anywhere: none is written.
  if (o.agency.trim() === "")
    return { id, status: "blocked", reason: reason("no-agency", {}), action };
  if (o.year === null) return { id, status: "blocked", reason: reason("no-year", {}), action };
  if (o.outputSheets.includes(PROPOSAL_SHEET_NAME))
    return {
      id,
      status: "done",
      reason: reason("list-written", { sheet: PROPOSAL_SHEET_NAME }),
      action,
    };
  return { id, status: "todo", reason: reason("ready-to-list", { errors: o.errors }), action };
}

/** The workflow of the register `overview` describes. */
export function workflowSteps(overview: RegisterOverview): Workflow {
  const score = scoreStep(overview);
  const steps = [
    registerStep(overview),
    unitSheetsStep(overview),
    checkStep(overview),
    score,
    voteStep(overview, score.status === "done"),
    listStep(overview),
  ];
  const next = steps.find((s) => s.status === "todo" && s.action !== null)?.id ?? null;
  return { steps, next };
}
