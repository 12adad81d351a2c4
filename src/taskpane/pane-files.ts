/**
 * How the pane hands files to the user and where it gets its FileMaker. The composition root
 * (Excel's index.tsx, the preview) provides both; without a provider the file actions say they
 * cannot run here. Downloads go through an object URL (no network); Office's web views may block
 * them without telling the page, so every action that offers a file says what to do when nothing
 * arrives.
 */
import * as React from "react";
import type { FileMaker } from "../ports/file-maker.port";

export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
} as const;

export type SaveFile = (bytes: Uint8Array, fileName: string, mime: string) => void;

export interface PaneFiles {
  readonly save: SaveFile;
  /** The FileMaker, loaded on first use. */
  readonly load: () => Promise<FileMaker>;
}

export const browserSaveFile: SaveFile = (bytes, fileName, mime) => {
  // Copy into a fresh ArrayBuffer: the bytes may be a view into a larger buffer.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
};

export const PaneFilesContext = React.createContext<PaneFiles | null>(null);

export function usePaneFiles(): PaneFiles | null {
  return React.useContext(PaneFilesContext);
}
