/**
 * What a page's small boot script started before the page's main script had loaded: the
 * workers' scripts then download and compile, and the sample downloads, while the main script
 * is still downloading and running (issue 10: the pane usable within 1.5 s). The main script
 * adopts each once; what the boot script did not start, the main script starts itself.
 */
export interface EarlyStart {
  /** The pane engine's worker (src/taskpane/engine/engine.worker.ts). */
  engineWorker: Worker | undefined;
  /** The browser preview's package-codec worker. */
  codecWorker: Worker | undefined;
  /** The browser preview's sample register, being fetched. */
  sample: Promise<Response> | undefined;
}

/** A global, not a module: the boot script and the main script are separate webpack entries. */
const KEY = "__soThiDuaEarlyStart";

type Holder = { [KEY]?: EarlyStart };

/** Records what the boot script started, for the main script to adopt. */
export function recordEarlyStart(started: EarlyStart): void {
  (globalThis as Holder)[KEY] = started;
  // A worker that fails before it is adopted (its script did not load) is dropped: the main
  // script then starts its own, whose failure its runner hears (an error event is not replayed).
  for (const key of ["engineWorker", "codecWorker"] as const) {
    const worker = started[key];
    worker?.addEventListener("error", () => {
      if (started[key] === worker) started[key] = undefined;
    });
  }
}

/** Takes what the boot script started under `key` (once: a later call gets undefined). */
export function takeEarlyStart<K extends keyof EarlyStart>(key: K): EarlyStart[K] | undefined {
  const early = (globalThis as Holder)[KEY];
  if (early === undefined) return undefined;
  const value = early[key];
  early[key] = undefined;
  return value;
}
