#!/usr/bin/env node
"use strict";
/**
 * `npm run bench` — not a test. Builds the CLI, generates a 200-unit / 10,000-staff register in a
 * temp folder in which every one of the 10,000 staff pledges (a row in their unit's ĐK- sheet, so
 * `run` writes a proposal for each), then times in separate child processes (each run includes
 * Node's start-up, as a user's command does):
 *   tdkt check FILE            vs  a plain exceljs read of FILE          (aim: ratio ≤ 0.5)
 *   tdkt run FILE --out OUT    vs  a plain exceljs read + write of FILE  (aim: ratio ≤ 0.5)
 *   tdkt dossier FILE --out DIR (the Word files) vs tdkt run             (aim: ratio < 2, issue 9)
 * and the CPU time (user + system) and peak resident memory of each (aim ≤ 0.6 × exceljs's), via
 * /usr/bin/time -v when present, else process.resourceUsage() in the child. Each command runs RUNS
 * times (default 3; env BENCH_RUNS), interleaved; medians are reported. The aims are judged on CPU
 * time: on a shared machine the wall clock measures the neighbours as much as the command. Options: --units N --staff N --runs N --keep.
 * Then the roll-up benchmark (scripts/bench/rollup.js: 50 registers × 1,000 staff) unless
 * --no-rollup.
 */
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { buildCli } = require("./build-cli");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}
const units = option("--units", 200);
const staff = option("--staff", 10000);
const runs = option("--runs", Number(process.env.BENCH_RUNS || 3));
const keep = args.includes("--keep");
const hasGnuTime = fs.existsSync("/usr/bin/time");

function log(text) {
  process.stdout.write(`${text}\n`);
}

log("Biên dịch CLI (npm run build:cli: tsc, rồi webpack.cli.config.js)…");
buildCli();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bench-"));
const file = path.join(dir, "big-register.xlsx");
log(`Tạo sổ lớn ${units} đơn vị / ${staff} cán bộ, mọi cán bộ đều đăng ký thi đua: ${file}`);
execFileSync(
  process.execPath,
  [path.join(root, "dist/scripts/make-big-register.js"), file, String(units), String(staff)],
  {
    stdio: "inherit",
  }
);

/** Runs one node command; returns wall and CPU (user + system) seconds, peak RSS in MB, exit status. */
function measure(nodeArgs) {
  const started = process.hrtime.bigint();
  let result;
  if (hasGnuTime) {
    result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...nodeArgs], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
  } else {
    result = spawnSync(
      process.execPath,
      ["-r", path.join(__dirname, "bench/max-rss.js"), ...nodeArgs],
      {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 1 << 26,
      }
    );
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = result.stderr || "";
  const kb = hasGnuTime
    ? Number((/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) || [])[1])
    : Number((/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr) || [])[1]);
  const cpuSeconds = hasGnuTime
    ? Number((/User time \(seconds\): ([\d.]+)/.exec(stderr) || [])[1]) +
      Number((/System time \(seconds\): ([\d.]+)/.exec(stderr) || [])[1])
    : Number((/BENCH_CPU_S=([\d.]+)/.exec(stderr) || [])[1]);
  return { seconds, cpuSeconds, rssMb: kb / 1024, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const tdkt = path.join(root, "bin/tdkt.js");
const baseline = path.join(__dirname, "bench/exceljs-baseline.js");
const commands = [
  {
    key: "check",
    label: "tdkt check FILE --json R",
    args: [tdkt, "check", file, "--json", path.join(dir, "report.json")],
    ok: [0, 1],
  },
  { key: "read", label: "exceljs read FILE", args: [baseline, file], ok: [0] },
  {
    key: "run",
    label: "tdkt run FILE --out OUT",
    args: [tdkt, "run", file, "--out", path.join(dir, "out.xlsx")],
    ok: [0, 1],
  },
  {
    key: "readWrite",
    label: "exceljs read FILE + write OUT",
    args: [baseline, file, path.join(dir, "exceljs-out.xlsx")],
    ok: [0],
  },
  {
    key: "dossier",
    label: "tdkt dossier FILE --out DIR",
    args: [tdkt, "dossier", file, "--out", path.join(dir, "ho-so")],
    ok: [0, 1],
  },
];

// Rounds interleave the commands (check, read, run, read+write, check, …) so that a busy machine
// slows both sides of a ratio alike; each ratio is the median of its per-round ratios.
const samples = Object.fromEntries(commands.map((c) => [c.key, []]));
for (let round = 0; round < runs; round++) {
  for (const c of commands) {
    const m = measure(c.args);
    if (!c.ok.includes(m.status)) {
      log(`${c.label}: exit ${m.status}`);
      process.exit(1);
    }
    samples[c.key].push(m);
  }
}
const results = {};
for (const c of commands) {
  results[c.key] = {
    label: c.label,
    seconds: median(samples[c.key].map((s) => s.seconds)),
    cpuSeconds: median(samples[c.key].map((s) => s.cpuSeconds)),
    rssMb: Math.max(...samples[c.key].map((s) => s.rssMb)),
  };
  log(
    `${c.label}: ${results[c.key].seconds.toFixed(2)} s, CPU ${results[c.key].cpuSeconds.toFixed(2)} s, ${results[c.key].rssMb.toFixed(0)} MB`
  );
}
const ratio = (a, b, measure = "cpuSeconds") =>
  median(samples[a].map((s, i) => s[measure] / samples[b][i][measure]));

const checkRatio = ratio("check", "read");
const runRatio = ratio("run", "readWrite");
const dossierRatio = ratio("dossier", "run");
const wallRatios = [
  ratio("check", "read", "seconds"),
  ratio("run", "readWrite", "seconds"),
  ratio("dossier", "run", "seconds"),
];
const peak = Math.max(results.check.rssMb, results.run.rssMb);
const exceljsPeak = Math.max(results.read.rssMb, results.readWrite.rssMb);
const memoryRatio = peak / exceljsPeak;
const cpu = (os.cpus()[0] || { model: "?" }).model;
const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);

