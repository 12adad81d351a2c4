/**
 * Units' files (issue 12): "Xuất phiếu đơn vị" as a .zip download, and "Gộp phiếu đơn vị" over
 * the files the user picks (read in the pane; nothing is uploaded anywhere).
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useUnitFiles, type PickedFile } from "../hooks/useUnitFiles";
import { useStrings } from "../i18n";
import { usePaneFiles } from "../pane-files";
import { FeatureAction, FeatureGroup } from "./FeatureAction";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  files: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  pickButton: { alignSelf: "stretch", justifyContent: "flex-start", whiteSpace: "normal" },
});

export function UnitFilesPanel(props: {
  readonly port: WorkbookPort;
  readonly runner: ActionRunner;
  readonly reason: string | null;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const actions = useUnitFiles(props.port, props.runner, usePaneFiles());
  const [picked, setPicked] = React.useState<readonly PickedFile[]>([]);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const mergeReason =
    props.reason ??
    (actions.canMerge ? (picked.length === 0 ? s.mergeNoFiles : null) : s.unsupportedHere);
  return (
    <FeatureGroup title={s.unitFilesTitle}>
      <FeatureAction
        id="split"
        label={s.split}
        hint={s.splitHint}
        reason={props.reason}
        onRun={() => void actions.split()}
      />
      <FeatureAction
        id="merge"
        label={s.merge}
        hint={s.mergeHint}
        reason={mergeReason}
        onRun={() => void actions.merge(picked)}
      >
        <div className={styles.picker}>
          {/* The browser's own file input speaks the browser's language ("Choose Files"):
              the pane's button opens it and the names picked are listed below. */}
          <Button
            className={styles.pickButton}
            disabledFocusable={!actions.canMerge}
            onClick={() => inputRef.current?.click()}
          >
            {s.mergePick}
          </Button>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            aria-hidden="true"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="merge-files"
            onChange={(e) => {
              setPicked(Array.from(e.currentTarget.files ?? []));
            }}
          />
          {picked.length > 0 ? (
            <Caption1 className={styles.files}>{picked.map((f) => f.name).join(", ")}</Caption1>
          ) : null}
        </div>
      </FeatureAction>
    </FeatureGroup>
  );
}
