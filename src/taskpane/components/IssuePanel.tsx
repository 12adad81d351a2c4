/**
 * The last check's issues, grouped by sheet with counts. Choosing an issue selects its cell in
 * the workbook; the marks colour every cell at fault and can be removed again.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../domain/issue";
import { issueText } from "../../domain/messages/render-issue";
import { usePaneLanguage, useStrings } from "../i18n";
import {
  NO_FILTER,
  filterIssues,
  issueUnits,
  type IssueFilter,
  type SeverityFilter,
} from "../issue-filter";

/** Issues listed per group before "Hiện thêm": thousands of buttons would slow the pane. */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  marks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  filter: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: "120px",
    fontSize: tokens.fontSizeBase200,
  },
  headerText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  issue: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  // The message takes its own line under the badge and cell: a 320 px pane has no room beside them.
  message: { overflowWrap: "anywhere", flexBasis: "100%" },
  // In the link colour: choosing an issue goes to this cell.
  cell: { whiteSpace: "nowrap", color: tokens.colorBrandForegroundLink },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  // Fluent turns the chevron with an inline transition that ignores the user's wish for less
  // motion: honour it (and no half-turned chevron is ever seen).
  groupHeader: {
    "@media (prefers-reduced-motion: reduce)": {
      "& .fui-AccordionHeader__expandIcon svg": { transition: "none !important" },
    },
  },
});

