/**
 * Asks before replacing output sheets changed by hand since the program wrote them, saying that
 * Excel cannot undo an add-in's writes. Keeping them is the default (the dialog's first focus).
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";

export function ConfirmReplaceDialog(props: {
  readonly sheets: readonly string[] | null;
  readonly onAnswer: (replace: boolean) => void;
}): React.JSX.Element {
  const s = useStrings();
  const { sheets, onAnswer } = props;
  return (
    <Dialog
      open={sheets !== null}
      modalType="alert"
      onOpenChange={(_e, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.confirmTitle}</DialogTitle>
          <DialogContent>
            {s.confirmText((sheets ?? []).map((name) => `“${name}”`).join(", "))}
          </DialogContent>
          <DialogActions fluid>
            <Button
              appearance="primary"
              data-confirm="keep"
              onClick={() => {
                onAnswer(false);
              }}
            >
              {s.confirmKeep}
            </Button>
            <Button
              appearance="secondary"
              data-confirm="replace"
              onClick={() => {
                onAnswer(true);
              }}
            >
              {s.confirmReplace}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
