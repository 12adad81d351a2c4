/**
 * "Khóa kết quả" / "Mở khóa" in the pane (issue 12, item 3), and whether the results are locked
 * now (read from the lock's custom XML part when the panel shows and after each action).
 */
import * as React from "react";
import { lockResults, unlockResults } from "../../app/lock-results";
import { LOCK_NAMESPACE, parseLockRecord } from "../../domain/integrity/lock-record";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionRunner } from "./useActionRunner";

export interface LockState {
  readonly fingerprint: string;
  readonly lockedAt: string;
  readonly lockedBy: string;
}

export interface CouncilLock {
  /** undefined while unknown; null when not locked. */
  readonly state: LockState | null | undefined;
  /** False where the host keeps no custom XML parts (the CLI then does it). */
  readonly supported: boolean;
  readonly lock: () => Promise<void>;
  readonly unlock: () => Promise<void>;
}

async function readLock(port: WorkbookPort): Promise<LockState | null> {
  if (port.readCustomXml === undefined) return null;
  const record = parseLockRecord((await port.readCustomXml(LOCK_NAMESPACE)) ?? "");
  return record === null
    ? null
    : { fingerprint: record.fingerprint, lockedAt: record.lockedAt, lockedBy: record.lockedBy };
}

export function useCouncilLock(port: WorkbookPort, runner: ActionRunner): CouncilLock {
  const [state, setState] = React.useState<LockState | null | undefined>(undefined);
  const supported = port.readCustomXml !== undefined && port.writeCustomXml !== undefined;

  React.useEffect(() => {
    let live = true;
    readLock(port).then(
      (found) => {
        if (live) setState(found);
      },
      () => {
        if (live) setState(null);
      }
    );
    return () => {
      live = false;
    };
  }, [port]);

  const options = (): { time: string; hostUser: string | null } => runner.audit();
  return {
    state,
    supported,
    lock: () =>
      runner.run(
        "lock",
        async () => {
          const outcome = await lockResults(port, options());
          setState(await readLock(port));
          switch (outcome.kind) {
            case "locked":
              return {
                intent: "success",
                text: (s) => s.locked(outcome.values, outcome.fingerprint),
              };
            case "already-locked":
              return { intent: "info", text: (s) => s.alreadyLocked(outcome.lockedAt) };
            case "unsupported":
              return { intent: "warning", text: (s) => s.unsupportedHere };
            case "unusable":
              return { intent: "warning", text: (s) => s.unusable(outcome.reason) };
          }
        },
        true
      ),
    unlock: () =>
      runner.run(
        "unlock",
        async () => {
          const outcome = await unlockResults(port, options());
          setState(await readLock(port));
          switch (outcome.kind) {
            case "unlocked":
              return { intent: "success", text: (s) => s.unlocked };
            case "not-locked":
              return { intent: "info", text: (s) => s.notLocked };
            case "unsupported":
              return { intent: "warning", text: (s) => s.unsupportedHere };
          }
        },
        true
      ),
  };
}
