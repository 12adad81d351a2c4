/**
 * The language switch (Tiếng Việt / English): a native select with a visible label kept on one
 * line. Not Fluent's horizontal Field, whose label column is a third of the row and wraps
 * "Ngôn ngữ" onto two lines in a 320 px pane.
 */
import * as React from "react";
import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import { STRINGS, useStrings, type Language } from "../i18n";

const useStyles = makeStyles({
  field: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  label: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  select: { minWidth: "120px" },
});

export function LanguagePicker(props: {
  readonly language: Language;
  readonly onChange: (language: Language) => void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small" className={styles.label}>
        {s.languageLabel}
      </Label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        value={props.language}
        onChange={(_e, data) => {
          props.onChange(data.value === "en" ? "en" : "vi");
        }}
      >
        <option value="vi" lang="vi">
          {STRINGS.vi.languageName}
        </option>
        <option value="en" lang="en">
          {STRINGS.en.languageName}
        </option>
      </Select>
    </div>
  );
}
