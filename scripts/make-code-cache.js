#!/usr/bin/env node
"use strict";
/**
 * The last step of `npm run build:cli`: V8's compiled code of the bundled CLI (dist/cli/tdkt.js),
 * made after it has checked the sample register, so that the functions a `check` runs are in it.
 * bin/load-cli.js uses it when it matches the bundle and V8 accepts it. Prints nothing.
 */
const path = require("node:path");
const { makeCodeCache } = require("../bin/load-cli.js");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "assets", "sample-register.xlsx");
const quiet = { out: () => {}, err: () => {}, cwd: root };

makeCodeCache(async (cli) => {
  const code = await cli.main(["check", sample], quiet);
  if (code !== 0 && code !== 1) throw new Error(`tdkt check of the sample register: exit ${code}`);
}).catch((error) => {
  process.stderr.write(`make-code-cache: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
