/**
 * The progress line's state (step under way, share done) kept outside the pane's React state:
 * the engine reports progress several times an action, and only the progress line needs to draw
 * it, not the whole pane with its issue list and tables (issue 10, item 4).
 */
import type { Step } from "./progress-port";

export interface ProgressState {
  readonly step: Step | null;
  /** Share of the action done (0–1); null when unknown. */
  readonly fraction: number | null;
}

/** What a view reads: the current state, and a subscription (React's useSyncExternalStore). */
export interface ProgressSource {
  readonly get: () => ProgressState;
  readonly subscribe: (listener: () => void) => () => void;
}

export interface ProgressStore extends ProgressSource {
  readonly set: (next: ProgressState) => void;
}

export const NO_PROGRESS: ProgressState = { step: null, fraction: null };

export function createProgressStore(): ProgressStore {
  let state = NO_PROGRESS;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next.step === state.step && next.fraction === state.fraction) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
