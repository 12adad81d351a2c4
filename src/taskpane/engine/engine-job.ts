/**
 * The jobs the pane's engine computes and what each returns: plain data only, so that they cross
 * to a Web Worker and back by structured clone. Reading and writing the workbook stay on the main
 * thread (Office.js lives there); everything between is a job.
 */
import type { RegisterOverview } from "../../app/register-overview";
import type { AuditContext } from "../../app/audit-trail";
import type { Language } from "../../domain/messages/language";
import type { OutputChoice } from "../../app/run-register";
import type { AuditAction } from "../../domain/integrity/audit-log";
import type { GridSet } from "../../domain/grid";
import type { IntegrityParts } from "../../domain/integrity/integrity-check";
import type { Issue } from "../../domain/issue";
import type { Unusable } from "../../domain/unusable";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import type { ListAuthorityGroup, NotProposedRow, RankingRow } from "../results";

/** The output sheets the pane writes (the CLI's other choices are not pane actions). */
export type PaneOutputChoice = Extract<OutputChoice, "scores" | "proposals">;

export type EngineJob =
  | {
      readonly kind: "overview";
      /** Every sheet name, in tab order (output sheets included: the overview lists them). */
      readonly names: readonly string[];
      readonly grids: GridSet;
      /** The user's day, local time. */
      readonly today: Date;
    }
  | { readonly kind: "check"; readonly grids: GridSet; readonly integrity: IntegrityParts }
  | {
      readonly kind: "run";
      readonly grids: GridSet;
      readonly integrity: IntegrityParts;
      readonly choice: PaneOutputChoice;
      /** When given, the result carries the run's `Nhật ký` row. */
      readonly audit?: AuditContext;
      /** The working sheets' language (Vietnamese when absent). */
      readonly language?: Language;
    }
  | {
      readonly kind: "unit-sheets";
      readonly grids: GridSet;
      readonly protect: boolean;
      readonly audit?: AuditContext;
    }
  | { readonly kind: "register-template" }
  /** SHA-256 fingerprints of output sheets as read back (hashing a long list takes a while). */
  | { readonly kind: "fingerprints"; readonly grids: GridSet };

export type { Unusable } from "../../domain/unusable";

export interface EngineResults {
  readonly overview: RegisterOverview;
  readonly check: { readonly kind: "analysed"; readonly issues: readonly Issue[] } | Unusable;
  readonly run:
    | {
        readonly kind: "analysed";
        readonly issues: readonly Issue[];
        readonly sheets: readonly OutputSheet[];
        /** The ranking, shown in the pane after scoring. */
        readonly ranking: readonly RankingRow[];
        /** The list's counts by deciding authority, when the list is among the sheets. */
        readonly listed?: readonly ListAuthorityGroup[];
        /** With the list: the entries not proposed, with their reasons (typed messages). */
        readonly notProposed?: readonly NotProposedRow[];
        /** The `Nhật ký` row to append after the write, when the job had an audit context. */
        readonly log?: AuditAction;
      }
    | Unusable;
  readonly "unit-sheets":
    | {
        readonly kind: "sheets";
        readonly sheets: readonly OutputSheet[];
        /** The log row as if every sheet were created (unitSheetsLogEntry narrows it). */
        readonly log?: AuditAction;
      }
    | Unusable;
  readonly "register-template": {
    readonly kind: "sheets";
    readonly sheets: readonly OutputSheet[];
  };
  /** Sheet name → fingerprint. */
  readonly fingerprints: ReadonlyMap<string, string>;
}

export type EngineResult<J extends EngineJob> = EngineResults[J["kind"]];

/** A stage of the computation, reported as it starts (the analysis' stages, then building). */
export type ComputeStage = "reading" | "validating" | "scoring" | "proposing" | "building";

/**
 * Runs jobs somewhere (a Web Worker, or this thread where there is none). `onStage` hears the
 * computation's stages as they start.
 */
export interface JobRunner {
  run<J extends EngineJob>(
    job: J,
    onStage: (stage: ComputeStage) => void
  ): Promise<EngineResult<J>>;
  /** Where jobs run, for tests and the benchmark ("worker" or "thread"). */
  readonly where: () => "worker" | "thread";
  /** Starts loading what jobs need (the worker's script) before the first job asks for it. */
  readonly prepare?: () => void;
}
