/** The run-level message: success, warning or failure in plain words, technical details on demand. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Notice } from "../hooks/useRegisterPane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  bar: { alignItems: "flex-start" },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
  details: {
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

function useDetailsToggle(notice: Notice): [boolean, () => void] {
  const [open, setOpen] = React.useState(false);
  React.useEffect(() => {
    setOpen(false);
  }, [notice]);
  return [
    open,
    () => {
      setOpen((o) => !o);
    },
  ];
}

export function NoticeBar(props: {
  readonly notice: Notice;
  readonly onDismiss: () => void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [open, toggle] = useDetailsToggle(props.notice);
  const text = props.notice.text(s);
  const detailsId = React.useId();
  return (
    <MessageBar
      intent={props.notice.intent}
      layout="multiline"
      className={styles.bar}
      role={props.notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text.title}</MessageBarTitle> {text.message}
        {open && text.details !== undefined ? (
          <div id={detailsId} className={styles.details}>
            {text.details}
          </div>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {text.details !== undefined ? (
          <Button
            size="small"
            onClick={toggle}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
          >
            {open ? s.hideDetails : s.showDetails}
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" onClick={props.onDismiss}>
          {s.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
