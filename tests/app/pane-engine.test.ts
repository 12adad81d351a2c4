/**
 * The pane's engine (read on the main thread → compute in a worker → write on the main thread)
 * gives exactly what the CLI's use cases give on the same file, with every job and result
 * crossing a structured clone as they cross to a real Web Worker; it reports its steps in order,
 * and falls back to this thread when the worker cannot start or fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import { createUnitSheets } from "../../src/app/create-unit-sheets";
import { fingerprintHere } from "../../src/app/output-guard";
import { registerOverview } from "../../src/app/register-overview";
import { runRegister } from "../../src/app/run-register";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { createPaneEngine, type EngineProgress } from "../../src/taskpane/engine/pane-engine";
import { threadRunner } from "../../src/taskpane/engine/thread-runner";
import {
  handleJobMessage,
  type JobMessage,
  type WorkerReply,
} from "../../src/taskpane/engine/worker-protocol";
import { workerRunner, type WorkerLike } from "../../src/taskpane/engine/worker-runner";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");
const bytes = fs.readFileSync(SAMPLE);
const DAY = new Date(2024, 10, 15);

/** A worker in this process: every message is structured-cloned, as postMessage does. */
class ClonedWorker implements WorkerLike {
  readonly jobs: JobMessage[] = [];
  private onMessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  private onError: ((event: Event) => void) | null = null;
  terminated = false;

  constructor(private readonly failOnJob = false) {}

  postMessage(message: JobMessage): void {
    const job = structuredClone(message);
    this.jobs.push(job);
    setTimeout(() => {
      if (this.failOnJob) {
        this.onError?.(new Event("error"));
        return;
      }
      handleJobMessage(job, (reply) => {
        this.onMessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
      });
    }, 0);
  }

  addEventListener(type: "message" | "error", listener: (event: never) => void): void {
    if (type === "message") this.onMessage = listener as (event: MessageEvent<WorkerReply>) => void;
    else this.onError = listener as (event: Event) => void;
  }

  terminate(): void {
    this.terminated = true;
  }
}

function workerEngine(worker: ClonedWorker) {
  return createPaneEngine(workerRunner(() => Promise.resolve(worker), threadRunner()));
}

const quiet = (): void => undefined;

async function sheetsOf(port: XlsxFileAdapter, names: readonly string[]) {
  return [...(await port.readSheets(names)).entries()];
}

describe("the pane's engine in a worker", () => {
  it("checks as `tdkt check` does", async () => {
    const worker = new ClonedWorker();
    const outcome = await workerEngine(worker).check(XlsxFileAdapter.fromBytes(bytes), quiet);
    const cli = await checkRegister(XlsxFileAdapter.fromBytes(bytes));
    if (outcome.kind !== "analysed" || cli.kind !== "analysed") throw new Error("unusable");
    expect(outcome.issues).toEqual(cli.analysis.issues);
    expect(outcome.issues.length).toBeGreaterThan(0);
    expect(worker.jobs.map((j) => j.job.kind)).toEqual(["check"]);
  });

  it.each(["scores", "proposals"] as const)(
    "writes the %s sheets the CLI writes, cell for cell",
    async (choice) => {
      const pane = XlsxFileAdapter.fromBytes(bytes);
      const cli = XlsxFileAdapter.fromBytes(bytes);
      const outcome = await workerEngine(new ClonedWorker()).run(pane, choice, quiet);
      const expected = await runRegister(cli, choice);
      if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
      expect(outcome.written).toEqual(expected.written);
      expect(outcome.written.length).toBeGreaterThan(1);
      expect(await sheetsOf(pane, outcome.written)).toEqual(await sheetsOf(cli, expected.written));
    }
  );

  it("gives the overview the pane showed before, and creates the same unit sheets", async () => {
    const engine = workerEngine(new ClonedWorker());
    const pane = XlsxFileAdapter.fromBytes(bytes);
    expect(await engine.overview(pane, DAY, quiet)).toEqual(
      await registerOverview(XlsxFileAdapter.fromBytes(bytes), DAY)
    );
    // The sample has every unit's sheets: remove nothing, expect the same "skipped" as the CLI.
    const created = await engine.createUnitSheets(pane, { protect: true }, quiet);
    expect(created).toEqual(
      await createUnitSheets(XlsxFileAdapter.fromBytes(bytes), { protect: true })
    );
  });

  it("reports the action's steps in order, the share done rising from 0 and below 1", async () => {
    const seen: EngineProgress[] = [];
    await workerEngine(new ClonedWorker()).run(XlsxFileAdapter.fromBytes(bytes), "scores", (p) =>
      seen.push(p)
    );
    expect(seen.map((p) => p.step)).toEqual([
      "reading",
      "parsing",
      "validating",
      "scoring",
      "proposing",
      "building",
      "writing",
    ]);
    expect(seen[0]?.fraction).toBe(0);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.fraction).toBeGreaterThan(seen[i - 1]!.fraction);
    }
    expect(seen.at(-1)!.fraction).toBeLessThan(1);
  });
});

