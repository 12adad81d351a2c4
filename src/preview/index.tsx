/**
 * Entry of the browser preview: opens the bundled sample register in an in-memory workbook and
 * mounts the preview page around the real task pane. No office.js: the pane is given the memory
 * workbook's port and a language directly, as Office.onReady would give it the Excel port.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { MemoryWorkbook, type WorkbookPackageCodec } from "../adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../adapters/memory/memory-workbook.adapter";
import { spawnCodecWorker } from "./codec/spawn-codec-worker";
import { workerCodec } from "./codec/worker-codec";
import { PreviewApp } from "./components/PreviewApp";
import { toPaneWidth } from "./components/PreviewToolbar";
import { failureReason } from "./failure-reason";
import { renderTaskPane } from "./mount-pane";
import { PREVIEW_STRINGS } from "./preview-strings";
import { SAMPLE_FILE, fetchSample } from "./sample-file";
import { defaultPaneEngine } from "../taskpane/engine/default-engine";
import { takeEarlyStart } from "../taskpane/engine/early-start";

/** The sample's bytes; at start, from the download the boot script began (boot.ts). */
async function loadSample(
  early?: Promise<Response>
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const response = await (early ?? fetchSample(SAMPLE_FILE));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: SAMPLE_FILE };
}

async function start(container: HTMLElement): Promise<void> {
  // The engine's worker loads while the sample is fetched and read (started by the boot script
  // already, unless it could not).
  const engine = defaultPaneEngine();
  engine.prepare();
  const query = new URLSearchParams(window.location.search);
  const sample = await loadSample(takeEarlyStart("sample"));
  // Unzipping and parsing a workbook, writing one, its custom XML parts and cell patches all run
  // in a worker: each unzips or zips the whole package, and a big register must not freeze the
  // page (issue 10, item 4). Without Web Workers, on this thread, loaded then only (the xlsx core
  // is not in the page's script, which the first screen waits for).
  const codec: WorkbookPackageCodec =
    typeof Worker === "undefined"
      ? (
          await import(
            /* webpackChunkName: "preview-codec-fallback" */ "../adapters/memory/xlsx-package-codec"
          )
        ).xlsxPackageCodec
      : workerCodec(takeEarlyStart("codecWorker") ?? spawnCodecWorker());
  const workbook = await MemoryWorkbook.open(codec, sample.bytes, sample.fileName);
  const port = createMemoryWorkbookPort(workbook);
  // The engine reads the overview while React draws the page: the pane's first overview takes it.
  engine.primeOverview(port, new Date());
  const root = createRoot(container);
  // A transition: the first render is drawn in slices, between which the page can paint.
  React.startTransition(() => {
    root.render(
      <PreviewApp
        workbook={workbook}
        port={port}
        initialLanguage={query.get("lang") === "en" ? "en" : "vi"}
        initialPaneWidth={toPaneWidth(query.get("pane"))}
        loadSample={() => loadSample()}
        renderPane={renderTaskPane}
      />
    );
  });
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    const language = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "vi";
    container.textContent = PREVIEW_STRINGS[language].openFailed(
      SAMPLE_FILE,
      failureReason(error, language)
    );
    container.setAttribute("role", "alert");
  });
}
