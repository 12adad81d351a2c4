/**
 * After scoring: the ranking table, then a bar chart of self score vs council score per unit.
 * The chart is plain SVG; its figures are the table's (the table is its text equivalent), so the
 * chart is one labelled image and each bar has its own title for pointer users.
 */
import * as React from "react";
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { usePaneTableStyles } from "./pane-table.styles";
import { usePaneLanguage, useStrings } from "../i18n";
import type { RankingRow } from "../results";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: {
    textAlign: "left",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
  },
  num: { textAlign: "right", paddingInlineEnd: tokens.spacingHorizontalXS },
  rankCol: { width: "15%" },
  unitCol: { width: "31%" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
  },
  chart: { width: "100%", height: "auto", display: "block" },
});

/** Colours with at least 3:1 contrast on white (graphics, WCAG 1.4.11), told apart by shade too. */
const SELF_COLOUR = "#0f6cbd";
const COUNCIL_COLOUR = "#8a3707";

const BAR = 9;
const GAP = 2;
const ROW = BAR * 2 + GAP + 8;
const LABEL = 56;
const WIDTH = 300;
const VALUE_ROOM = 34;

function RankingChart(props: {
  readonly rows: readonly RankingRow[];
  readonly format: (n: number) => string;
  readonly titleId: string;
  readonly noteId: string;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const max = Math.max(1, ...props.rows.flatMap((r) => [r.self ?? 0, r.council ?? 0]));
  const span = WIDTH - LABEL - VALUE_ROOM;
  const height = props.rows.length * ROW;
  const bar = (row: RankingRow, value: number | null, y: number, who: string, fill: string) =>
    value === null ? null : (
      <g>
        <rect x={LABEL} y={y} width={Math.max(1, (value / max) * span)} height={BAR} fill={fill}>
          <title>{s.chartBar(row.unit, who, props.format(value))}</title>
        </rect>
        <text x={LABEL + (value / max) * span + 3} y={y + BAR - 1} fontSize="9" fill="#242424">
          {props.format(value)}
        </text>
      </g>
    );
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={props.titleId}
      aria-describedby={props.noteId}
      data-testid="ranking-chart"
    >
      {props.rows.map((row, i) => {
        const y = i * ROW + 4;
        return (
          <g key={row.unit} data-unit={row.unit}>
            <text x={0} y={y + BAR + 2} fontSize="10" fill="#242424">
              {row.unit.length > 9 ? `${row.unit.slice(0, 8)}…` : row.unit}
            </text>
            {bar(row, row.self, y, s.selfColumn, SELF_COLOUR)}
            {bar(row, row.council, y + BAR + GAP, s.councilColumn, COUNCIL_COLOUR)}
          </g>
        );
      })}
    </svg>
  );
}

export function RankingPanel(props: { readonly rows: readonly RankingRow[] }): React.JSX.Element {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  const table = usePaneTableStyles();
  const headingId = React.useId();
  const chartTitleId = React.useId();
  const noteId = React.useId();
  const format = React.useMemo(() => {
    const f = new Intl.NumberFormat(language === "vi" ? "vi-VN" : "en-US", {
      maximumFractionDigits: 2,
    });
    return (n: number): string => f.format(n);
  }, [language]);
  const score = (n: number | null): string => (n === null ? s.noScore : format(n));
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="ranking">
      <Subtitle2 as="h3" id={headingId}>
        {s.rankingTitle}
      </Subtitle2>
      <table className={table.table}>
        <caption className={styles.caption}>{s.rankingCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(table.th, styles.rankCol)}>
              {s.rankColumn}
            </th>
            <th scope="col" className={mergeClasses(table.th, styles.unitCol)}>
              {s.unitColumn}
            </th>
            <th scope="col" className={mergeClasses(table.th, styles.num)}>
              {s.selfColumn}
            </th>
            <th scope="col" className={mergeClasses(table.th, styles.num)}>
              {s.councilColumn}
            </th>
            <th scope="col" className={table.th}>
              {s.classificationColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.unit}>
              <td className={table.td}>{row.rank ?? "—"}</td>
              <th scope="row" className={mergeClasses(table.td, table.rowHead)}>
                {row.unit}
                <Caption1 className={table.unitName}>{row.name}</Caption1>
              </th>
              <td className={mergeClasses(table.td, styles.num)}>{score(row.self)}</td>
              <td className={mergeClasses(table.td, styles.num)}>{score(row.council)}</td>
              <td className={table.td}>{row.classification ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Subtitle2 as="h3" id={chartTitleId}>
        {s.chartTitle}
      </Subtitle2>
      <ul className={styles.legend}>
        <li>
          <span className={styles.swatch} style={{ backgroundColor: SELF_COLOUR }} />
          {s.selfColumn}
        </li>
        <li>
          <span className={styles.swatch} style={{ backgroundColor: COUNCIL_COLOUR }} />
          {s.councilColumn}
        </li>
      </ul>
      <RankingChart rows={props.rows} format={format} titleId={chartTitleId} noteId={noteId} />
      <Caption1 id={noteId}>{s.chartNote}</Caption1>
    </section>
  );
}
