/**
 * After listing: the entries not proposed (not eligible, awaiting the vote, over the quota), each
 * with its reasons worded in the pane's language (issue 10 item 1: the domain gives typed
 * reasons; the words are chosen here). Folded by default; its list is built when opened, so a
 * register with hundreds of such entries costs nothing until the user asks.
 */
import * as React from "react";
import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { NotProposedRow } from "../results";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

/** The list and its reasons' catalogues load when the list is first opened: not in the first load. */
const NotProposedList = React.lazy(() =>
  import(/* webpackChunkName: "pane-reasons" */ "./NotProposedList").then((m) => ({
    default: m.NotProposedList,
  }))
);

export function NotProposedPanel(props: {
  readonly rows: readonly NotProposedRow[];
}): React.JSX.Element | null {
  const s = useStrings();
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
          <React.Suspense fallback={<Spinner size="tiny" label={s.notProposedLoading} />}>
            <NotProposedList rows={props.rows} />
          </React.Suspense>
        </>
      ) : null}
    </details>
  );
}