export interface IssueGroup {
  readonly sheet: string | null;
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Groups by sheet: sheets with errors first, each kind in first-seen order; errors first within
 * a group.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const bySheet = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  const groups = [...bySheet].map(([sheet, list]) => {
    const sorted = [
      ...list.filter((i) => i.severity === "error"),
      ...list.filter((i) => i.severity !== "error"),
    ];
    const errors = list.filter((i) => i.severity === "error").length;
    return { sheet, issues: sorted, errors, warnings: list.length - errors };
  });
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

/**
 * The groups open when the issues are first shown: every group with errors (what the secretariat
 * must fix), or the first group when there are warnings only.
 */
export function openAtFirst(groups: readonly IssueGroup[]): string[] {
  const withErrors = groups.filter((g) => g.errors > 0);
  const open = withErrors.length > 0 ? withErrors : groups.slice(0, 1);
  return open.map((g) => g.sheet ?? "");
}

function useShownCounts(): [(key: string) => number, (key: string) => void] {
  const [shown, setShown] = React.useState<ReadonlyMap<string, number>>(new Map());
  return [
    (key) => shown.get(key) ?? PAGE_SIZE,
    (key) => {
      setShown((m) => new Map(m).set(key, (m.get(key) ?? PAGE_SIZE) + PAGE_SIZE));
    },
  ];
}

export function IssuePanel(props: {
  readonly issues: readonly Issue[];
  readonly busy: boolean;
  readonly canMark: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onHighlight: () => void;
  readonly onClearHighlights: () => void;
}): React.JSX.Element {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  const headingId = React.useId();
  const [filter, setFilter] = React.useState<IssueFilter>(NO_FILTER);
  const units = React.useMemo(() => issueUnits(props.issues), [props.issues]);
  const filtered = React.useMemo(() => filterIssues(props.issues, filter), [props.issues, filter]);
  const groups = React.useMemo(() => groupIssues(filtered), [filtered]);
  const [shownFor, showMore] = useShownCounts();
  const severityId = React.useId();
  const unitId = React.useId();
  const hasCells = props.issues.some((i) => i.cell !== null && i.sheet !== null);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.issuesTitle}
      </Subtitle2>
      {props.canMark && hasCells ? (
        <>
          <div className={styles.marks}>
            <Button size="small" onClick={props.onHighlight} disabledFocusable={props.busy}>
              {s.highlight}
            </Button>
            <Button size="small" onClick={props.onClearHighlights} disabledFocusable={props.busy}>
              {s.clearHighlight}
            </Button>
          </div>
          <Caption1>{s.highlightHint}</Caption1>
        </>
      ) : null}
      {hasCells ? <Caption1>{s.issuesHint}</Caption1> : null}
      {props.issues.length > 0 ? (
        <div className={styles.filters} role="group" aria-label={s.filterTitle}>
          <div className={styles.filter}>
            <label htmlFor={severityId}>{s.filterSeverity}</label>
            <Select
              id={severityId}
              size="small"
              value={filter.severity}
              onChange={(_e, data) => {
                setFilter((f) => ({ ...f, severity: data.value as SeverityFilter }));
              }}
            >
              <option value="all">{s.filterAllSeverities}</option>
              <option value="error">{s.filterErrors}</option>
              <option value="warning">{s.filterWarnings}</option>
            </Select>
          </div>
          {units.length > 0 ? (
            <div className={styles.filter}>
              <label htmlFor={unitId}>{s.filterUnit}</label>
              <Select
                id={unitId}
                size="small"
                value={filter.unit ?? ""}
                onChange={(_e, data) => {
                  setFilter((f) => ({ ...f, unit: data.value === "" ? null : data.value }));
                }}
              >
                <option value="">{s.filterAllUnits}</option>
                {units.map((unit) => (
                  <option key={unit} value={unit}>
                    {unit}
                  </option>
                ))}
              </Select>
            </div>
          ) : null}
          {filtered.length !== props.issues.length ? (
            <Caption1 role="status">
              {s.filteredCount(filtered.length, props.issues.length)}
            </Caption1>
          ) : null}
        </div>
      ) : null}
      {groups.length === 0 ? (
        <Text>{props.issues.length === 0 ? s.noIssues : s.filteredNone}</Text>
      ) : (
        <Accordion
          // A new filter shows new groups: open those with errors again.
          key={`${filter.severity}|${filter.unit ?? ""}`}
          multiple
          collapsible
          defaultOpenItems={openAtFirst(groups)}
        >
          {groups.map((group) => {
            const key = group.sheet ?? "";
            const title = group.sheet ?? s.wholeRegister;
            const shown = shownFor(key);
            return (
              <AccordionItem key={key} value={key}>
                <AccordionHeader size="small" className={styles.groupHeader}>
                  <span className={styles.headerText}>
                    <Text weight="semibold">{title}</Text>
                    <Caption1>{s.groupCounts(group.errors, group.warnings)}</Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {group.issues.slice(0, shown).map((issue, index) => {
                      const badge = (
                        <Badge
                          className={styles.badge}
                          appearance="tint"
                          shape="rounded"
                          color={issue.severity === "error" ? "danger" : "warning"}
                        >
                          {issue.severity === "error" ? s.severityError : s.severityWarning}
                        </Badge>
                      );
                      const body = (
                        <>
                          {badge}
                          {issue.cell !== null ? (
                            <span className={styles.cell}>{s.issueCell(issue.cell)}</span>
                          ) : null}
                          <span className={styles.message}>{issueText(issue, language)}</span>
                        </>
                      );
                      return (
                        <li key={`${issue.code}-${issue.cell ?? ""}-${index}`}>
                          {issue.sheet !== null ? (
                            <button
                              type="button"
                              className={styles.issue}
                              title={
                                issue.cell !== null
                                  ? s.issueGoTo(issue.sheet, issue.cell)
                                  : undefined
                              }
                              onClick={() => {
                                props.onSelect(issue);
                              }}
                            >
                              {body}
                            </button>
                          ) : (
                            <div className={mergeClasses(styles.issue, styles.static)}>{body}</div>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {group.issues.length > shown ? (
                    <Button
                      size="small"
                      appearance="transparent"
                      onClick={() => {
                        showMore(key);
                      }}
                    >
                      {s.showMore(Math.min(PAGE_SIZE, group.issues.length - shown))}
                    </Button>
                  ) : null}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}
