/**
 * Builds the production preview once before the E2E files run (they may run in parallel
 * workers, which must not build into dist/preview at the same time).
 */
import { ensurePreviewBuild } from "./support/preview-session";

export default async function globalSetup(): Promise<void> {
  const { built, durationMs } = await ensurePreviewBuild();
  if (built) console.log(`\nE2E: preview built in ${(durationMs / 1000).toFixed(1)} s`);
  // Workers start after this and inherit the environment: they serve this build as it is.
  process.env.E2E_PREVIEW_READY = "1";
}
