/**
 * The preview's boot script: a small entry that runs before the preview's main script has
 * downloaded. It starts the engine's and the codec's workers (their scripts then load and
 * compile meanwhile) and the sample's download; the main script adopts them (early-start.ts).
 */
import { recordEarlyStart } from "../taskpane/engine/early-start";
import { spawnEngineWorker } from "../taskpane/engine/spawn-engine-worker";
import { spawnCodecWorker } from "./codec/spawn-codec-worker";
import { SAMPLE_FILE, fetchSample } from "./sample-file";

/** A worker, or nothing when this browser refuses to start one (the main script then tries). */
function started(spawn: () => Worker): Worker | undefined {
  try {
    return spawn();
  } catch {
    return undefined;
  }
}

if (typeof Worker !== "undefined") {
  const sample = fetchSample(SAMPLE_FILE);
  // Untaken (the main script failed to load), a failed download must not be an unhandled rejection.
  sample.catch(() => undefined);
  recordEarlyStart({
    engineWorker: started(spawnEngineWorker),
    codecWorker: started(spawnCodecWorker),
    sample,
  });
}
