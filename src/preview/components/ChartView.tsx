/**
 * One chart of a sheet drawn as SVG by the preview, from the values its chart part holds: the
 * title, the category and value axes with their labels, bars (or a line), a legend, and for
 * screen readers a summary and the data as a table (shown on demand to everyone).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SheetChart } from "../../domain/output/sheet-chart";
import { chartGeometry } from "../chart-geometry";
import { formatCell } from "../format-cell";
import type { PreviewLanguage, PreviewStrings } from "../preview-strings";

/** Excel's first series colours (Office theme), so the preview looks like the chart in Excel. */
const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    minHeight: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyBase,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
  details: { fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "right",
  },
  head: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ChartViewProps {
  readonly chart: SheetChart;
  readonly width: number;
  readonly height: number;
  readonly strings: PreviewStrings;
  readonly language: PreviewLanguage;
}

export function ChartView(props: ChartViewProps): React.JSX.Element {
  const { chart, strings, language } = props;
  const styles = useStyles();
  const titleId = React.useId();
  const descId = React.useId();
  // Room for the title above and the table's summary line below the drawing.
  const box = { width: props.width - 16, height: Math.max(120, props.height - 64) };
  const g = chartGeometry(chart, box);
  const horizontal = chart.kind === "bar";
  const number = (v: number): string => formatCell(v, language);
  const colour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "#4472C4";
  const short = (text: string, max: number): string =>
    text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const legendY = box.height - 8;
  return (
    <figure className={styles.figure} data-chart={chart.title} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {chart.title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
        fontFamily="Segoe UI, sans-serif"
        fontSize="10"
      >
        <desc id={descId}>
          {strings.chartSummary(
            chart.kind,
            chart.categories.length,
            chart.series.map((s) => s.name)
          )}
        </desc>
        {/* Value axis: gridlines and tick labels. */}
        {g.ticks.map((t) =>
          horizontal ? (
            <g key={t.value}>
              <line
                x1={t.at}
                x2={t.at}
                y1={g.plot.y}
                y2={g.plot.y + g.plot.height}
                stroke="#D9D9D9"
              />
              <text x={t.at} y={g.plot.y + g.plot.height + 12} textAnchor="middle" fill="#595959">
                {number(t.value)}
              </text>
            </g>
          ) : (
            <g key={t.value}>
              <line
                x1={g.plot.x}
                x2={g.plot.x + g.plot.width}
                y1={t.at}
                y2={t.at}
                stroke="#D9D9D9"
              />
              <text x={g.plot.x - 4} y={t.at + 3} textAnchor="end" fill="#595959">
                {number(t.value)}
              </text>
            </g>
          )
        )}
        {/* Category axis and its labels. */}
        {horizontal ? (
          <line
            x1={g.plot.x}
            x2={g.plot.x}
            y1={g.plot.y}
            y2={g.plot.y + g.plot.height}
            stroke="#595959"
          />
        ) : (
          <line
            x1={g.plot.x}
            x2={g.plot.x + g.plot.width}
            y1={g.plot.y + g.plot.height}
            y2={g.plot.y + g.plot.height}
            stroke="#595959"
          />
        )}
        {chart.categories.map((c, i) =>
          horizontal ? (
            <text
              key={i}
              x={g.plot.x - 4}
              y={(g.categoryAt[i] ?? 0) + 3}
              textAnchor="end"
              fill="#262626"
            >
              {short(c, 14)}
            </text>
          ) : (
            <text
              key={i}
              x={g.categoryAt[i] ?? 0}
              y={g.plot.y + g.plot.height + 12}
              textAnchor="middle"
              fill="#262626"
            >
              {short(c, 10)}
            </text>
          )
        )}
        {/* The marks. */}
        {chart.kind === "line"
          ? chart.series.map((_s, si) => {
              const points = g.marks.filter((m) => m.series === si);
              return (
                <g key={si} data-series={si}>
                  <polyline
                    fill="none"
                    stroke={colour(si)}
                    strokeWidth="2"
                    points={points.map((m) => `${m.x},${m.y}`).join(" ")}
                  />
                  {points.map((m) => (
                    <circle
                      key={m.category}
                      cx={m.x}
                      cy={m.y}
                      r="3"
                      fill={colour(si)}
                      data-value={m.value}
                    />
                  ))}
                </g>
              );
            })
          : g.marks.map((m) => (
              <rect
                key={`${m.series}-${m.category}`}
                x={m.x}
                y={m.y}
                width={Math.max(0, m.width)}
                height={Math.max(0, m.height)}
                fill={colour(m.series)}
                data-value={m.value}
              />
            ))}
        {/* Legend. */}
        {chart.series.map((s, si) => (
          <g key={si} transform={`translate(${g.plot.x + si * 150}, ${legendY})`}>
            <rect x={0} y={-8} width={10} height={10} fill={colour(si)} />
            <text x={14} y={1} fill="#262626">
              {short(s.name, 24)}
            </text>
          </g>
        ))}
      </svg>
      <details className={styles.details}>
        <summary>{strings.chartTable}</summary>
        <table className={styles.table}>
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                {strings.chartCategory}
              </th>
              {chart.series.map((s, si) => (
                <th key={si} scope="col" className={styles.head}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.categories.map((c, ci) => (
              <tr key={ci}>
                <th scope="row" className={styles.head}>
                  {c}
                </th>
                {chart.series.map((s, si) => {
                  const v = s.values[ci] ?? null;
                  return (
                    <td key={si} className={styles.cell}>
                      {v === null ? "" : number(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
