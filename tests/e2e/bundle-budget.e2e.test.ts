/**
 * The task pane's JavaScript stays within 300 KB gzipped with the engine worker included (issue
 * 10). Sizes are deterministic for a given source and lock file, so this is a budget, not a
 * speed measure; `npm run size` prints the same figures.
 */
import { BUDGET_BYTES, measureBundle } from "../../scripts/bundle-size";
import { BUILD_TIMEOUT } from "../support/timeouts";

// A production webpack build (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BUILD_TIMEOUT);

it("keeps what a pane with Web Workers loads within the budget, the engine in its worker", async () => {
  const { rows, loaded } = await measureBundle();
  const kinds = rows.map((r) => r.kind);
  expect(kinds).toContain("worker");
  expect(kinds).toContain("fallback");
  const main = rows.find((r) => r.kind === "main")!;
  const worker = rows.find((r) => r.kind === "worker")!;
  expect(loaded).toBe(rows.filter((r) => r.kind !== "fallback").reduce((n, r) => n + r.gzip, 0));
  expect(loaded).toBeGreaterThanOrEqual(main.gzip + worker.gzip);
  expect(loaded).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(BUDGET_BYTES).toBe(300_000);
});
