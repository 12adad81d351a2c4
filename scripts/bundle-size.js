#!/usr/bin/env node
/**
 * `npm run size`: builds the add-in (production) into a temporary folder and weighs its
 * JavaScript gzipped (level 9), against the task pane's budget of 300 KB (300,000 bytes):
 *
 *   loaded  = the pane's main chunk + the chunk that starts the worker + the engine worker,
 *             i.e. everything a pane with Web Workers (every supported Office host) downloads;
 *   fallback = the engine for hosts without Web Workers, downloaded only there instead of the
 *             worker (reported, not counted: no host loads both);
 *   on demand = the secondary actions' use cases (dossier, decisions, reports, next year, units'
 *             files, lock: src/taskpane/more-actions-engine.ts) and the file makers (Word, zip),
 *             fetched the first time one runs (reported, not counted in `loaded`; the total
 *             with them is printed too).
 *
 * Exits 1 when `loaded` is over budget. Sizes are deterministic for a given source and lock file,
 * so the E2E suite checks the same budget (tests/e2e/bundle-budget.e2e.test.ts).
 * Also a module: measureBundle() resolves with the figures.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");

const ROOT = path.resolve(__dirname, "..");
const BUDGET_BYTES = 300_000;
/** Chunk names given in src/taskpane (webpackChunkName, the Worker's name). */
const WORKER_CHUNK = "so-thi-dua-engine";
const FALLBACK_CHUNK = "engine-fallback";
/** Chunks fetched only when a secondary action runs: its use cases, and the file makers (Word, zip). */
const ON_DEMAND_CHUNKS = ["pane-actions", "pane-files", "pane-reasons"];

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Builds the add-in into a temporary folder and weighs its chunks; removes the folder after. */
async function measureBundle() {
  const webpack = require("webpack");
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-size-"));
  config.output = { ...config.output, path: outDir };
  try {
    const stats = await new Promise((resolve, reject) => {
      const compiler = webpack(config);
      compiler.run((error, result) => {
        compiler.close(() => (error ? reject(error) : resolve(result)));
      });
    });
    if (stats.hasErrors()) {
      const info = stats.toJson({ all: false, errors: true });
      throw new Error(`Build failed:\n${info.errors.map((e) => e.message).join("\n\n")}`);
    }
    const info = stats.toJson({ all: false, chunks: true, chunkRelations: true });
    const chunks = info.chunks
      .map((c) => ({
        names: c.names,
        entry: c.entry,
        files: c.files.filter((f) => f.endsWith(".js")),
        parents: c.parents,
        id: c.id,
      }))
      .filter((c) => c.files.length > 0);
    const main = chunks.find((c) => c.names.includes("taskpane"));
    if (main === undefined) throw new Error("No taskpane chunk in the build.");
    const weigh = (c) => c.files.reduce((sum, f) => sum + gzipSize(path.join(outDir, f)), 0);
    const rows = chunks
      .filter((c) => !c.names.includes("commands"))
      .map((c) => {
        const name = c.names[0] ?? String(c.id);
        const kind =
          c === main
            ? "main"
            : name === WORKER_CHUNK
              ? "worker"
              : name === FALLBACK_CHUNK
                ? "fallback"
                : ON_DEMAND_CHUNKS.includes(name)
                  ? "ondemand"
                  : "async";
        return { name, kind, files: c.files, gzip: weigh(c) };
      });
    if (!rows.some((r) => r.kind === "worker"))
      throw new Error("No engine worker chunk in the build.");
    const sum = (kind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.gzip, 0);
    const loaded = rows
      .filter((r) => r.kind !== "fallback" && r.kind !== "ondemand")
      .reduce((s, r) => s + r.gzip, 0);
    return {
      rows,
      loaded,
      fallback: sum("fallback"),
      onDemand: sum("ondemand"),
      budget: BUDGET_BYTES,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

async function main() {
  const { rows, loaded, fallback, onDemand, budget } = await measureBundle();
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(8)} ${r.name.padEnd(20)} ${kb(r.gzip).padStart(10)}  ${r.files.join(", ")}`
    );
  console.log(`loaded by a pane with Web Workers: ${kb(loaded)} gzipped (budget ${kb(budget)})`);
  console.log(
    `in-thread fallback (hosts without Web Workers, instead of the worker): ${kb(fallback)}`
  );
  console.log(
    `on demand (secondary actions, first use): ${kb(onDemand)}; with them: ${kb(loaded + onDemand)}`
  );
  if (loaded > budget) {
    console.error(`Over budget by ${kb(loaded - budget)}.`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

module.exports = { measureBundle, BUDGET_BYTES };
