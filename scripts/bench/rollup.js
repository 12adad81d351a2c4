#!/usr/bin/env node
"use strict";
/**
 * Benchmark of `tdkt rollup` (issue 12, item 5) — not a test. Generates one register of
 * UNITS units / STAFF staff (scripts/make-big-register.ts), makes REGISTERS copies of it as
 * different departments (another `Cơ quan`; staff names changed in 9 copies out of 10, so some
 * people appear in two registers and are flagged as duplicates), then times
 * `tdkt rollup` on the first 10, 25 and all REGISTERS files (one child process each, Node's
 * start-up included) with peak memory. Aim: linear in the input, under 30 s for 50 × 1,000.
 * Needs the compiled CLI (dist/); `npm run bench` compiles it first.
 * Options: --registers N --staff N --units N --keep.
 */
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { buildCli, CLI_BUNDLE } = require("../build-cli");

const root = path.resolve(__dirname, "..", "..");
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}
const registers = option("--registers", 50);
const staff = option("--staff", 1000);
const units = option("--units", 20);
const keep = args.includes("--keep");
const hasGnuTime = fs.existsSync("/usr/bin/time");
const log = (text) => process.stdout.write(`${text}\n`);

if (!fs.existsSync(CLI_BUNDLE)) buildCli();
const { XlsxFileAdapter } = require(path.join(root, "dist/src/adapters/xlsx/xlsx-file.adapter.js"));
const { normalisedValue } = require(
  path.join(root, "dist/src/domain/integrity/normalised-value.js")
);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-rollup-"));
  const base = path.join(dir, "base.xlsx");
  log(`Tạo sổ mẫu ${units} đơn vị / ${staff} cán bộ…`);
  execFileSync(
    process.execPath,
    [path.join(root, "dist/scripts/make-big-register.js"), base, String(units), String(staff)],
    { stdio: "ignore" }
  );
  const baseBytes = fs.readFileSync(base);
  const files = [];
  for (let i = 1; i <= registers; i++) {
    const port = XlsxFileAdapter.fromBytes(baseBytes);
    const grids = await port.readSheets(["Cấu hình", "Cán bộ"]);
    const settings = grids.get("Cấu hình");
    const agencyRow = settings.findIndex((r) => r[0] === "Cơ quan");
    const updates = [
      {
        sheet: "Cấu hình",
        cell: `B${agencyRow + 1}`,
        expected: normalisedValue(settings[agencyRow][1]),
        value: `Sở thử số ${i}`,
      },
    ];
    if (i % 10 !== 0) {
      const roster = grids.get("Cán bộ");
      const header = roster.findIndex((r) => r.includes("Họ và tên"));
      const col = roster[header].indexOf("Họ và tên");
      const letter = String.fromCharCode(65 + col);
      for (let r = header + 1; r < roster.length; r++) {
        const name = roster[r][col];
        if (typeof name !== "string") continue;
        updates.push({
          sheet: "Cán bộ",
          cell: `${letter}${r + 1}`,
          expected: normalisedValue(name),
          value: `${name} ${i}`,
        });
      }
    }
    await port.writeCells(updates);
    const file = path.join(dir, `so-${String(i).padStart(2, "0")}.xlsx`);
    await port.save(file);
    files.push(file);
  }
  const totalMb = files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1024 / 1024;
  log(`${registers} sổ, tổng ${totalMb.toFixed(1)} MB trong ${dir}`);

  const sizes = [...new Set([10, 25, registers].filter((n) => n <= registers))];
  const rows = [];
  for (const n of sizes) {
    const nodeArgs = [
      path.join(root, "bin/tdkt.js"),
      "rollup",
      ...files.slice(0, n),
      "--out",
      path.join(dir, `tong-hop-${n}.xlsx`),
    ];
    const started = process.hrtime.bigint();
    const result = hasGnuTime
      ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...nodeArgs], {
          cwd: dir,
          encoding: "utf8",
          maxBuffer: 1 << 26,
        })
      : spawnSync(process.execPath, ["-r", path.join(__dirname, "max-rss.js"), ...nodeArgs], {
          cwd: dir,
          encoding: "utf8",
          maxBuffer: 1 << 26,
        });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kb = hasGnuTime
      ? Number((/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) || [])[1])
      : Number((/BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr) || [])[1]);
    if (result.status !== 0) {
      log(`tdkt rollup (${n} sổ): exit ${result.status}\n${result.stdout}\n${result.stderr}`);
      process.exit(1);
    }
    const lists = result.stdout
      .split("\n")
      .filter((l) => /^ {2}\S/.test(l))
      .join("; ");
    rows.push({ n, seconds, rssMb: kb / 1024, lists });
    log(
      `tdkt rollup ${n} sổ × ${staff} cán bộ: ${seconds.toFixed(2)} s, ${(kb / 1024).toFixed(0)} MB (${lists.trim()})`
    );
  }
  log("");
  log("| Sổ | Cán bộ | Thời gian (s) | s / sổ | Bộ nhớ đỉnh (MB) |");
  log("|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    log(
      `| ${r.n} | ${r.n * staff} | ${r.seconds.toFixed(2)} | ${(r.seconds / r.n).toFixed(3)} | ${r.rssMb.toFixed(0)} |`
    );
  }
  const last = rows[rows.length - 1];
  log(
    `${last.n} sổ: ${last.seconds.toFixed(1)} s (mục tiêu < 30 s) ${last.seconds < 30 ? "ĐẠT" : "CHƯA ĐẠT"}`
  );
  if (keep) log(`Giữ thư mục tạm: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
