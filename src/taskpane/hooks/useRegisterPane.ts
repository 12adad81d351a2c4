/**
 * The task pane's state and actions: the overview, the action running and its step, the last
 * check's issues and the notice to show. Every action goes through the pane's engine (read on
 * this thread, compute in a Web Worker, write on this thread), which reads the workbook fresh;
 * nothing read is kept across actions except for display.
 */
import type { UnusableReason } from "../../domain/messages/unusable-reasons";
import * as React from "react";
import type { AuditContext } from "../../app/audit-trail";
import { usePaneLanguage } from "../i18n";
import type { RegisterOverview } from "../../app/register-overview";
import { AUDIT_LOG_SHEET, formatLogTime } from "../../domain/integrity/audit-log";
import { changedOutputSheets, recordOutputSheets } from "../../app/output-guard";
import { workflowSteps } from "../../app/workflow-steps";
import { stepReasonText } from "../../domain/messages/step-reason-text";
import { CHECK_SHEET_NAME } from "../../domain/output/program-sheets";
import type { Issue } from "../../domain/issue";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionId } from "../availability";
import { defaultPaneEngine } from "../engine/default-engine";
import type { PaneOutputChoice } from "../engine/engine-job";
import type { EngineProgress, PaneEngine } from "../engine/pane-engine";
import { describeFailure } from "../errors";
import { refusedSheets } from "../refused-sheets";
import { withProgress } from "../progress-port";
import { NO_PROGRESS, createProgressStore, type ProgressSource } from "../progress-store";
import type { ListAuthorityGroup, NotProposedRow, RankingRow } from "../results";
import type { Strings } from "../strings.vi";

export type NoticeIntent = "success" | "warning" | "error" | "info";

/** A notice keeps how to say it, not the words, so switching language re-renders it. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: (s: Strings) => {
    readonly title: string;
    readonly message: string;
    readonly details?: string;
  };
}

export type BusyWith = ActionId | "refresh" | "mark";

export interface PaneState {
  readonly overview: RegisterOverview | null;
  readonly loading: boolean;
  readonly busy: BusyWith | null;
  readonly notice: Notice | null;
  /** Issues of the last check or run; null before any. */
  readonly issues: readonly Issue[] | null;
  /**
   * Counts the actions finished with a result to show: the pane moves focus and scroll to the
   * result each time it changes.
   */
  readonly results: number;
  /** The action whose result is shown (the last one that finished with a result). */
  readonly lastRun: BusyWith | null;
  /** The ranking of the last scoring; null before any (or after another workbook). */
  readonly ranking: readonly RankingRow[] | null;
  /** The counts of the last list, by deciding authority; null before any. */
  readonly listed: readonly ListAuthorityGroup[] | null;
  /** The entries the last list did not propose, with their reasons; null before any. */
  readonly notProposed: readonly NotProposedRow[] | null;
  /**
   * Output sheets changed by hand that the running action would replace: the pane asks before
   * it goes on (Excel cannot undo an add-in's writes). Null when nothing is asked.
   */
  readonly confirmReplace: readonly string[] | null;
}

export interface PaneActions {
  readonly refresh: () => Promise<void>;
  readonly createRegister: () => Promise<void>;
  readonly createUnitSheets: (protect: boolean) => Promise<void>;
  readonly check: () => Promise<void>;
  readonly score: () => Promise<void>;
  readonly propose: () => Promise<void>;
  readonly selectIssue: (issue: Issue) => Promise<void>;
  readonly highlight: () => Promise<void>;
  readonly clearHighlights: () => Promise<void>;
  readonly dismissNotice: () => void;
  /** Goes to a sheet the user is to fill (a step's "Mở trang …"). */
  readonly openSheet: (sheet: string) => Promise<void>;
  /** Selects rows of an output sheet (a part of the list). */
  readonly selectRows: (sheet: string, first: number, last: number) => Promise<void>;
  /** The user's answer to `confirmReplace`. */
  readonly answerReplace: (replace: boolean) => void;
}

