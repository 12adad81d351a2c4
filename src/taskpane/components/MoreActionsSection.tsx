/**
 * The pane's section for the dossier, the year, the units' files and the council's lock (issues
 * 9, 11, 12): one runner (one action at a time, one result shown), the panels in workflow order.
 * The pane hosts it in one place and tells it when its own actions run.
 */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RegisterOverview } from "../../app/register-overview";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { Notice } from "../hooks/useRegisterPane";
import { useActionRunner, type ActionResult } from "../hooks/useActionRunner";
import { useStrings } from "../i18n";
import { CouncilLockPanel } from "./CouncilLockPanel";
import { DossierPanel } from "./DossierPanel";
import { NoticeBar } from "./NoticeBar";
import { UnitFilesPanel } from "./UnitFilesPanel";
import { YearPanel } from "./YearPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function asNotice(result: ActionResult): Notice {
  return {
    intent: result.intent,
    text: (s) => ({
      title:
        result.title?.(s) ??
        (result.intent === "error" || result.intent === "warning"
          ? s.failureTitle
          : s.successTitle),
      message: result.text(s),
      ...(result.details === undefined ? {} : { details: result.details }),
    }),
  };
}

export function MoreActionsSection(props: {
  readonly port: WorkbookPort;
  readonly overview: RegisterOverview | null;
  /** The pane's own action is running. */
  readonly busy: boolean;
  readonly now: () => Date;
  /** The workbook changed: the pane reads its overview again. */
  readonly onChanged: () => void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const runner = useActionRunner(props.onChanged, props.now);
  const notice = React.useMemo(
    () => (runner.result === null ? null : asNotice(runner.result)),
    [runner.result]
  );
  const reason =
    props.busy || runner.running !== null
      ? s.moreBusy
      : props.overview === null || props.overview.missingRequired.length > 0
        ? s.moreNoRegister
        : null;
  const panel = { port: props.port, runner, reason };
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="more-actions">
      <Subtitle2 as="h2" id={headingId}>
        {s.moreActionsTitle}
      </Subtitle2>
      {notice !== null ? <NoticeBar notice={notice} onDismiss={runner.dismiss} /> : null}
      <DossierPanel {...panel} />
      <YearPanel {...panel} />
      <UnitFilesPanel {...panel} />
      <CouncilLockPanel {...panel} />
    </section>
  );
}
