/** The preview's own controls: open a workbook, download it, reload the sample, language, pane width. */
import * as React from "react";
import { Button, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewLanguage, PreviewStrings } from "../preview-strings";

export const PANE_WIDTHS = [320, 360, 450] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    display: "flex",
    flexDirection: "column",
    marginInlineEnd: "auto",
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  file: {
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fileInput: { display: "none" },
  setting: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
  },
});

export interface PreviewToolbarProps {
  readonly strings: PreviewStrings;
  readonly fileName: string;
  readonly busy: boolean;
  readonly language: PreviewLanguage;
  readonly paneWidth: PaneWidth;
  readonly onOpenFile: (file: File) => void;
  readonly onDownload: () => void;
  readonly onLoadSample: () => void;
  readonly onLanguage: (language: PreviewLanguage) => void;
  readonly onPaneWidth: (width: PaneWidth) => void;
}

export function PreviewToolbar(props: PreviewToolbarProps): React.JSX.Element {
  const { strings, fileName, busy, language, paneWidth } = props;
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const hintId = React.useId();
  const languageId = React.useId();
  const widthId = React.useId();

  return (
    <header className={styles.bar}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{strings.title}</h1>
        <Text size={200} className={styles.file} data-testid="file-name">
          {strings.fileLabel}: {fileName}
        </Text>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => fileInput.current?.click()}
        >
          {strings.open}
        </Button>
        <span id={hintId} hidden>
          {strings.openHint}
        </span>
        <input
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={strings.open}
          data-testid="open-file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Clear it so that choosing the same file again still fires a change.
            event.currentTarget.value = "";
            if (file) props.onOpenFile(file);
          }}
        />
        <Button disabled={busy} onClick={props.onDownload}>
          {strings.download}
        </Button>
        <Button disabled={busy} onClick={props.onLoadSample}>
          {strings.sample}
        </Button>
      </div>
      <div className={styles.setting}>
        <Label htmlFor={languageId} size="small">
          {strings.language}
        </Label>
        <Select
          id={languageId}
          size="small"
          value={language}
          onChange={(_, data) => {
            props.onLanguage(data.value === "en" ? "en" : "vi");
          }}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </Select>
      </div>
      <div className={styles.setting}>
        <Label htmlFor={widthId} size="small">
          {strings.paneWidth}
        </Label>
        <Select
          id={widthId}
          size="small"
          value={String(paneWidth)}
          onChange={(_, data) => {
            props.onPaneWidth(toPaneWidth(data.value));
          }}
        >
          {PANE_WIDTHS.map((w) => (
            <option key={w} value={String(w)}>
              {w} px
            </option>
          ))}
        </Select>
      </div>
    </header>
  );
}

export function toPaneWidth(value: string | null | undefined): PaneWidth {
  const n = Number(value);
  return PANE_WIDTHS.find((w) => w === n) ?? 360;
}
