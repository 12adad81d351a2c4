/**
 * The pane's engine worker (bundled by webpack as its own chunk): computes the jobs the pane
 * posts, off the main thread, so that the pane keeps painting while a register is analysed.
 */
import { handleJobMessage, type JobMessage, type WorkerReply } from "./worker-protocol";

/** The worker's global scope, typed here: the project compiles with the DOM library only. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = (event) => {
  handleJobMessage(event.data, (reply) => {
    scope.postMessage(reply);
  });
};
