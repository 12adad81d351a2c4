/**
 * The year's calendar (issue 11): the next milestone with the days left, every `Hạn …` date of
 * `Cấu hình` (defaults from the year marked), and how many units are late with their sheets.
 */
import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RegisterOverview } from "../../app/register-overview";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  past: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground2 },
});

export function CalendarCard(props: {
  readonly overview: RegisterOverview | null;
}): React.JSX.Element | null {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  const calendar = props.overview?.calendar ?? null;
  if (props.overview === null || calendar === null) return null;
  const pledgeLate = props.overview.units.filter((u) => u.pledgeLate).length;
  const scoreLate = props.overview.units.filter((u) => u.scoreLate).length;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="calendar">
      <h2 id={headingId} style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>
        {s.calendarTitle}
      </h2>
      <Text weight="semibold">
        {calendar.next === null
          ? s.calendarAllPast
          : s.calendarNext(calendar.next.label, calendar.next.date, calendar.next.daysLeft)}
      </Text>
      <ul className={styles.list}>
        {calendar.milestones.map((m) => (
          <li key={m.label} className={m.past ? styles.past : undefined}>
            {m.label}: {m.date}
            {m.isDefault ? ` (${s.calendarDefault})` : ""}
            {m.past ? ` — ${s.calendarPast}` : ""}
          </li>
        ))}
      </ul>
      <Caption1 className={styles.note}>{s.calendarLateUnits(pledgeLate, scoreLate)}</Caption1>
    </section>
  );
}
