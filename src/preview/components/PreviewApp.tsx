/**
 * The preview page: toolbar on top, the read-only grid of the in-memory workbook on the left and
 * the real task pane on the right, at a task pane's width. The pane gets the same WorkbookPort as
 * in Excel, so what it does here is what it does there.
 */
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import type { WorkbookPort } from "../../ports/workbook.port";
import { downloadBytes } from "../download-bytes";
import { useWorkbookSnapshot } from "../hooks/useWorkbookSnapshot";
import { PREVIEW_STRINGS, type PreviewLanguage } from "../preview-strings";
import { GridView } from "./GridView";
import { PreviewToolbar, type PaneWidth } from "./PreviewToolbar";
import { failureReason } from "../failure-reason";

const useStyles = makeStyles({
  provider: { height: "100%" },
  page: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    overflowX: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewAppProps {
  readonly workbook: MemoryWorkbook;
  readonly port: WorkbookPort;
  readonly initialLanguage: PreviewLanguage;
  readonly initialPaneWidth: PaneWidth;
  /** The bundled sample register's bytes and file name. */
  readonly loadSample: () => Promise<{ readonly bytes: Uint8Array; readonly fileName: string }>;
  /**
   * Mounts the task pane on a port in a language (the real App in production); the pane calls
   * `onLanguageChange` when its own switch is used, and the page follows.
   */
  readonly renderPane: (
    port: WorkbookPort,
    language: PreviewLanguage,
    onLanguageChange: (language: PreviewLanguage) => void
  ) => React.ReactNode;
}

export function PreviewApp(props: PreviewAppProps): React.JSX.Element {
  const { workbook, port } = props;
  const styles = useStyles();
  const snapshot = useWorkbookSnapshot(workbook);
  const [language, setLanguage] = React.useState(props.initialLanguage);
  const [paneWidth, setPaneWidth] = React.useState(props.initialPaneWidth);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  // A new workbook remounts the pane, as opening another file in Excel opens a new pane. The
  // language is Office's display language: the pane starts in it and follows a change; the
  // pane's own switch changes it back here, so the page's texts follow the pane too.
  const [generation, setGeneration] = React.useState(0);
  const strings = PREVIEW_STRINGS[language];

  React.useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.title;
  }, [language, strings]);

  const replaceWith = async (
    source: () => Promise<{ bytes: Uint8Array; fileName: string }>,
    label: string
  ): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const { bytes, fileName } = await source();
      await workbook.replace(bytes, fileName);
      setGeneration((g) => g + 1);
    } catch (error: unknown) {
      setFailure(strings.openFailed(label, failureReason(error, language)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <div className={styles.page}>
        <PreviewToolbar
          strings={strings}
          fileName={snapshot.fileName}
          busy={busy}
          language={language}
          paneWidth={paneWidth}
          onOpenFile={(file) => {
            void replaceWith(
              async () => ({
                bytes: new Uint8Array(await file.arrayBuffer()),
                fileName: file.name,
              }),
              file.name
            );
          }}
          onDownload={() => {
            downloadBytes(workbook.toBytes(), snapshot.fileName);
          }}
          onLoadSample={() => {
            void replaceWith(props.loadSample, "sample-register.xlsx");
          }}
          onLanguage={setLanguage}
          onPaneWidth={setPaneWidth}
        />
        {failure !== null && (
          <MessageBar intent="error" data-testid="preview-failure">
            <MessageBarBody>{failure}</MessageBarBody>
            <MessageBarActions>
              <Button
                appearance="transparent"
                onClick={() => {
                  setFailure(null);
                }}
              >
                {strings.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <main className={styles.main}>
          <GridView
            snapshot={snapshot}
            strings={strings}
            language={language}
            onSelect={(sheet, cell) => {
              workbook.select(sheet, cell);
            }}
            onActivate={(sheet) => {
              workbook.activate(sheet);
            }}
          />
          {/* The pane labels its own region; this box only gives it a task pane's width. */}
          <div
            className={styles.pane}
            style={{ width: `${paneWidth}px` }}
            data-testid="pane"
            title={strings.paneLabel}
          >
            <React.Fragment key={generation}>
              {props.renderPane(port, language, setLanguage)}
            </React.Fragment>
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