describe("fingerprints and the worker's start", () => {
  it("fingerprints sheets in the worker as the output guard does on this thread", async () => {
    const worker = new ClonedWorker();
    const port = XlsxFileAdapter.fromBytes(bytes);
    const grids = await port.readSheets(["Cán bộ", "Đơn vị"]);
    const hashes = await workerEngine(worker).fingerprints(grids);
    expect(worker.jobs.map((j) => j.job.kind)).toEqual(["fingerprints"]);
    expect([...hashes]).toEqual([...(await fingerprintHere(grids))]);
    expect(new Set(hashes.values()).size).toBe(2);
  });

  it("starts the worker when asked to prepare, once, before any job", async () => {
    let spawned = 0;
    const engine = createPaneEngine(
      workerRunner(() => {
        spawned += 1;
        return Promise.resolve(new ClonedWorker());
      }, threadRunner())
    );
    engine.prepare();
    engine.prepare();
    expect(spawned).toBe(1);
    await engine.check(XlsxFileAdapter.fromBytes(bytes), quiet);
    expect(spawned).toBe(1);
  });
});

describe("the pane's runs in Nhật ký", () => {
  const AUDIT = { time: "30/11/2026 09:00:00", hostUser: "Thư ký" };

  async function logOf(port: XlsxFileAdapter) {
    const grids = await port.readSheets([AUDIT_LOG_SHEET]);
    return readAuditLog(grids.get(AUDIT_LOG_SHEET) ?? []);
  }

  it.each(["scores", "proposals"] as const)(
    "a %s run through the worker appends the row runRegister appends, chained alike",
    async (choice) => {
      const pane = XlsxFileAdapter.fromBytes(bytes);
      const cli = XlsxFileAdapter.fromBytes(bytes);
      const before = (await logOf(pane)).length;
      const outcome = await workerEngine(new ClonedWorker()).run(pane, choice, quiet, AUDIT);
      await runRegister(cli, choice, { audit: AUDIT });
      if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
      const rows = await logOf(pane);
      expect(rows).toHaveLength(before + 1);
      expect(rows).toEqual(await logOf(cli));
      expect(rows.at(-1)).toMatchObject({
        action: AUDIT_ACTIONS.run,
        sheets: outcome.written.join(", "),
        time: AUDIT.time,
        by: "Thư ký",
      });
      expect(rows.at(-1)?.counts).toMatch(/^\d+ đơn vị, \d+ cán bộ, \d+ đề nghị$/);
      // The log is intact for the check: the chain and the count kept in the custom XML part.
      const check = await checkRegister(pane);
      if (check.kind !== "analysed") throw new Error("unusable");
      expect(check.analysis.issues.filter((i) => i.code.startsWith("audit"))).toEqual([]);
    }
  );

  it("logs the unit sheets it created, as createUnitSheets does, and nothing when none was", async () => {
    const pane = XlsxFileAdapter.fromBytes(bytes);
    const cli = XlsxFileAdapter.fromBytes(bytes);
    const engine = workerEngine(new ClonedWorker());
    const before = (await logOf(pane)).length;
    await engine.createUnitSheets(pane, { protect: false, audit: AUDIT }, quiet);
    await createUnitSheets(cli, { protect: false, audit: AUDIT });
    const rows = await logOf(pane);
    expect(rows).toEqual(await logOf(cli));
    expect(rows.slice(before).map((r) => [r.action, r.sheets, r.counts, r.by])).toEqual([
      [AUDIT_ACTIONS.createUnitSheets, "CĐ-DTN", "1 trang", "Thư ký"],
    ]);
    await engine.createUnitSheets(pane, { protect: false, audit: AUDIT }, quiet);
    expect(await logOf(pane)).toEqual(rows);
  });

  it("logs nothing without an audit context", async () => {
    const pane = XlsxFileAdapter.fromBytes(bytes);
    const before = await logOf(pane);
    await workerEngine(new ClonedWorker()).run(pane, "scores", quiet);
    expect(await logOf(pane)).toEqual(before);
  });
});

describe("fallback to this thread", () => {
  it("finishes the job under way on this thread when the worker fails, and stays there", async () => {
    const worker = new ClonedWorker(true);
    const engine = workerEngine(worker);
    expect(engine.where()).toBe("worker");
    const outcome = await engine.check(XlsxFileAdapter.fromBytes(bytes), quiet);
    const cli = await checkRegister(XlsxFileAdapter.fromBytes(bytes));
    if (outcome.kind !== "analysed" || cli.kind !== "analysed") throw new Error("unusable");
    expect(outcome.issues).toEqual(cli.analysis.issues);
    expect(worker.terminated).toBe(true);
    expect(engine.where()).toBe("thread");
    await engine.check(XlsxFileAdapter.fromBytes(bytes), quiet);
    expect(worker.jobs).toHaveLength(1);
  });

  it("computes on this thread when the worker cannot be started", async () => {
    const engine = createPaneEngine(
      workerRunner(() => Promise.reject(new Error("blocked")), threadRunner())
    );
    const outcome = await engine.run(XlsxFileAdapter.fromBytes(bytes), "proposals", quiet);
    expect(outcome.kind).toBe("analysed");
    expect(engine.where()).toBe("thread");
  });

  it("passes a failure inside the computation on as a rejection with its message", async () => {
    const engine = workerEngine(new ClonedWorker());
    // No day: the overview's computation throws inside the worker.
    await expect(
      engine.overview(XlsxFileAdapter.fromBytes(bytes), null as never, quiet)
    ).rejects.toThrow(/getFullYear/);
  });
});
