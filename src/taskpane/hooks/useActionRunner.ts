/**
 * Runs the actions of the dossier, year, units' files and lock panels one at a time, keeps the
 * last result to show (as how to say it, so a language switch re-renders it) and tells the pane
 * that the workbook changed so the overview is read again.
 */
import * as React from "react";
import { formatLogTime } from "../../domain/integrity/audit-log";
import type { AuditContext } from "../../app/audit-trail";
import { describeFailure } from "../errors";
import type { Strings } from "../strings.vi";

export interface ActionResult {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: (s: Strings) => string;
  /** The notice's title when the intent's own would mislead (done, with findings to review). */
  readonly title?: (s: Strings) => string;
  /** Technical details, shown on demand (failures). */
  readonly details?: string;
}

export interface ActionRunner {
  /** The action running now, or null. */
  readonly running: string | null;
  readonly result: ActionResult | null;
  /**
   * Runs `act` unless another action runs; `changes` says whether the workbook may have changed
   * (the pane then reads its overview again).
   */
  readonly run: (
    id: string,
    act: () => Promise<ActionResult | null>,
    changes: boolean
  ) => Promise<void>;
  readonly dismiss: () => void;
  /** When and by whom, for `Nhật ký`: Excel gives add-ins no user name, `Cấu hình` names them. */
  readonly audit: () => AuditContext;
  readonly now: () => Date;
}

export function failureResult(error: unknown): ActionResult {
  return {
    intent: "error",
    text: (s) => describeFailure(error, s).message,
    details: (() => {
      const code =
        typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
      const message = error instanceof Error ? error.message : String(error);
      return code === "" ? message : `${code}: ${message}`;
    })(),
  };
}

export function useActionRunner(onChanged: () => void, now: () => Date): ActionRunner {
  const [running, setRunning] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<ActionResult | null>(null);
  const runningRef = React.useRef(false);
  const changedRef = React.useRef(onChanged);
  const nowRef = React.useRef(now);
  React.useEffect(() => {
    changedRef.current = onChanged;
    nowRef.current = now;
  }, [onChanged, now]);

  const run = React.useCallback(
    async (id: string, act: () => Promise<ActionResult | null>, changes: boolean) => {
      if (runningRef.current) return;
      runningRef.current = true;
      setRunning(id);
      setResult(null);
      let outcome: ActionResult | null;
      try {
        outcome = await act();
      } catch (error) {
        outcome = failureResult(error);
      }
      runningRef.current = false;
      setRunning(null);
      setResult(outcome);
      if (changes) changedRef.current();
    },
    []
  );

  const dismiss = React.useCallback(() => {
    setResult(null);
  }, []);
  const stableNow = React.useCallback(() => nowRef.current(), []);
  const audit = React.useCallback(
    (): AuditContext => ({ time: formatLogTime(nowRef.current()), hostUser: null }),
    []
  );
  return { running, result, run, dismiss, audit, now: stableNow };
}
