/**
 * A keyboard tour: presses Tab from the top of the page until focus comes back round, and for
 * each stop tells whether focusing it changed how it looks (outline, shadow, border, background,
 * or a ::before/::after indicator), i.e. whether the focus is visible.
 */
import type { Page } from "playwright-core";

export interface TabStop {
  readonly label: string;
  readonly tag: string;
  readonly role: string;
  readonly inPane: boolean;
  readonly visibleFocus: boolean;
}

type Win = Window & { __tour?: { el: Element; focused: string }[] };

export async function tabTour(page: Page, maxStops = 250): Promise<TabStop[]> {
  await page.evaluate(() => {
    (window as Win).__tour = [];
    (document.activeElement as HTMLElement | null)?.blur();
  });
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const done = await page.evaluate(() => {
      const look = (el: Element): string => {
        const keys = [
          "outlineStyle",
          "outlineWidth",
          "outlineColor",
          "boxShadow",
          "borderTopColor",
          "borderBottomColor",
          "backgroundColor",
        ] as const;
        return [null, "::before", "::after"]
          .map((pseudo) => {
            const s = getComputedStyle(el, pseudo);
            return keys.map((k) => s[k]).join("|") + (pseudo ? s.content + s.display : "");
          })
          .join("#");
      };
      const tour = (window as Win).__tour ?? [];
      const el = document.activeElement;
      if (el === null || el === document.body || tour.some((t) => t.el === el)) return true;
      tour.push({ el, focused: look(el) });
      return false;
    });
    if (done) break;
  }
  return page.evaluate(async () => {
    const look = (el: Element): string => {
      const keys = [
        "outlineStyle",
        "outlineWidth",
        "outlineColor",
        "boxShadow",
        "borderTopColor",
        "borderBottomColor",
        "backgroundColor",
      ] as const;
      return [null, "::before", "::after"]
        .map((pseudo) => {
          const s = getComputedStyle(el, pseudo);
          return keys.map((k) => s[k]).join("|") + (pseudo ? s.content + s.display : "");
        })
        .join("#");
    };
    (document.activeElement as HTMLElement | null)?.blur();
    await new Promise((r) =>
      requestAnimationFrame(() => {
        r(null);
      })
    );
    const pane = document.querySelector('[data-testid="pane"]');
    return ((window as Win).__tour ?? []).map(({ el, focused }) => ({
      label: (
        el.getAttribute("aria-label") ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent
      )
        .trim()
        .slice(0, 60),
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") ?? "",
      inPane: pane !== null && pane.contains(el),
      visibleFocus: look(el) !== focused,
    }));
  });
}
