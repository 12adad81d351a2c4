/**
 * Entry of the task pane in Excel: after Office.onReady, check the requirement set, pick the
 * language from Office's display language and render the App over the Office.js workbook.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { createOfficeWorkbook } from "../adapters/office/office-workbook.adapter";
import { MIN_EXCEL_API, excelHost } from "../adapters/office/office-host";
import { App } from "./App";
import { defaultPaneEngine } from "./engine/default-engine";
import { PaneFilesContext, browserSaveFile, type PaneFiles } from "./pane-files";

/** Files the pane makes (Word, zip, next year's workbook): the maker loads on first use. */
const PANE_FILES: PaneFiles = {
  save: browserSaveFile,
  load: () =>
    import(/* webpackChunkName: "pane-files" */ "../adapters/files/file-maker").then(
      (m) => m.fileMaker
    ),
};
import { STRINGS, languageFromOffice } from "./i18n";

function start(container: HTMLElement): void {
  const language = languageFromOffice(Office.context.displayLanguage);
  const root = createRoot(container);
  const host = excelHost();
  if (!host.supportsExcelApi(MIN_EXCEL_API)) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{STRINGS[language].unsupportedHost}</MessageBarBody>
        </MessageBar>
      </FluentProvider>
    );
    return;
  }
  const port = createOfficeWorkbook(host);
  // The workbook is read for the overview while React draws the pane (its first overview takes it).
  defaultPaneEngine().primeOverview(port, new Date());
  root.render(
    <PaneFilesContext.Provider value={PANE_FILES}>
      <App port={port} language={language} />
    </PaneFilesContext.Provider>
  );
}

// The engine's worker loads while Office starts (issue 10: the pane usable within 1.5 s).
if (typeof Worker !== "undefined") defaultPaneEngine().prepare();

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) start(container);
});
