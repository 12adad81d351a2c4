/** Layout checks run in the page: nothing in the task pane may stick out of its width. */
import type { Page } from "playwright-core";

export interface OverflowReport {
  readonly paneWidth: number;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Elements whose box crosses the pane's left or right edge (or their clipping box's). */
  readonly offenders: readonly string[];
}

export async function paneOverflow(page: Page): Promise<OverflowReport> {
  return page.locator('[data-testid="pane"]').evaluate((pane) => {
    const paneBox = pane.getBoundingClientRect();
    const left = paneBox.left + pane.clientLeft;
    const right = left + pane.clientWidth; // excludes the vertical scrollbar
    const offenders: string[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : "";
      const testId = el.getAttribute("data-testid");
      const text = (el.textContent || "").trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ""} "${text}"`;
    };
    const clips = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return style.overflowX !== "visible";
    };
    const walk = (el: Element, bounds: { left: number; right: number }): void => {
      for (const child of Array.from(el.children)) {
        const style = getComputedStyle(child);
        if (style.display === "none" || style.visibility === "hidden" || style.position === "fixed")
          continue;
        const box = child.getBoundingClientRect();
        const visible = box.width > 0 && box.height > 0;
        if (visible && (box.right > bounds.right + 0.5 || box.left < bounds.left - 0.5)) {
          offenders.push(
            `${describe(child)} [${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(bounds.left)}–${Math.round(bounds.right)}]`
          );
        }
        // Inside a clipping box, descendants are measured against that box.
        const inner =
          clips(child) && visible
            ? {
                left: box.left + child.clientLeft,
                right: box.left + child.clientLeft + child.clientWidth,
              }
            : bounds;
        // An SVG's shapes are clipped to its own viewport: the <svg> box is what counts.
        if (child.tagName.toLowerCase() !== "svg") walk(child, inner);
      }
    };
    walk(pane, { left, right });
    return {
      // The CSS width (content box): what Office gives a pane, its scrollbar included.
      paneWidth: Math.round(parseFloat(getComputedStyle(pane).width)),
      scrollWidth: pane.scrollWidth,
      clientWidth: pane.clientWidth,
      offenders,
    };
  });
}
