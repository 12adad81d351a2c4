/**
 * The secretariat's actions in workflow order. A button that cannot run stays focusable and says
 * why underneath, so keyboard and screen-reader users learn the reason too.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RegisterOverview } from "../../app/register-overview";
import { actionAvailability, type ActionId } from "../availability";
import type { BusyWith, PaneActions } from "../hooks/useRegisterPane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { alignSelf: "stretch", justifyContent: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // "Already done" is not a problem: neutral, like the hint.
  settled: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  // Fluent pads the box inside the checkbox: pull it back so it lines up with the buttons.
  option: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

function useProtectOption(): [boolean, (checked: boolean) => void] {
  const [protect, setProtect] = React.useState(true);
  return [protect, setProtect];
}

function ActionRow(props: {
  readonly id: ActionId;
  readonly label: string;
  readonly hint: string;
  readonly reason: string | null;
  readonly settled: boolean;
  readonly running: boolean;
  readonly primary?: boolean;
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
        appearance={props.primary === true ? "primary" : "secondary"}
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
      {props.reason !== null && !props.running ? (
        <Caption1 id={reasonId} className={props.settled ? styles.settled : styles.reason}>
          {props.reason}
        </Caption1>
      ) : null}
    </div>
  );
}

export function ActionPanel(props: {
  readonly overview: RegisterOverview | null;
  readonly loading: boolean;
  readonly busy: BusyWith | null;
  readonly actions: PaneActions;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const [protect, setProtect] = useProtectOption();
  const state = { busy: props.busy !== null, loading: props.loading };
  const row = (
    id: ActionId
  ): { id: ActionId; reason: string | null; settled: boolean; running: boolean } => {
    const availability = actionAvailability(id, props.overview, state, s);
    return {
      id,
      reason: availability.reason,
      settled: availability.settled === true,
      running: props.busy === id,
    };
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.actionsTitle}
      </Subtitle2>
      <ActionRow
        {...row("createRegister")}
        label={s.createRegister}
        hint={s.createRegisterHint}
        onRun={() => void props.actions.createRegister()}
      />
      <ActionRow
        {...row("createUnitSheets")}
        label={s.createUnitSheets}
        hint={s.createUnitSheetsHint}
        onRun={() => void props.actions.createUnitSheets(protect)}
      >
        <Checkbox
          className={styles.option}
          checked={protect}
          onChange={(_e, data) => {
            setProtect(data.checked === true);
          }}
          label={s.protectLabel}
        />
      </ActionRow>
      <ActionRow
        {...row("check")}
        primary
        label={s.check}
        hint={s.checkHint}
        onRun={() => void props.actions.check()}
      />
      <ActionRow
        {...row("score")}
        label={s.score}
        hint={s.scoreHint}
        onRun={() => void props.actions.score()}
      />
      <ActionRow
        {...row("propose")}
        label={s.propose}
        hint={s.proposeHint}
        onRun={() => void props.actions.propose()}
      />
    </section>
  );
}
