"use strict";
/**
 * Loads the built CLI for bin/tdkt.js. `npm run build:cli` makes three things in dist/: tsc's
 * output (dist/src), one file of it (dist/cli/tdkt.js, webpack.cli.config.js) and V8's compiled
 * code of that file after a `check` of the sample register (dist/cli/tdkt.js.cache,
 * scripts/make-code-cache.js). With the cache V8 skips parsing and compiling most of the file at
 * each start. The cache is used only when it was made from this very file (its size and time are
 * in the cache's first line) and V8 accepts it (same V8 version and flags); otherwise the file is
 * compiled as usual. A file older than tsc's output (tsc run alone) would run old code: then tsc's
 * output is loaded instead.
 */
const fs = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");
const BUNDLE = path.join(DIST, "cli", "tdkt.js");
const CACHE = `${BUNDLE}.cache`;
const UNBUNDLED = path.join(DIST, "src", "cli", "main.js");

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** What the cache's first line must say of the bundle it was made from. */
function stamp(stat) {
  return `tdkt-code-cache ${stat.size} ${stat.mtimeMs}\n`;
}

/** V8's compiled code for `stat`'s bundle, or undefined when there is none made from it. */
function cachedDataFor(stat) {
  let bytes;
  try {
    bytes = fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const header = Buffer.from(stamp(stat));
  if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) {
    return undefined;
  }
  return bytes.subarray(header.length);
}

/**
 * Compiles and runs the bundle as Node's loader would (same wrapper arguments, its own require),
 * with V8's cached code when there is one made from it. Returns its exports and the script (to
 * make a cache from).
 */
function runBundle(useCache) {
  const stat = fs.statSync(BUNDLE);
  const source = fs.readFileSync(BUNDLE, "utf8");
  const cachedData = useCache ? cachedDataFor(stat) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData }
  );
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(BUNDLE),
    module,
    BUNDLE,
    path.dirname(BUNDLE)
  );
  return { exports: module.exports, script, stat };
}

/** The CLI's exports (`main`): the bundle with its code cache, or tsc's output when newer. */
function loadCli() {
  const bundled = mtime(BUNDLE);
  const unbundled = mtime(UNBUNDLED);
  if (bundled === null || (unbundled !== null && unbundled > bundled)) return require(UNBUNDLED);
  return runBundle(true).exports;
}

/** Writes the code cache of the bundle after `run` (an async use of the loaded CLI). */
async function makeCodeCache(run) {
  const { exports, script, stat } = runBundle(false);
  await run(exports);
  fs.writeFileSync(CACHE, Buffer.concat([Buffer.from(stamp(stat)), script.createCachedData()]));
}

module.exports = { loadCli, makeCodeCache, CACHE };
