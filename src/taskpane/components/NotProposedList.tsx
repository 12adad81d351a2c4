/**
 * The entries not proposed, each with its reasons worded in the pane's language (the domain gives
 * typed reasons; the words are chosen here). Loaded on demand by `NotProposedPanel`.
 */
import * as React from "react";
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { reasonText } from "../../domain/messages/proposal-reason-text";
import { usePaneLanguage, useStrings } from "../i18n";
import type { NotProposedRow } from "../results";

const useStyles = makeStyles({
  rows: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function NotProposedList(props: {
  readonly rows: readonly NotProposedRow[];
}): React.JSX.Element {
  const s = useStrings();
  const language = usePaneLanguage();
  const styles = useStyles();
  return (
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
  );
}