const OUTPUT_TO_ACTIVATE: Readonly<Record<"scores" | "proposals", string>> = {
  scores: "Kết quả chấm điểm",
  proposals: "Đề nghị khen thưởng",
};

/** `writing`: the sheets the action was replacing, named when Excel refuses the write. */
function failure(error: unknown, writing: readonly string[] = []): Notice {
  return {
    intent: "error",
    text: (s) => {
      const { message, details } = describeFailure(error, s, writing);
      return { title: s.failureTitle, message, details };
    },
  };
}

/** Nothing written: the user kept the sheets changed by hand. */
function keptSheets(sheets: readonly string[]): Notice {
  return {
    intent: "info",
    text: (s) => ({ title: s.keptTitle, message: s.keptSheets(sheets.join(", ")) }),
  };
}

function success(message: (s: Strings) => string): Notice {
  return { intent: "success", text: (s) => ({ title: s.successTitle, message: message(s) }) };
}

/** The register cannot be used as it is (e.g. a required sheet is missing): nothing was done. */
function refused(reason: UnusableReason): Notice {
  return {
    intent: "warning",
    text: (s) => ({ title: s.failureTitle, message: s.unusable(reason) }),
  };
}

/**
 * What a check found, said in its title: "done" alone would read as "all is well" above a list
 * of errors. Errors make it a warning; warnings only, or nothing, stay informative/success.
 */
function checked(
  issues: readonly Issue[],
  title: ((s: Strings) => string) | null,
  prefix: (s: Strings) => string = () => ""
): Notice {
  const { errors, warnings } = counts(issues);
  const intent: NoticeIntent = errors > 0 ? "warning" : warnings > 0 ? "info" : "success";
  return {
    intent,
    text: (s) => ({
      title:
        title !== null
          ? title(s)
          : errors > 0
            ? s.checkErrorsTitle
            : warnings > 0
              ? s.checkWarningsTitle
              : s.checkCleanTitle,
      message: `${prefix(s)}${s.checkDone(errors, warnings)}`,
    }),
  };
}

function createdMessage(
  created: readonly string[],
  skipped: readonly string[]
): (s: Strings) => string {
  return (s) => {
    const parts: string[] = [];
    if (created.length > 0) parts.push(s.createdSheets(created.join(", ")));
    else parts.push(s.nothingCreated);
    if (skipped.length > 0) parts.push(s.skippedSheets(skipped.join(", ")));
    return parts.join(" ");
  };
}

