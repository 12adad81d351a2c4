/**
 * The year's workflow as numbered steps, each done / to do / blocked with its reason. The next
 * step's action is the one primary button; a blocked step's button stays focusable and its reason
 * is read with it. The last step ("Danh sách và hồ sơ") hosts further panels (`listExtras`).
 */
import * as React from "react";
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { StepAction, StepStatus, Workflow, WorkflowStep } from "../../app/workflow-steps";
import { stepReasonText } from "../../domain/messages/step-reason-text";
import type { PaneActions } from "../hooks/useRegisterPane";
import { usePaneLanguage, useStrings } from "../i18n";
import type { Strings } from "../strings.vi";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The next step stands out by its border, not by colour alone (its badge says it too).
  next: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  number: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorNeutralForeground1 },
  blocked: { color: tokens.colorPaletteDarkOrangeForeground1 },
  done: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "stretch", justifyContent: "flex-start" },
  option: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

const STATUS_BADGE: Readonly<Record<StepStatus, BadgeProps["color"]>> = {
  done: "success",
  todo: "brand",
  blocked: "warning",
};

/** The label of a step's button. */
export function actionLabel(action: StepAction, s: Strings): string {
  switch (action.kind) {
    case "openSheet":
      return s.openSheet(action.sheet);
    case "createRegister":
      return s.createRegister;
    case "createUnitSheets":
      return s.createUnitSheets;
    case "check":
      return s.check;
    case "score":
      return s.score;
    case "propose":
      return s.propose;
  }
}

function StepItem(props: {
  readonly step: WorkflowStep;
  readonly index: number;
  readonly isNext: boolean;
  readonly busy: boolean;
  readonly run: (action: StepAction) => void;
  /** Shown above the button (an option of the action). */
  readonly before?: React.ReactNode;
  /** Shown under the button (further panels of the step). */
  readonly after?: React.ReactNode;
}): React.JSX.Element {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  const titleId = React.useId();
  const reasonId = React.useId();
  const { step, isNext } = props;
  const blocked = step.status === "blocked";
  return (
    <li
      className={mergeClasses(styles.step, isNext && styles.next)}
      aria-labelledby={titleId}
      aria-current={isNext ? "step" : undefined}
      data-step={step.id}
      data-status={step.status}
    >
      <div className={styles.head}>
        <Caption1 className={styles.number}>{s.stepNumber(props.index + 1)}</Caption1>
        <Body1Strong as="h3" id={titleId}>
          {s.stepTitle[step.id]}
        </Body1Strong>
        <Badge appearance="tint" shape="rounded" color={STATUS_BADGE[step.status]}>
          {s.stepStatus[step.status]}
        </Badge>
      </div>
      <Caption1
        id={reasonId}
        className={blocked ? styles.blocked : step.status === "done" ? styles.done : styles.reason}
      >
        {stepReasonText(step.reason, language)}
      </Caption1>
      {props.before}
      {step.action !== null ? (
        <Button
          className={styles.button}
          appearance={isNext ? "primary" : "secondary"}
          disabledFocusable={blocked || props.busy}
          aria-describedby={reasonId}
          data-action={
            step.action.kind === "openSheet" ? `open:${step.action.sheet}` : step.action.kind
          }
          onClick={() => {
            if (step.action !== null) props.run(step.action);
          }}
        >
          {actionLabel(step.action, s)}
        </Button>
      ) : null}
      {props.after}
    </li>
  );
}

export function StepsPanel(props: {
  readonly workflow: Workflow;
  readonly busy: boolean;
  readonly actions: PaneActions;
  /** Panels shown inside the last step, "Danh sách và hồ sơ" (dossier, decisions…). */
  readonly listExtras?: React.ReactNode;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const [protect, setProtect] = React.useState(true);
  const { actions } = props;
  const run = (action: StepAction): void => {
    switch (action.kind) {
      case "openSheet":
        void actions.openSheet(action.sheet);
        return;
      case "createRegister":
        void actions.createRegister();
        return;
      case "createUnitSheets":
        void actions.createUnitSheets(protect);
        return;
      case "check":
        void actions.check();
        return;
      case "score":
        void actions.score();
        return;
      case "propose":
        void actions.propose();
        return;
    }
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.stepsTitle}
      </Subtitle2>
      <ol className={styles.list}>
        {props.workflow.steps.map((step, index) => (
          <StepItem
            key={step.id}
            step={step}
            index={index}
            isNext={props.workflow.next === step.id}
            busy={props.busy}
            run={run}
            before={
              step.id === "unitSheets" && step.status !== "done" ? (
                <Checkbox
                  className={styles.option}
                  checked={protect}
                  onChange={(_e, data) => {
                    setProtect(data.checked === true);
                  }}
                  label={s.protectLabel}
                />
              ) : null
            }
            after={step.id === "list" ? props.listExtras : null}
          />
        ))}
      </ol>
    </section>
  );
}
