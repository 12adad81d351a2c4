/** The register at a glance: sheets, figures, days to the pledge deadline, each unit's status. */
import * as React from "react";
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { RegisterOverview, UnitSheetStatus } from "../../app/register-overview";
import { usePaneTableStyles } from "./pane-table.styles";
import { useStrings } from "../i18n";
import type { Strings } from "../strings.vi";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  subheading: { paddingTop: tokens.spacingVerticalS },
  deadline: { fontWeight: tokens.fontWeightSemibold },
  late: { color: tokens.colorPaletteRedForeground1 },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  sheets: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyle: "none",
    padding: 0,
    margin: 0,
  },
  unitCol: { width: "44%" },
});

const STATUS_BADGE: Readonly<Record<UnitSheetStatus, BadgeProps["color"]>> = {
  missing: "subtle",
  in_progress: "warning",
  valid: "success",
  invalid: "danger",
};

function deadlineText(
  overview: RegisterOverview,
  s: Strings,
  today: Date
): { text: string; late: boolean } {
  const days = overview.daysToDeadline;
  const date = overview.pledgeDeadline;
  // A past year's register is closed, not overdue: its deadlines are history. Without its year
  // (Năm left blank), the deadline's own year dates it.
  const deadlineYear = date === null ? null : Number(/(\d{4})$/.exec(date)?.[1] ?? NaN);
  const year = overview.year ?? (Number.isInteger(deadlineYear) ? deadlineYear : null);
  if (year !== null && year < today.getFullYear()) return { text: s.yearClosed(year), late: false };
  if (days === null || date === null) return { text: s.deadlineNotSet, late: false };
  if (days > 0) return { text: s.deadlineDaysLeft(days, date), late: false };
  if (days === 0) return { text: s.deadlineToday(date), late: false };
  return { text: s.deadlinePassed(-days, date), late: true };
}

function StatusBadge(props: { readonly status: UnitSheetStatus }): React.JSX.Element {
  const s = useStrings();
  return (
    <Badge appearance="tint" color={STATUS_BADGE[props.status]} shape="rounded">
      {s.status[props.status]}
    </Badge>
  );
}

export function OverviewCard(props: {
  readonly overview: RegisterOverview | null;
  readonly loading: boolean;
  readonly canRefresh: boolean;
  /** The check's results are on screen: no need to say how to see them. */
  readonly checked: boolean;
  readonly onRefresh: () => void;
  /** The user's day, to tell a past year's register from a late one. */
  readonly today: Date;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const { overview } = props;
  const deadline = overview ? deadlineText(overview, s, props.today) : null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId}>
          {s.overviewTitle}
        </Subtitle2>
        <Button size="small" onClick={props.onRefresh} disabledFocusable={!props.canRefresh}>
          {s.refresh}
        </Button>
      </div>
      {overview === null ? (
        // While loading, the one progress line above says so.
        props.loading ? null : (
          <Text>{s.reasonNoOverview}</Text>
        )
      ) : (
        <>
          {overview.missingRequired.length > 0 ? <Text>{s.noRegister}</Text> : null}
          <Text>{s.agencyYear(overview.agency, overview.year)}</Text>
          {deadline ? (
            <Text className={mergeClasses(styles.deadline, deadline.late && styles.late)}>
              {deadline.text}
            </Text>
          ) : null}
          <Caption1>
            {s.issueTotals(overview.errors, overview.warnings)}
            {props.checked || overview.errors + overview.warnings === 0
              ? null
              : ` ${s.issueTotalsHint}`}
          </Caption1>
        </>
      )}
    </section>
  );
}

/** Which sheets exist, the figures, and each unit's pledge and score status. */
export function RegisterDetails(props: { readonly overview: RegisterOverview }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const table = usePaneTableStyles();
  const headingId = React.useId();
  const { overview } = props;
  const counts: readonly [string, number][] = [
    [s.countUnits, overview.counts.units],
    [s.countStaff, overview.counts.staff],
    [s.countCriteria, overview.counts.criteria],
    [s.countPledgeSheets, overview.counts.pledgeSheets],
    [s.countScoreSheets, overview.counts.scoreSheets],
    [s.countHistory, overview.counts.history],
    [s.countInitiatives, overview.counts.initiatives],
    [s.countVotes, overview.counts.votes],
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.detailsTitle}
      </Subtitle2>
      <Body1Strong as="h3" className={styles.subheading}>
        {s.unitsTitle}
      </Body1Strong>
      {overview.units.length === 0 ? (
        <Text>{s.noUnits}</Text>
      ) : (
        <table className={table.table}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(table.th, styles.unitCol)}>
                {s.unitColumn}
              </th>
              <th scope="col" className={table.th}>
                {s.pledgeColumn}
              </th>
              <th scope="col" className={table.th}>
                {s.scoreColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.units.map((unit) => (
              <tr key={unit.code}>
                <th scope="row" className={mergeClasses(table.td, table.rowHead)}>
                  {unit.code}
                  <Caption1 className={table.unitName}>{unit.name}</Caption1>
                </th>
                <td className={table.td}>
                  <StatusBadge status={unit.pledge} />
                </td>
                <td className={table.td}>
                  <StatusBadge status={unit.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Body1Strong as="h3" className={styles.subheading}>
        {s.sheetsTitle}
      </Body1Strong>
      <ul className={styles.sheets}>
        {overview.inputSheets.map((sheet) => (
          <li key={sheet.name}>
            <Badge
              appearance={sheet.present ? "tint" : "outline"}
              color={sheet.present ? "brand" : sheet.required ? "danger" : "informative"}
              shape="rounded"
            >
              {`${sheet.name}: ${sheet.present ? s.sheetPresent : s.sheetMissing}${
                !sheet.present && sheet.required ? ` (${s.sheetRequired})` : ""
              }`}
            </Badge>
          </li>
        ))}
      </ul>

      <Body1Strong as="h3" className={styles.subheading}>
        {s.countsTitle}
      </Body1Strong>
      <dl className={styles.grid}>
        {counts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
