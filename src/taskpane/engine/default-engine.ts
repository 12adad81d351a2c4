/**
 * The pane's engine: in a Web Worker where the host has them (every Office host the add-in
 * supports), else on the main thread. One per page, started on first use, or adopted from the
 * page's boot script when it started the worker already (early-start.ts).
 */
import { takeEarlyStart } from "./early-start";
import { createPaneEngine, type PaneEngine } from "./pane-engine";
import { threadRunner } from "./thread-runner";
import { workerRunner } from "./worker-runner";

let shared: PaneEngine | null = null;

export function defaultPaneEngine(): PaneEngine {
  shared ??= createPaneEngine(
    typeof Worker === "undefined"
      ? threadRunner()
      : workerRunner(
          async () =>
            takeEarlyStart("engineWorker") ??
            // Eager: in the main chunk, not a chunk of its own fetched before the worker's script.
            (await import(/* webpackMode: "eager" */ "./spawn-engine-worker")).spawnEngineWorker(),
          threadRunner()
        )
  );
  return shared;
}
