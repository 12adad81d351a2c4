/**
 * The pane's layout: header (guide and rulebook links, language), the one progress line, the overview, the
 * year's steps, the result of the last action (what happened, what to do next, the check's
 * issues), other actions, and the register's details.
 */
import * as React from "react";
import { Divider, Link, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { workflowSteps } from "../../app/workflow-steps";
import { stepReasonText } from "../../domain/messages/step-reason-text";
import type { WorkbookPort } from "../../ports/workbook.port";
import { useRegisterPane } from "../hooks/useRegisterPane";
import { usePaneLanguage, useStrings, type Language } from "../i18n";
import { GUIDE_PAGE, RULEBOOK_PAGE } from "../shipped-pages";
import { CalendarCard } from "./CalendarCard";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { MoreActionsSection } from "./MoreActionsSection";
import { IssuePanel } from "./IssuePanel";
import { ListCountsPanel } from "./ListCountsPanel";
import { NotProposedPanel } from "./NotProposedPanel";
import { LanguagePicker } from "./LanguagePicker";
import { NoticeBar } from "./NoticeBar";
import { OverviewCard, RegisterDetails } from "./OverviewCard";
import { LiveProgressLine } from "./ProgressLine";
import { RankingPanel } from "./RankingPanel";
import { ListStepPanels, OtherActionPanels } from "./StepPanels";
import { StepsPanel } from "./StepsPanel";

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
  links: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // Scrolled to the top of the pane, below the sticky progress line.
    scrollMarginTop: "48px",
  },
  // The Subtitle2 look on a plain <h2> that can hold focus.
  resultHeading: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  next: { fontWeight: tokens.fontWeightSemibold },
});

/** Moves focus and scroll to the result each time an action finishes with one. */
function useFocusOnResult(results: number): React.RefObject<HTMLHeadingElement> {
  const ref = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (results === 0) return;
    const heading = ref.current;
    if (heading === null) return;
    heading.focus({ preventScroll: true });
    // jsdom has no scrollIntoView.
    const section: { scrollIntoView?: (options: ScrollIntoViewOptions) => void } | null =
      heading.parentElement;
    section?.scrollIntoView?.({ block: "start" });
  }, [results]);
  return ref;
}

export function TaskPane(props: {
  readonly port: WorkbookPort;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly now: () => Date;
}): React.JSX.Element {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  const [state, actions, progress] = useRegisterPane(props.port, props.now);
  const titleId = React.useId();
  const resultId = React.useId();
  const resultRef = useFocusOnResult(state.results);
  const showProgress = state.busy !== null;
  const workflow = React.useMemo(
    () => (state.overview === null ? null : workflowSteps(state.overview)),
    [state.overview]
  );
  const nextStep = workflow?.steps.find((step) => step.id === workflow.next) ?? null;
  const busy = state.busy !== null;
  const panelProps =
    state.overview === null
      ? null
      : {
          port: props.port,
          overview: state.overview,
          busy,
          onChanged: () => void actions.refresh(),
        };
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
        {/* The guide and the rulebook are pages shipped beside the pane: they open offline. */}
        <div className={styles.links}>
          <Link href={GUIDE_PAGE} target="_blank" rel="noopener">
            {s.guideLink}
          </Link>
          <Link href={RULEBOOK_PAGE} target="_blank" rel="noopener">
            {s.rulebookLink}
          </Link>
        </div>
      </header>
      {/* One progress line for whatever runs, loading included. */}
      {showProgress ? (
        <div className={styles.sticky}>
          <LiveProgressLine source={progress} />
        </div>
      ) : null}
      <OverviewCard
        overview={state.overview}
        loading={state.loading}
        canRefresh={!busy}
        checked={state.issues !== null}
        onRefresh={() => void actions.refresh()}
        today={props.now()}
      />
      <CalendarCard overview={state.overview} />
      {workflow !== null && panelProps !== null ? (
        <>
          <Divider />
          <StepsPanel
            workflow={workflow}
            busy={busy}
            actions={actions}
            listExtras={<ListStepPanels {...panelProps} />}
          />
        </>
      ) : null}
      {state.notice !== null || state.issues !== null ? (
        <>
          <Divider />
          <section className={styles.result} aria-labelledby={resultId}>
            <h2 id={resultId} ref={resultRef} tabIndex={-1} className={styles.resultHeading}>
              {s.resultTitle}
            </h2>
            {state.notice ? (
              <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />
            ) : null}
            {state.notice !== null && workflow !== null ? (
              <Text className={styles.next}>
                {nextStep === null
                  ? s.allStepsDone
                  : s.nextStep(s.stepTitle[nextStep.id], stepReasonText(nextStep.reason, language))}
              </Text>
            ) : null}
            {state.ranking !== null && state.lastRun === "score" ? (
              <RankingPanel rows={state.ranking} />
            ) : null}
            {state.listed !== null && state.lastRun === "propose" ? (
              <ListCountsPanel
                groups={state.listed}
                onSelect={(sheet, first, last) => void actions.selectRows(sheet, first, last)}
              />
            ) : null}
            {state.notProposed !== null && state.lastRun === "propose" ? (
              <NotProposedPanel rows={state.notProposed} />
            ) : null}
            {state.issues !== null ? (
              <IssuePanel
                issues={state.issues}
                busy={busy}
                canMark={
                  props.port.highlightCells !== undefined &&
                  props.port.clearHighlights !== undefined
                }
                onSelect={(issue) => void actions.selectIssue(issue)}
                onHighlight={() => void actions.highlight()}
                onClearHighlights={() => void actions.clearHighlights()}
              />
            ) : null}
          </section>
        </>
      ) : null}
      {panelProps !== null ? <OtherActionPanels {...panelProps} /> : null}
      <Divider />
      <MoreActionsSection
        port={props.port}
        overview={state.overview}
        busy={state.busy !== null}
        now={props.now}
        onChanged={() => void actions.refresh()}
      />
      {/* Mounted only while asking: a closed Fluent dialog still holds the Tab order. */}
      {state.confirmReplace !== null ? (
        <ConfirmReplaceDialog sheets={state.confirmReplace} onAnswer={actions.answerReplace} />
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
