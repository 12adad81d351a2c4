/**
 * Never frozen, as the user sees it (issue 10, item 4), at 320 and 450 px in Vietnamese and
 * English: on a 40-unit, 1,000-staff register, scoring paints a determinate progress bar named
 * after each step in the pane's language, a second click starts nothing, and the result follows.
 * Screenshots of the bar and of the result; axe and the developer-words check after each. (The
 * main thread's long tasks are measured in pane-responsiveness.e2e.test.ts.)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildBigRegister } from "../../scripts/make-big-register";
import { STRINGS, type Language } from "../../src/taskpane/i18n";
import { recordProgress, recordedProgress } from "./support/long-tasks";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { developerWordsIn } from "../support/developer-words";
import { SESSION_SETUP_TIMEOUT } from "../support/timeouts";

jest.setTimeout(SESSION_SETUP_TIMEOUT);

const s = paneSession();
let bigFile = "";

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-progress-"));
  bigFile = path.join(dir, "so-40-don-vi.xlsx");
  const wb = buildBigRegister(40, 1000);
  writeFileSync(bigFile, new Uint8Array(await wb.xlsx.writeBuffer()));
}, SESSION_SETUP_TIMEOUT);

describe.each<Language>(["vi", "en"])("the progress bar in %s", (language) => {
  const t = STRINGS[language];
  const stepNames = new Set<string>([
    t.stepReading,
    t.stepParsing,
    t.stepValidating,
    t.stepScoring,
    t.stepProposing,
    t.stepBuilding,
    t.stepWriting,
    t.stepCreating,
    t.stepSelecting,
    t.stepMarking,
    t.stepWorking,
  ]);

  it.each([320, 450])("at %i px: named, determinate, not started twice", async (width) => {
    await s.open(`?lang=${language}&pane=${width}`);
    await s.page.getByTestId("open-file-input").setInputFiles(bigFile);
    await s.pane().getByText("40", { exact: true }).first().waitFor({ timeout: 90_000 });
    await s.ready("score").waitFor({ timeout: 90_000 });

    await recordProgress(s.page);
    await s.action("score").click();
    // A second click while it runs must start nothing: the button is busy.
    await s.action("score").click({ force: true });
    const bar = s.pane().locator('[data-testid="progress"]');
    await bar.waitFor({ timeout: 90_000 });
    await saveScreenshot(s.page, `progress-${language}-${width}-1-running`);
    await bar.waitFor({ state: "detached", timeout: 90_000 });
    await s.pane().getByText(t.runTitle).first().waitFor({ timeout: 90_000 });
    await saveScreenshot(s.page, `progress-${language}-${width}-2-done`);
    await s.scan();
    expect(developerWordsIn(await s.pane().innerText())).toEqual([]);

    const progress = await recordedProgress(s.page);
    const values = progress.flatMap((p) => (p.value === null ? [] : [Number(p.value)]));
    expect(values.length).toBeGreaterThan(0);
    // The share done never goes back: a second run (starting again from 0) would show here.
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
    // Every label is one of the pane's step names in its language, with its share done.
    for (const p of progress) {
      const name = p.label.replace(/\s*\(\d+\s*%\)$/, "");
      expect([...stepNames].some((n) => name.startsWith(n.replace(/…$/, "")))).toBe(true);
    }
  });
});
