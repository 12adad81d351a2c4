/** Screenshots of the main screens, kept under tests/e2e/screenshots/ as test artifacts. */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { Locator, Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(__dirname, "..", "screenshots");

export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}
