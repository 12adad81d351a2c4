/**
 * After listing: how many are proposed for each title, grouped by the deciding authority. Each
 * line is a link that selects its part of the `Đề nghị khen thưởng` sheet, and each title has a
 * "Vì sao?" link to its section of the rulebook page (its conditions and legal basis).
 */
import * as React from "react";
import {
  Body1Strong,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PROPOSAL_SHEET_NAME } from "../../domain/output/program-sheets";
import { useStrings } from "../i18n";
import { rulebookSection } from "../shipped-pages";
import type { ListAuthorityGroup } from "../results";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groups: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  titles: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  link: { textAlign: "left", overflowWrap: "anywhere" },
  why: { marginInlineStart: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
});

export function ListCountsPanel(props: {
  readonly groups: readonly ListAuthorityGroup[];
  readonly onSelect: (sheet: string, first: number, last: number) => void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const headingId = React.useId();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="list-counts">
      <Subtitle2 as="h3" id={headingId}>
        {s.listTitle}
      </Subtitle2>
      {props.groups.length === 0 ? (
        <Caption1>{s.listEmpty}</Caption1>
      ) : (
        <>
          <Caption1>{s.listHint}</Caption1>
          <ul className={styles.groups}>
            {props.groups.map((group) => {
              const total = group.titles.reduce((n, t) => n + t.count, 0);
              return (
                <li key={group.authority} data-authority={group.authority}>
                  <Link
                    as="button"
                    className={styles.link}
                    onClick={() => {
                      props.onSelect(PROPOSAL_SHEET_NAME, group.firstRow, group.lastRow);
                    }}
                  >
                    <Body1Strong>{`${s.authority[group.authority]} — ${s.partCount(total)}`}</Body1Strong>
                  </Link>
                  <ul className={styles.titles}>
                    {group.titles.map((title) => (
                      <li key={`${title.awardName}-${title.kind}`}>
                        <Link
                          as="button"
                          className={styles.link}
                          onClick={() => {
                            props.onSelect(PROPOSAL_SHEET_NAME, title.firstRow, title.lastRow);
                          }}
                        >
                          {s.titleCount(title.awardName, s.kind[title.kind], title.count)}
                        </Link>
                        <Link
                          href={rulebookSection(title.award)}
                          target="_blank"
                          rel="noopener"
                          className={styles.why}
                          aria-label={s.whyLabel(title.awardName)}
                        >
                          {s.whyLink}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
