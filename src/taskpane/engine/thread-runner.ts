/**
 * Runs engine jobs on this thread: hosts without Web Workers (and jsdom tests). The computation is
 * loaded on first use, so a pane that has a worker never downloads it twice.
 */
import type { JobRunner } from "./engine-job";

export function threadRunner(): JobRunner {
  return {
    async run(job, onStage) {
      const { computeJob } = await import(
        /* webpackChunkName: "engine-fallback" */ "./compute-job"
      );
      return computeJob(job, onStage);
    },
    where: () => "thread",
  };
}
