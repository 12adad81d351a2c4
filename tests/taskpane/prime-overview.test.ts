/**
 * The page starts reading the overview while React draws the pane (issue 10: usable within
 * 1.5 s); the pane's first overview of the same workbook on the same day takes that reading
 * instead of reading again, and anything else the pane does first drops it.
 */
import type { RegisterOverview } from "../../src/app/register-overview";
import type { EngineJob, JobRunner } from "../../src/taskpane/engine/engine-job";
import { createPaneEngine, type EngineProgress } from "../../src/taskpane/engine/pane-engine";
import { threadRunner } from "../../src/taskpane/engine/thread-runner";
import { FakePort, sampleRegister } from "./fake-port";

/** The real engine on this thread, counting the jobs it is given by kind. */
function countingRunner(): { runner: JobRunner; jobs: EngineJob["kind"][] } {
  const real = threadRunner();
  const jobs: EngineJob["kind"][] = [];
  return {
    jobs,
    runner: {
      where: real.where,
      run(job, onStage) {
        jobs.push(job.kind);
        return real.run(job, onStage);
      },
    },
  };
}

const JAN_26 = new Date(2024, 0, 26, 9, 0);
const JAN_26_EVENING = new Date(2024, 0, 26, 21, 30);
const JAN_27 = new Date(2024, 0, 27, 9, 0);
const ignore = (): void => undefined;

it("gives the pane's first overview of the same workbook and day the reading already started", async () => {
  const { runner, jobs } = countingRunner();
  const engine = createPaneEngine(runner);
  const port = new FakePort(sampleRegister());
  engine.primeOverview(port, JAN_26);
  const heard: EngineProgress[] = [];
  const overview: RegisterOverview = await engine.overview(port, JAN_26_EVENING, (p) => {
    heard.push(p);
  });
  expect(jobs).toEqual(["overview"]);
  expect(port.callsOf("readSheets")).toHaveLength(1);
  expect(overview.daysToDeadline).toBe(5);
  // The pane's progress line hears where the reading is (at least the step reported last).
  expect(heard.length).toBeGreaterThan(0);
  // Taken once: the next overview reads the workbook again.
  await engine.overview(port, JAN_26, ignore);
  expect(jobs).toEqual(["overview", "overview"]);
  expect(port.callsOf("readSheets")).toHaveLength(2);
});

it("reads again for another workbook or another day", async () => {
  const { runner, jobs } = countingRunner();
  const engine = createPaneEngine(runner);
  const port = new FakePort(sampleRegister());
  engine.primeOverview(port, JAN_26);
  await engine.overview(new FakePort(sampleRegister()), JAN_26, ignore);
  expect(jobs).toEqual(["overview", "overview"]);

  engine.primeOverview(port, JAN_26);
  const nextDay = await engine.overview(port, JAN_27, ignore);
  expect(nextDay.daysToDeadline).toBe(4);
  expect(jobs).toEqual(["overview", "overview", "overview", "overview"]);
});

it("drops the reading when the pane does anything else first (the workbook may change)", async () => {
  const { runner, jobs } = countingRunner();
  const engine = createPaneEngine(runner);
  const port = new FakePort(sampleRegister());
  engine.primeOverview(port, JAN_26);
  await engine.check(port, ignore);
  await engine.overview(port, JAN_26, ignore);
  expect(jobs).toEqual(["overview", "check", "overview"]);
});

it("hands a failed reading's error to the overview that takes it", async () => {
  const engine = createPaneEngine(countingRunner().runner);
  const port = new FakePort(sampleRegister());
  port.failOn("listSheets", new Error("workbook gone"));
  engine.primeOverview(port, JAN_26);
  await expect(engine.overview(port, JAN_26, ignore)).rejects.toThrow("workbook gone");
});
