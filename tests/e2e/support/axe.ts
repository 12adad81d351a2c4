/**
 * Runs axe-core in the page (injected from node_modules, so no network) and sorts its
 * violations: serious/critical ones fail the tests; each is tagged with whether it lies inside
 * the task pane (owned by the pane) or in the preview around it.
 *
 * One known false positive is dropped: aria-hidden-focus on Fluent's tabster "dummy inputs"
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`), sentinels that hand focus on at once and are
 * hidden from screen readers on purpose (microsoft/tabster#288, fluentui#27517 "by design";
 * Accessibility Insights suppresses them the same way, accessibility-insights-web#7605). The
 * keyboard tour checks that focus never rests on one.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly inPane: boolean;
  readonly targets: readonly string[];
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: string[];
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Colours are measured as they are at rest: a Fluent button fades its colours for ~100 ms when it
 * turns enabled, and a scan inside that fade read a half-way grey as a contrast failure (CI, once
 * in a loaded run). Transitions and animations are switched off for the scan.
 */
async function settleStyles(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        if (!document.getElementById("axe-no-motion")) {
          const style = document.createElement("style");
          style.id = "axe-no-motion";
          style.textContent =
            "*,*::before,*::after{transition:none!important;animation:none!important}";
          document.head.appendChild(style);
        }
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      })
  );
}

export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await settleStyles(page);
  // page.evaluate goes through DevTools, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    const pane = document.querySelector('[data-testid="pane"]');
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "minor",
      help: v.help,
      nodes: v.nodes
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => {
          const selector = n.target.join(" ");
          let inPane = false;
          try {
            const el = document.querySelector(selector);
            inPane = el !== null && pane !== null && pane.contains(el);
          } catch {
            inPane = false;
          }
          return { selector, inPane };
        }),
    }));
  });
  const findings: AxeFinding[] = [];
  for (const v of violations) {
    for (const inPane of [true, false]) {
      const targets = v.nodes.filter((n) => n.inPane === inPane).map((n) => n.selector);
      if (targets.length > 0)
        findings.push({ id: v.id, impact: v.impact, help: v.help, inPane, targets });
    }
  }
  return findings;
}

export function isBlocking(finding: AxeFinding): boolean {
  return finding.impact === "serious" || finding.impact === "critical";
}

export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `[${f.impact}] ${f.id} (${f.inPane ? "task pane" : "preview"}): ${f.help} — ${f.targets.slice(0, 3).join(" | ")}`
    )
    .join("\n");
}
