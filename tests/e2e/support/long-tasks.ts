/**
 * Watching the page's main thread from a test: a long-task observer (PerformanceObserver
 * "longtask": every main-thread task over 50 ms) installed before the page's own scripts, and a
 * recorder of the pane's progress bar. Figures are reported, not asserted: speed depends on the
 * machine (docs/benchmarks.md).
 */
import type { Page } from "playwright-core";

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface Watched {
  __longTasks?: LongTask[];
  __progress?: { value: string | null; label: string }[];
}

/** Installs the observer on every document the page opens from now on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.__longTasks = [];
    if (!PerformanceObserver.supportedEntryTypes.includes("longtask")) return;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

export async function longTaskSupported(page: Page): Promise<boolean> {
  return page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("longtask"));
}

export async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started at or after `since` (page time, ms). */
export async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) => ((window as unknown as Watched).__longTasks ?? []).filter((e) => e.start >= t),
    since
  );
}

/** Starts recording every state the pane's progress bar shows (value and step name). */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.__progress = [];
    const sample = (): void => {
      const bar = document.querySelector('[data-testid="progress"] [role="progressbar"]');
      const status = document.querySelector('[data-testid="progress"] [role="status"]');
      if (bar === null) return;
      const value = bar.getAttribute("aria-valuenow");
      const label = status?.textContent ?? "";
      const last = w.__progress?.at(-1);
      if (last?.value !== value || last.label !== label) w.__progress?.push({ value, label });
    };
    new MutationObserver(sample).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

export async function recordedProgress(
  page: Page
): Promise<{ value: string | null; label: string }[]> {
  return page.evaluate(() => (window as unknown as Watched).__progress ?? []);
}