log("");
log(
  `Máy: ${os.cpus().length} CPU (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`
);
log(
  `Tệp: ${units} đơn vị, ${staff} cán bộ, ${size} MB; trung vị của ${runs} vòng chạy xen kẽ; tỉ số tính trên thời gian CPU (user + sys) của từng cặp; CPU và bộ nhớ đỉnh đo bằng ${hasGnuTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"}`
);
log("");
log("| Lệnh | Thời gian (s) | CPU (s) | Bộ nhớ đỉnh (MB) |");
log("|---|---:|---:|---:|");
for (const c of commands)
  log(
    `| \`${results[c.key].label}\` | ${results[c.key].seconds.toFixed(2)} | ${results[c.key].cpuSeconds.toFixed(2)} | ${results[c.key].rssMb.toFixed(0)} |`
  );
log("");
log(
  `Tỉ số theo đồng hồ (chỉ để tham khảo khi máy bận): check ${wallRatios[0].toFixed(2)}, run ${wallRatios[1].toFixed(2)}, dossier ${wallRatios[2].toFixed(2)}`
);
log(
  `check / exceljs read        = ${checkRatio.toFixed(2)}  (mục tiêu ≤ 0,5) ${checkRatio <= 0.5 ? "ĐẠT" : "CHƯA ĐẠT"}`
);
log(
  `run / exceljs read + write  = ${runRatio.toFixed(2)}  (mục tiêu ≤ 0,5) ${runRatio <= 0.5 ? "ĐẠT" : "CHƯA ĐẠT"}`
);
log(
  `dossier / run               = ${dossierRatio.toFixed(2)}  (mục tiêu < 2) ${dossierRatio < 2 ? "ĐẠT" : "CHƯA ĐẠT"}`
);
log(
  `bộ nhớ đỉnh tdkt / exceljs  = ${peak.toFixed(0)} / ${exceljsPeak.toFixed(0)} MB = ${memoryRatio.toFixed(2)} (mục tiêu ≤ 0,6) ${memoryRatio <= 0.6 ? "ĐẠT" : "CHƯA ĐẠT"}`
);

if (keep) log(`Giữ thư mục tạm: ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });

// The province's roll-up: 50 registers of 1,000 staff (scripts/bench/rollup.js; --no-rollup skips).
if (!args.includes("--no-rollup")) {
  log("");
  execFileSync(process.execPath, [path.join(__dirname, "bench/rollup.js")], { stdio: "inherit" });
}
