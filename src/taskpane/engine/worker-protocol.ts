/**
 * Messages between the pane and its engine worker: a job goes in with an id; stages, then the
 * result (or the failure's message) come back with that id.
 */
import { computeJob } from "./compute-job";
import type { ComputeStage, EngineJob, EngineResult } from "./engine-job";

export interface JobMessage {
  readonly id: number;
  readonly job: EngineJob;
}

export type WorkerReply =
  | { readonly id: number; readonly type: "stage"; readonly stage: ComputeStage }
  | { readonly id: number; readonly type: "done"; readonly result: EngineResult<EngineJob> }
  | { readonly id: number; readonly type: "failed"; readonly message: string };

/** The worker's side: computes one job, posting each stage as it starts and then the result. */
export function handleJobMessage(message: JobMessage, post: (reply: WorkerReply) => void): void {
  const { id, job } = message;
  try {
    const result = computeJob(job, (stage) => {
      post({ id, type: "stage", stage });
    });
    post({ id, type: "done", result });
  } catch (error: unknown) {
    post({ id, type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
