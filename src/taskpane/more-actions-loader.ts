/**
 * Fetches the secondary actions' use cases (more-actions-engine.ts) on first use. A module of its
 * own: importing the loader must not import the engine, or the engine lands in the pane's first
 * chunk again.
 */
export type MoreActionsEngine = typeof import("./more-actions-engine");

export function loadMoreActionsEngine(): Promise<MoreActionsEngine> {
  return import(/* webpackChunkName: "pane-actions" */ "./more-actions-engine");
}
