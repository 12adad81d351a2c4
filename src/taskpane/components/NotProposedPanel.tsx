/**
 * After listing: the entries not proposed (not eligible, awaiting the vote, over the quota), each
 * with its reasons worded in the pane's language (issue 10 item 1: the domain gives typed
 * reasons; the words are chosen here). Folded by default; its list is built when opened, so a
 * register with hundreds of such entries costs nothing until the user asks.
 */
import * as React from "react";
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { reasonText } from "../../domain/messages/proposal-reason-text";
import { usePaneLanguage, useStrings } from "../i18n";
import type { NotProposedRow } from "../results";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  rows: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function NotProposedPanel(props: {
  readonly rows: readonly NotProposedRow[];
}): React.JSX.Element | null {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  if (props.rows.length === 0) return null;
  return (
    <details
      className={styles.section}
      data-testid="not-proposed"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className={styles.summary}>{s.notProposedTitle(props.rows.length)}</summary>
      {open ? (
        <>
          <Caption1>{s.notProposedHint}</Caption1>
          <ul className={styles.rows}>
            {props.rows.map((row) => (
              <li key={`${row.award}|${row.kind}|${row.subject}`} data-testid="not-proposed-row">
                <Body1Strong>{`${row.name} (${row.subject}): ${row.awardName}`}</Body1Strong>{" "}
                <Caption1>{`— ${s.notProposedStatus[row.status]}`}</Caption1>
                <ul className={styles.reasons}>
                  {row.reasons.map((reason, i) => (
                    <li key={i}>{reasonText(reason, language)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
