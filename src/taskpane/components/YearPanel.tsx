/** The year's actions (issue 11): `Quyết định` sheet, sơ kết / tổng kết reports, "Sang năm mới". */
import * as React from "react";
import { Checkbox } from "@fluentui/react-components";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useYearActions } from "../hooks/useYearActions";
import { useStrings } from "../i18n";
import { usePaneFiles } from "../pane-files";
import { FeatureAction, FeatureGroup } from "./FeatureAction";

export function YearPanel(props: {
  readonly port: WorkbookPort;
  readonly runner: ActionRunner;
  readonly reason: string | null;
}): React.JSX.Element {
  const s = useStrings();
  const actions = useYearActions(props.port, props.runner, usePaneFiles());
  const [undecided, setUndecided] = React.useState(false);
  return (
    <FeatureGroup title={s.yearTitle}>
      <FeatureAction
        id="decisions"
        label={s.decisions}
        hint={s.decisionsHint}
        reason={props.reason}
        onRun={() => void actions.createDecisions()}
      />
      <FeatureAction
        id="reportMidYear"
        label={s.reportMidYear}
        hint={s.reportHint}
        reason={props.reason}
        onRun={() => void actions.writeReport("mid-year")}
      />
      <FeatureAction
        id="reportYearEnd"
        label={s.reportYearEnd}
        hint={s.reportHint}
        reason={props.reason}
        onRun={() => void actions.writeReport("year-end")}
      />
      <FeatureAction
        id="nextYear"
        label={s.nextYear}
        hint={s.nextYearHint}
        reason={props.reason}
        onRun={() => void actions.nextYear(undecided)}
      >
        <Checkbox
          checked={undecided}
          onChange={(_e, data) => {
            setUndecided(data.checked === true);
          }}
          label={s.nextYearUndecided}
        />
      </FeatureAction>
    </FeatureGroup>
  );
}
