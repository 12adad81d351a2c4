/**
 * The engine as the pane calls it: read on the main thread (Office.js lives there, one batch),
 * compute in the job runner (a Web Worker in the pane), write on the main thread (one batch).
 * Progress is reported as the step under way and the share of the action done, for a
 * determinate progress bar.
 */
import type { RegisterOverview } from "../../app/register-overview";
import { recordAction, type AuditContext } from "../../app/audit-trail";
import type { Language } from "../../domain/messages/language";
import type { CreateUnitSheetsOutcome } from "../../app/create-unit-sheets";
import { unitSheetsLogEntry } from "../../app/unit-sheets-log";
import { readIntegrityParts } from "../../app/read-integrity-parts";
import { readInputGrids } from "../../app/read-workbook";
import { isOutputSheet } from "../../domain/output/program-sheets";
import type { GridSet } from "../../domain/grid";
import type { Issue } from "../../domain/issue";
import type { ListAuthorityGroup, NotProposedRow, RankingRow } from "../results";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { Step } from "../progress-port";
import type { ComputeStage, JobRunner, PaneOutputChoice, Unusable } from "./engine-job";

export interface EngineProgress {
  readonly step: Step;
  /** Share of the action done when this step starts, 0 to 1. */
  readonly fraction: number;
}

export type ProgressListener = (progress: EngineProgress) => void;

export type CheckOutcome =
  { readonly kind: "analysed"; readonly issues: readonly Issue[] } | Unusable;
export type RunOutcome =
  | {
      readonly kind: "analysed";
      readonly issues: readonly Issue[];
      /** Names of the sheets written, in order. */
      readonly written: readonly string[];
      readonly ranking: readonly RankingRow[];
      readonly listed?: readonly ListAuthorityGroup[];
      readonly notProposed?: readonly NotProposedRow[];
    }
  | Unusable;

export interface PaneEngine {
  overview(
    port: WorkbookPort,
    today: Date,
    onProgress: ProgressListener
  ): Promise<RegisterOverview>;
  check(port: WorkbookPort, onProgress: ProgressListener): Promise<CheckOutcome>;
  /**
   * Writes the chosen output sheets; with an audit context, appends the run's `Nhật ký` row
   * right after them, as the CLI's runRegister does.
   */
  run(
    port: WorkbookPort,
    choice: PaneOutputChoice,
    onProgress: ProgressListener,
    audit?: AuditContext,
    /** The language of the working sheets written (Vietnamese by default). */
    language?: Language
  ): Promise<RunOutcome>;
  /** Creates the missing unit sheets; with an audit context, logs them when any was created. */
  createUnitSheets(
    port: WorkbookPort,
    options: { readonly protect: boolean; readonly audit?: AuditContext },
    onProgress: ProgressListener
  ): Promise<CreateUnitSheetsOutcome>;
  createRegister(
    port: WorkbookPort,
    onProgress: ProgressListener
  ): Promise<{ readonly created: readonly string[]; readonly skipped: readonly string[] }>;
  /** Fingerprints of output sheets read back from the workbook (see app/output-guard.ts). */
  fingerprints(grids: GridSet): Promise<ReadonlyMap<string, string>>;
  /** Where the computation runs ("worker" in the pane, "thread" without Web Workers). */
  readonly where: () => "worker" | "thread";
  /**
   * Starts the engine (its worker's script loads and compiles) while the page does other things,
   * so that the pane's first overview does not wait for it (issue 10: usable within 1.5 s).
   */
  readonly prepare: () => void;
  /**
   * Starts reading the overview of `port` now (the page opens the workbook and then renders the
   * pane: the two go on at once); the pane's first `overview` of the same port on the same day
   * takes this one instead of reading again. Any other call first drops it (the workbook may
   * change).
   */
  readonly primeOverview: (port: WorkbookPort, today: Date) => void;
}

const STAGE_STEP: Readonly<Record<ComputeStage, Step>> = {
  reading: "parsing",
  validating: "validating",
  scoring: "scoring",
  proposing: "proposing",
  building: "building",
};

const ANALYSIS: readonly Step[] = ["reading", "parsing", "validating", "scoring", "proposing"];

/** Reports the steps of one action in order; a step's fraction is its place among them. */
function stepper(steps: readonly Step[], onProgress: ProgressListener) {
  return {
    at(step: Step): void {
      const index = Math.max(0, steps.indexOf(step));
      onProgress({ step, fraction: index / steps.length });
    },
    stage(stage: ComputeStage): void {
      this.at(STAGE_STEP[stage]);
    },
  };
}

