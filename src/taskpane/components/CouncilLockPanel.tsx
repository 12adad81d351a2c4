/** "Khóa kết quả" / "Mở khóa" after the council meeting (issue 12), with the lock in force. */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useCouncilLock } from "../hooks/useCouncilLock";
import { useStrings } from "../i18n";
import { FeatureAction, FeatureGroup } from "./FeatureAction";

export function CouncilLockPanel(props: {
  readonly port: WorkbookPort;
  readonly runner: ActionRunner;
  readonly reason: string | null;
}): React.JSX.Element {
  const s = useStrings();
  const lock = useCouncilLock(props.port, props.runner);
  const reason = props.reason ?? (lock.supported ? null : s.unsupportedHere);
  return (
    <FeatureGroup title={s.lockTitle}>
      {lock.state !== undefined ? (
        <Caption1 data-testid="lock-state">
          {lock.state === null
            ? s.lockStateOpen
            : s.lockStateLocked(lock.state.lockedAt, lock.state.lockedBy, lock.state.fingerprint)}
        </Caption1>
      ) : null}
      {lock.state === null || lock.state === undefined ? (
        <FeatureAction
          id="lock"
          label={s.lock}
          hint={s.lockHint}
          reason={reason}
          onRun={() => void lock.lock()}
        />
      ) : (
        <FeatureAction
          id="unlock"
          label={s.unlock}
          hint={s.unlockHint}
          reason={reason}
          onRun={() => void lock.unlock()}
        />
      )}
    </FeatureGroup>
  );
}
