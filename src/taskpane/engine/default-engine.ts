/**
 * The pane's engine: in a Web Worker where the host has them (every Office host the add-in
 * supports), else on the main thread. One per page, started on first use.
 */
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
            (
              await import(/* webpackChunkName: "engine-spawn" */ "./spawn-engine-worker")
            ).spawnEngineWorker(),
          threadRunner()
        )
  );
  return shared;
}
