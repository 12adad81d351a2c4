/**
 * What a long action is doing now: the step's name (announced politely to screen readers) over a
 * determinate progress bar when the engine knows the share done, an indeterminate one otherwise.
 */
import * as React from "react";
import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Step } from "../progress-port";
import type { ProgressSource } from "../progress-store";
import { useStrings } from "../i18n";
import type { Strings } from "../strings.vi";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
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
    case "parsing":
      return s.stepParsing;
    case "validating":
      return s.stepValidating;
    case "scoring":
      return s.stepScoring;
    case "proposing":
      return s.stepProposing;
    case "building":
      return s.stepBuilding;
    case null:
      return s.stepWorking;
  }
}

export function ProgressLine(props: {
  readonly step: Step | null;
  /** Share of the action done, 0 to 1; null or absent when unknown. */
  readonly fraction?: number | null;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const text = stepText(props.step, s);
  const fraction =
    props.fraction === null || props.fraction === undefined
      ? null
      : Math.min(1, Math.max(0, props.fraction));
  return (
    <div className={styles.line} data-testid="progress">
      <Text size={200} role="status" aria-live="polite">
        {text}
      </Text>
      <ProgressBar
        thickness="large"
        max={1}
        value={fraction ?? undefined}
        aria-label={fraction === null ? text : s.progressLabel(text, Math.round(fraction * 100))}
      />
    </div>
  );
}

/** The progress line of the pane's running action: only it re-renders as the action moves on. */
export function LiveProgressLine(props: { readonly source: ProgressSource }): React.JSX.Element {
  const { step, fraction } = React.useSyncExternalStore(props.source.subscribe, props.source.get);
  return <ProgressLine step={step} fraction={fraction} />;
}
