/**
 * One action of the dossier, year, units' files and lock panels: a button, its hint, and the
 * reason underneath when it cannot run (focusable, so keyboard and screen-reader users learn it).
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { alignSelf: "stretch", justifyContent: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function FeatureAction(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly reason: string | null;
  readonly onRun: () => void;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const hintId = React.useId();
  const reasonId = React.useId();
  return (
    <div className={styles.row}>
      {props.children}
      <Button
        className={styles.button}
        disabledFocusable={props.reason !== null}
        aria-describedby={props.reason !== null ? `${reasonId} ${hintId}` : hintId}
        onClick={props.onRun}
        data-action={props.id}
      >
        {props.label}
      </Button>
      <Caption1 id={hintId} className={styles.hint}>
        {props.hint}
      </Caption1>
      {props.reason !== null ? (
        <Caption1 id={reasonId} className={styles.reason}>
          {props.reason}
        </Caption1>
      ) : null}
    </div>
  );
}

/** The panels' sub-heading and their actions, spaced like the pane's own action list. */
export function FeatureGroup(props: {
  readonly title: string;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const headingId = React.useId();
  return (
    <section
      aria-labelledby={headingId}
      style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }}
    >
      <h3 id={headingId} style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
