/**
 * Runs engine jobs in a Web Worker, one message per job, matched by id. When the worker cannot be
 * started or fails (a host that blocks workers, a chunk that does not load), the jobs under way
 * and every later one run on the fallback instead: slower to paint, never lost.
 */
import type { ComputeStage, EngineJob, EngineResult, JobRunner } from "./engine-job";
import type { JobMessage, WorkerReply } from "./worker-protocol";

/** What the runner needs of a Worker (tests give a fake). */
export interface WorkerLike {
  postMessage(message: JobMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  readonly job: EngineJob;
  readonly onStage: (stage: ComputeStage) => void;
  readonly resolve: (result: EngineResult<EngineJob>) => void;
  readonly reject: (error: Error) => void;
}

export function workerRunner(spawn: () => Promise<WorkerLike>, fallback: JobRunner): JobRunner {
  let worker: Promise<WorkerLike | null> | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const giveUp = (current: WorkerLike | null): void => {
    broken = true;
    current?.terminate();
    const stranded = [...pending.values()];
    pending.clear();
    for (const p of stranded) fallback.run(p.job, p.onStage).then(p.resolve, p.reject);
  };

  const started = (): Promise<WorkerLike | null> => {
    worker ??= spawn().then(
      (w) => {
        w.addEventListener("message", (event) => {
          const reply = event.data;
          const p = pending.get(reply.id);
          if (p === undefined) return;
          if (reply.type === "stage") p.onStage(reply.stage);
          else {
            pending.delete(reply.id);
            if (reply.type === "done") p.resolve(reply.result);
            else p.reject(new Error(reply.message));
          }
        });
        w.addEventListener("error", () => {
          giveUp(w);
        });
        return w;
      },
      () => {
        broken = true;
        return null;
      }
    );
    return worker;
  };

  return {
    async run<J extends EngineJob>(
      job: J,
      onStage: (stage: ComputeStage) => void
    ): Promise<EngineResult<J>> {
      const w = broken ? null : await started();
      if (w === null || broken) return fallback.run(job, onStage);
      const id = nextId++;
      return new Promise<EngineResult<J>>((resolve, reject) => {
        pending.set(id, {
          job,
          onStage,
          resolve: resolve as (result: EngineResult<EngineJob>) => void,
          reject,
        });
        w.postMessage({ id, job });
      });
    },
    where: () => (broken ? fallback.where() : "worker"),
    prepare: () => {
      if (!broken) void started();
    },
  };
}