function counts(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

export function useRegisterPane(
  port: WorkbookPort,
  now: () => Date,
  engine: PaneEngine = defaultPaneEngine()
): [PaneState, PaneActions, ProgressSource] {
  // The working sheets a run writes (`Kiểm tra`, `Kết quả chấm điểm`) speak the pane's language.
  const language = usePaneLanguage();
  const [state, setState] = React.useState<PaneState>({
    overview: null,
    loading: true,
    busy: null,
    notice: null,
    issues: null,
    results: 0,
    lastRun: null,
    ranking: null,
    listed: null,
    notProposed: null,
    confirmReplace: null,
  });
  // The answer the pane waits for while it asks whether to replace hand-changed sheets.
  const answerRef = React.useRef<((replace: boolean) => void) | null>(null);
  // The last overview, for the guards of an action already running.
  const overviewRef = React.useRef<RegisterOverview | null>(null);
  React.useEffect(() => {
    overviewRef.current = state.overview;
  }, [state.overview]);
  const busyRef = React.useRef(false);
  // The clock is read through a ref: a caller passing a new function each render must not
  // re-read the workbook each render.
  const nowRef = React.useRef(now);
  React.useEffect(() => {
    nowRef.current = now;
  }, [now]);

  // When and by whom, for `Nhật ký` (Excel gives add-ins no user name; `Cấu hình` may).
  const auditNow = React.useCallback(
    (): AuditContext => ({ time: formatLogTime(nowRef.current()), hostUser: null }),
    []
  );

  const patch = React.useCallback((p: Partial<PaneState>) => {
    setState((s) => ({ ...s, ...p }));
  }, []);

  // The step and share done go to the progress line alone (see progress-store.ts).
  const live = React.useMemo(createProgressStore, []);
  const tracked = React.useMemo(
    () =>
      withProgress(port, (step) => {
        live.set({ step, fraction: live.get().fraction });
      }),
    [port, live]
  );

  // The part of the progress bar the engine's current call fills: an action, then the overview
  // read again after it, share one bar.
  const span = React.useRef<readonly [number, number]>([0, 1]);
  const onProgress = React.useCallback(
    (p: EngineProgress) => {
      const [from, to] = span.current;
      live.set({ step: p.step, fraction: from + (to - from) * p.fraction });
    },
    [live]
  );

  /** Runs one action at a time; the overview is read again afterwards (the workbook changed). */
  const perform = React.useCallback(
    async (busy: BusyWith, act: () => Promise<Notice | null>, reread: boolean): Promise<void> => {
      if (busyRef.current) return;
      busyRef.current = true;
      // Marking keeps the last notice (e.g. the check's counts) on screen.
      const keepNotice = busy === "mark";
      live.set(NO_PROGRESS);
      patch(keepNotice ? { busy } : { busy, notice: null });
      span.current = reread && busy !== "refresh" ? [0, 0.85] : [0, 1];
      let notice: Notice | null = null;
      try {
        notice = await act();
      } catch (error) {
        notice = failure(error);
      }
      let overview: RegisterOverview | null | undefined;
      if (reread) {
        try {
          if (busy !== "refresh") span.current = [0.85, 1];
          overview = await engine.overview(port, nowRef.current(), onProgress);
        } catch (error) {
          notice ??= failure(error);
          overview = null;
        }
      }
      busyRef.current = false;
      // A transition: the results (issues, ranking, overview of a big register) are drawn in
      // slices between which the page paints and answers, not in one long task (issue 10, 4).
      React.startTransition(() => {
        setState((s) => ({
          ...s,
          busy: null,
          loading: false,
          notice: notice ?? (keepNotice ? s.notice : null),
          overview: overview === undefined ? s.overview : overview,
          results: notice !== null && !keepNotice ? s.results + 1 : s.results,
          lastRun: notice !== null && !keepNotice ? busy : s.lastRun,
        }));
      });
    },
    [port, engine, onProgress, patch, live]
  );

  /**
   * Goes to a cell or sheet for the user. It writes nothing, so it neither waits for nor is
   * refused by an action running (a click on an issue while the check reads the overview again
   * was lost); it keeps the notice on screen and says only when Excel refuses.
   */
  const navigate = React.useCallback(
    async (go: () => Promise<void>): Promise<void> => {
      try {
        await go();
      } catch (error) {
        patch({ notice: failure(error) });
      }
    },
    [patch]
  );

  const refresh = React.useCallback(
    () => perform("refresh", () => Promise.resolve(null), true),
    [perform]
  );

  // A new port is another workbook (the preview opens files): forget the last one's results.
  React.useEffect(() => {
    setState((s) => ({ ...s, issues: null, notice: null, overview: null, loading: true }));
    void refresh();
  }, [refresh]);

  /** Asks whether to replace sheets changed by hand; resolves with the answer. */
  const askToReplace = React.useCallback(
    (sheets: readonly string[]) =>
      new Promise<boolean>((resolve) => {
        answerRef.current = resolve;
        patch({ confirmReplace: sheets });
      }),
    [patch]
  );

  const run = React.useCallback(
    (action: ActionId, choice: PaneOutputChoice) =>
      perform(
        action,
        async () => {
          // No list goes out without its year and agency: the step says why, and so does this.
          const overview = overviewRef.current;
          const list = overview === null ? null : workflowSteps(overview).steps[5];
          if (choice === "proposals" && list?.status === "blocked") {
            const reason = list.reason;
            return {
              intent: "warning",
              text: (s: Strings) => ({
                title: s.failureTitle,
                message: stepReasonText(reason, s.language),
              }),
            } satisfies Notice;
          }
          const target = OUTPUT_TO_ACTIVATE[choice];
          const replacing = [CHECK_SHEET_NAME, target];
          const changed = await changedOutputSheets(port, replacing, (grids) =>
            engine.fingerprints(grids)
          );
          if (changed.length > 0) {
            const replace = await askToReplace(changed);
            patch({ confirmReplace: null });
            if (!replace) return keptSheets(changed);
          }
          let result;
          try {
            result = await engine.run(port, choice, onProgress, auditNow(), language);
          } catch (error) {
            // The run also adds its row to `Nhật ký`: a protected log refuses it too.
            return failure(
              error,
              await refusedSheets(port, error, [...replacing, AUDIT_LOG_SHEET], replacing)
            );
          }
          if (result.kind === "unusable") return refused(result.reason);
          const issues = result.issues;
          await recordOutputSheets(port, result.written, (grids) => engine.fingerprints(grids));
          React.startTransition(() => {
            patch(
              choice === "scores"
                ? { issues, ranking: result.ranking }
                : { issues, listed: result.listed ?? [], notProposed: result.notProposed ?? [] }
            );
          });
          await tracked.activateSheet(target);
          const written = result.written;
          return checked(
            issues,
            (s) => s.runTitle,
            (s) => `${s.writtenSheets(written.join(", "))} `
          );
        },
        true
      ),
    [perform, engine, port, onProgress, tracked, patch, askToReplace, auditNow, language]
  );

  const actions: PaneActions = {
    refresh,
    createRegister: () =>
      perform(
        "createRegister",
        async () => {
          const { created, skipped } = await engine.createRegister(port, onProgress);
          const said = createdMessage(created, skipped);
          // A new register is empty: say what to do next.
          return success(created.length > 0 ? (s) => `${said(s)} ${s.nextAfterRegister}` : said);
        },
        true
      ),
    createUnitSheets: (protect) =>
      perform(
        "createUnitSheets",
        async () => {
          const result = await engine.createUnitSheets(
            port,
            { protect, audit: auditNow() },
            onProgress
          );
          if (result.kind === "unusable") return refused(result.reason);
          return success(createdMessage(result.created, result.skipped));
        },
        true
      ),
    check: () =>
      perform(
        "check",
        async () => {
          const outcome = await engine.check(port, onProgress);
          if (outcome.kind === "unusable") {
            patch({ issues: null });
            return refused(outcome.reason);
          }
          const issues = outcome.issues;
          React.startTransition(() => {
            patch({ issues });
          });
          return checked(issues, null);
        },
        true
      ),
    score: () => run("score", "scores"),
    propose: () => run("propose", "proposals"),
    selectIssue: (issue) => {
      if (issue.sheet === null) return Promise.resolve();
      const sheet = issue.sheet;
      return navigate(() =>
        issue.cell === null ? port.activateSheet(sheet) : port.selectCell(sheet, issue.cell)
      );
    },
    highlight: () =>
      perform(
        "mark",
        async () => {
          if (!tracked.highlightCells) return null;
          const cells = (state.issues ?? []).flatMap((i) =>
            i.sheet !== null && i.cell !== null
              ? [{ sheet: i.sheet, cell: i.cell, severity: i.severity }]
              : []
          );
          const result = await tracked.highlightCells(cells);
          return success((s) =>
            [
              s.marked(result.highlighted),
              result.skippedSheets.length > 0
                ? s.markedSkipped(result.skippedSheets.join(", "))
                : "",
            ]
              .join(" ")
              .trim()
          );
        },
        false
      ),
    clearHighlights: () =>
      perform(
        "mark",
        async () => {
          if (!tracked.clearHighlights) return null;
          await tracked.clearHighlights();
          return success((s) => s.marksCleared);
        },
        false
      ),
    dismissNotice: () => {
      patch({ notice: null });
    },
    answerReplace: (replace) => {
      answerRef.current?.(replace);
      answerRef.current = null;
    },
    selectRows: (sheet, first, last) =>
      navigate(() => port.selectCell(sheet, `A${first}:H${Math.max(first, last)}`)),
    openSheet: (sheet) => navigate(() => port.activateSheet(sheet)),
  };
  return [state, actions, live];
}