/** The user's calendar day (local time), which is all an overview reads of `today`. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

interface PrimedOverview {
  readonly port: WorkbookPort;
  readonly day: string;
  readonly result: Promise<RegisterOverview>;
  /** Sends the progress of the reading under way (and what was reported so far) to `listener`. */
  readonly follow: (listener: ProgressListener) => void;
}

export function createPaneEngine(runner: JobRunner): PaneEngine {
  let primed: PrimedOverview | null = null;

  const readOverview = async (
    port: WorkbookPort,
    today: Date,
    onProgress: ProgressListener
  ): Promise<RegisterOverview> => {
    const steps = stepper(ANALYSIS, onProgress);
    steps.at("reading");
    const names = await port.listSheets();
    const grids = await port.readSheets(names.filter((n) => !isOutputSheet(n)));
    return runner.run({ kind: "overview", names, grids, today }, (s) => {
      steps.stage(s);
    });
  };

  return {
    where: runner.where,
    prepare: () => runner.prepare?.(),

    primeOverview(port, today) {
      let last: EngineProgress | null = null;
      let listener: ProgressListener | null = null;
      const result = readOverview(port, today, (p) => {
        last = p;
        listener?.(p);
      });
      // Whoever takes it hears the failure; untaken, it must not be an unhandled rejection.
      result.catch(() => undefined);
      primed = {
        port,
        day: localDay(today),
        result,
        follow: (l) => {
          listener = l;
          if (last !== null) l(last);
        },
      };
    },

    fingerprints(grids) {
      primed = null;
      return runner.run({ kind: "fingerprints", grids }, () => undefined);
    },

    overview(port, today, onProgress) {
      const taken = primed;
      primed = null;
      if (taken !== null && taken.port === port && taken.day === localDay(today)) {
        taken.follow(onProgress);
        return taken.result;
      }
      return readOverview(port, today, onProgress);
    },

    async check(port, onProgress) {
      primed = null;
      const steps = stepper(ANALYSIS, onProgress);
      steps.at("reading");
      const grids = await readInputGrids(port);
      const integrity = await readIntegrityParts(port);
      return runner.run({ kind: "check", grids, integrity }, (s) => {
        steps.stage(s);
      });
    },

    async run(port, choice, onProgress, audit, language) {
      primed = null;
      const steps = stepper([...ANALYSIS, "building", "writing"], onProgress);
      steps.at("reading");
      const grids = await readInputGrids(port);
      const integrity = await readIntegrityParts(port);
      const job = {
        kind: "run",
        grids,
        integrity,
        choice,
        ...(audit ? { audit } : {}),
        ...(language ? { language } : {}),
      } as const;
      const result = await runner.run(job, (s) => {
        steps.stage(s);
      });
      if (result.kind === "unusable") return result;
      steps.at("writing");
      await port.writeOutputSheets(result.sheets);
      if (result.log !== undefined) await recordAction(port, result.log);
      return {
        kind: "analysed",
        issues: result.issues,
        written: result.sheets.map((s) => s.name),
        ranking: result.ranking,
        ...(result.listed !== undefined ? { listed: result.listed } : {}),
        ...(result.notProposed !== undefined ? { notProposed: result.notProposed } : {}),
      };
    },

    async createUnitSheets(port, options, onProgress) {
      primed = null;
      const steps = stepper(["reading", "parsing", "building", "creating"], onProgress);
      steps.at("reading");
      const grids = await readInputGrids(port);
      const { protect, audit } = options;
      const plan = await runner.run(
        { kind: "unit-sheets", grids, protect, ...(audit ? { audit } : {}) },
        (s) => {
          steps.stage(s);
        }
      );
      if (plan.kind === "unusable") return plan;
      steps.at("creating");
      const created = await port.createSheets(plan.sheets);
      const entry = unitSheetsLogEntry(plan, created.created);
      if (entry !== null) await recordAction(port, entry);
      return { kind: "created", ...created };
    },

    async createRegister(port, onProgress) {
      primed = null;
      const steps = stepper(["building", "creating"], onProgress);
      const { sheets } = await runner.run({ kind: "register-template" }, (s) => {
        steps.stage(s);
      });
      steps.at("creating");
      return port.createSheets(sheets);
    },
  };
}
