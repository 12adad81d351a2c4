/**
 * Runs the real `tdkt` in a child process for the fuzz corpus, with its peak memory (from
 * process.resourceUsage in the child) and a hang guard: a case that runs past the guard is killed
 * and reported as hung (status null), which the tests reject.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import { SaxesParser } from "saxes";
import { BIN, ROOT } from "../helpers/xlsx/build-cli";

const MAX_RSS = path.join(ROOT, "scripts", "bench", "max-rss.js");
/** Far above the ≤ 10 s aim, so a loaded machine never trips it; only a hang does. */
const HANG_GUARD_MS = 120_000;

export interface TdktResult {
  readonly status: number | null;
  readonly stdout: string;
  /** stderr without the memory line. */
  readonly stderr: string;
  readonly peakMb: number;
}

export function runTdkt(args: readonly string[], cwd: string): TdktResult {
  const r = spawnSync(process.execPath, ["-r", MAX_RSS, BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: HANG_GUARD_MS,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 26,
  });
  const kb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return {
    status: r.status,
    stdout: r.stdout,
    // The preload's own lines (peak memory, CPU time) are not the command's output.
    stderr: r.stderr.replace(/\n?BENCH_MAX_RSS_KB=\d+\n?(?:BENCH_CPU_S=[\d.e+-]+\n?)?/, ""),
    peakMb: kb / 1024,
  };
}

/** The entries of a zip file (names as stored, uncompressed bytes), read independently of src. */
export function zipEntries(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out: { name: string; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    out.push({ name, data: new Uint8Array(method === 0 ? raw : inflateRawSync(raw)) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** A part's text: UTF-16 when its byte-order mark says so, else UTF-8. */
function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}

/** Well-formedness (and namespace) errors of every XML part of an .xlsx file; [] when none. */
export function xmlErrors(bytes: Uint8Array): string[] {
  const errors: string[] = [];
  for (const { name, data } of zipEntries(bytes)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => errors.push(`${name}: ${e.message}`));
    parser.write(decode(data)).close();
  }
  return errors;
}
