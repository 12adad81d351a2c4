/** The language switch (Tiếng Việt / English), a labelled native select. */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { STRINGS, useStrings, type Language } from "../i18n";

export function LanguagePicker(props: {
  readonly language: Language;
  readonly onChange: (language: Language) => void;
}): React.JSX.Element {
  const s = useStrings();
  return (
    <Field label={s.languageLabel} orientation="horizontal" size="small">
      <Select
        size="small"
        value={props.language}
        onChange={(_e, data) => {
          props.onChange(data.value === "en" ? "en" : "vi");
        }}
      >
        <option value="vi">{STRINGS.vi.languageName}</option>
        <option value="en">{STRINGS.en.languageName}</option>
      </Select>
    </Field>
  );
}
