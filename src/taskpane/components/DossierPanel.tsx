/** "Lập hồ sơ" (issue 9): the dossier's sheets, and its Word files as one .zip download. */
import * as React from "react";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useDossier } from "../hooks/useDossier";
import { useStrings } from "../i18n";
import { usePaneFiles } from "../pane-files";
import { FeatureAction, FeatureGroup } from "./FeatureAction";

export function DossierPanel(props: {
  readonly port: WorkbookPort;
  readonly runner: ActionRunner;
  /** Why nothing can run now, or null. */
  readonly reason: string | null;
}): React.JSX.Element {
  const s = useStrings();
  const actions = useDossier(props.port, props.runner, usePaneFiles());
  return (
    <FeatureGroup title={s.dossierTitle}>
      <FeatureAction
        id="dossierSheets"
        label={s.dossierSheets}
        hint={s.dossierSheetsHint}
        reason={props.reason}
        onRun={() => void actions.writeSheets()}
      />
      <FeatureAction
        id="dossierWord"
        label={s.dossierWord}
        hint={s.dossierWordHint}
        reason={props.reason}
        onRun={() => void actions.downloadWord()}
      />
    </FeatureGroup>
  );
}
