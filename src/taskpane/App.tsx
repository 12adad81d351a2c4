/**
 * The task pane as a component: give it a WorkbookPort (the Office adapter in Excel, the memory
 * workbook in the browser preview) and a starting language. It never touches Office itself.
 */
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../ports/workbook.port";
import { TaskPane } from "./components/TaskPane";
import { StringsProvider, type Language } from "./i18n";

export interface AppProps {
  readonly port: WorkbookPort;
  /** Starting language; the pane's own switch changes it, and a new prop value follows. */
  readonly language: Language;
  /**
   * Called when the user switches language with the pane's own control, so that a host (the
   * browser preview) can follow. Not called when the `language` prop changes.
   */
  readonly onLanguageChange?: (language: Language) => void;
  /** The clock, for the days to the pledge deadline (tests pass a fixed day). */
  readonly now?: () => Date;
}

const systemNow = (): Date => new Date();

function useLanguage(initial: Language): [Language, (language: Language) => void] {
  const [language, setLanguage] = React.useState<Language>(initial);
  React.useEffect(() => {
    setLanguage(initial);
  }, [initial]);
  return [language, setLanguage];
}

export function App(props: AppProps): React.JSX.Element {
  const [language, setLanguage] = useLanguage(props.language);
  const { onLanguageChange } = props;
  const switchLanguage = React.useCallback(
    (next: Language) => {
      setLanguage(next);
      onLanguageChange?.(next);
    },
    [setLanguage, onLanguageChange]
  );
  return (
    <FluentProvider theme={webLightTheme} lang={language === "vi" ? "vi-VN" : "en-US"}>
      <StringsProvider language={language}>
        <TaskPane
          port={props.port}
          language={language}
          onLanguageChange={switchLanguage}
          now={props.now ?? systemNow}
        />
      </StringsProvider>
    </FluentProvider>
  );
}
