/**
 * Where panels of further actions mount in the pane: inside the last step ("Danh sách và hồ sơ":
 * dossier, decisions) and in "Thao tác khác" (next year's register, units' files, the council's
 * lock…). Each panel gets the port, the last overview and whether an action is running; it keeps
 * its own state in its own hook and files. Add a panel here with one line.
 */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RegisterOverview } from "../../app/register-overview";
import type { WorkbookPort } from "../../ports/workbook.port";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface StepPanelProps {
  readonly port: WorkbookPort;
  readonly overview: RegisterOverview;
  /** Another action is running: start nothing. */
  readonly busy: boolean;
  /** Call after changing the workbook, so the overview and the steps are read again. */
  readonly onChanged: () => void;
}

/** Panels under the "Danh sách và hồ sơ" step's button. */
export function ListStepPanels(_props: StepPanelProps): React.JSX.Element | null {
  const panels: React.ReactNode[] = [];
  return panels.length > 0 ? <>{panels}</> : null;
}

/** Panels of "Thao tác khác", under the steps; the section shows only when it has one. */
export function OtherActionPanels(_props: StepPanelProps): React.JSX.Element | null {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const panels: React.ReactNode[] = [];
  if (panels.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.otherActionsTitle}
      </Subtitle2>
      {panels}
    </section>
  );
}
