/** What a long action is doing now, announced politely to screen readers. */
import * as React from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Step } from "../progress-port";
import { useStrings } from "../i18n";
import type { Strings } from "../strings.vi";

const useStyles = makeStyles({
  line: { paddingBlock: tokens.spacingVerticalXS },
});

export function stepText(step: Step | null, s: Strings): string {
  switch (step) {
    case "reading":
      return s.stepReading;
    case "writing":
      return s.stepWriting;
    case "creating":
      return s.stepCreating;
    case "selecting":
      return s.stepSelecting;
    case "marking":
      return s.stepMarking;
    case null:
      return s.stepWorking;
  }
}

export function ProgressLine(props: { readonly step: Step | null }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.line} role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={stepText(props.step, s)} />
    </div>
  );
}
