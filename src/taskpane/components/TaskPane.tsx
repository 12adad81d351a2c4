/** The pane's layout: header with the language switch, notice, progress, overview, actions, issues. */
import * as React from "react";
import { Divider, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../../ports/workbook.port";
import { useRegisterPane } from "../hooks/useRegisterPane";
import { useStrings, type Language } from "../i18n";
import { ActionPanel } from "./ActionPanel";
import { CalendarCard } from "./CalendarCard";
import { MoreActionsSection } from "./MoreActionsSection";
import { IssuePanel } from "./IssuePanel";
import { LanguagePicker } from "./LanguagePicker";
import { NoticeBar } from "./NoticeBar";
import { OverviewCard, RegisterDetails } from "./OverviewCard";
import { ProgressLine } from "./ProgressLine";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    // The sections' own gaps space the headings; the browser's h1–h3 margins doubled them.
    "& h1, & h2, & h3": { marginBlock: 0 },
  },
  // Title, subtitle, then the language switch on its own line: the same layout at every pane
  // width and in both languages ("Emulation Register" beside a select would wrap at 320 px).
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  language: { marginTop: tokens.spacingVerticalXS },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export function TaskPane(props: {
  readonly port: WorkbookPort;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly now: () => Date;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [state, actions] = useRegisterPane(props.port, props.now);
  const titleId = React.useId();
  const showProgress = state.busy !== null && state.busy !== "select";
  return (
    // A labelled region, not <main>: the browser preview hosts the pane beside its own page.
    <section className={styles.pane} lang={props.language} aria-labelledby={titleId}>
      <header className={styles.header}>
        <Title3 as="h1" id={titleId} className={styles.title}>
          {s.appTitle}
        </Title3>
        <Text className={styles.subtitle}>{s.appSubtitle}</Text>
        <div className={styles.language}>
          <LanguagePicker language={props.language} onChange={props.onLanguageChange} />
        </div>
      </header>
      {/* Only when there is something to say: an empty box would add a gap under the header. */}
      {showProgress || state.notice ? (
        <div className={styles.sticky}>
          {showProgress ? <ProgressLine step={state.step} fraction={state.progress} /> : null}
          {state.notice ? (
            <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />
          ) : null}
        </div>
      ) : null}
      <OverviewCard
        overview={state.overview}
        loading={state.loading}
        canRefresh={state.busy === null}
        checked={state.issues !== null}
        onRefresh={() => void actions.refresh()}
      />
      <CalendarCard overview={state.overview} />
      <Divider />
      <ActionPanel
        overview={state.overview}
        loading={state.loading}
        busy={state.busy}
        actions={actions}
      />
      <Divider />
      <MoreActionsSection
        port={props.port}
        overview={state.overview}
        busy={state.busy !== null}
        now={props.now}
        onChanged={() => void actions.refresh()}
      />
      {state.issues !== null ? (
        <>
          <Divider />
          <IssuePanel
            issues={state.issues}
            busy={state.busy !== null}
            canMark={
              props.port.highlightCells !== undefined && props.port.clearHighlights !== undefined
            }
            onSelect={(issue) => void actions.selectIssue(issue)}
            onHighlight={() => void actions.highlight()}
            onClearHighlights={() => void actions.clearHighlights()}
          />
        </>
      ) : null}
      {state.overview !== null ? (
        <>
          <Divider />
          <RegisterDetails overview={state.overview} />
        </>
      ) : null}
    </section>
  );
}
