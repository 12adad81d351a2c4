"use strict";
/**
 * Builds the CLI: tsc into dist/, webpack.cli.config.js into the one file bin/tdkt.js loads, then
 * its code cache. The one definition of those steps: `npm run build:cli` (and `prepare`) runs this
 * file, the scripts that time or run the CLI call `buildCli`, and the CLI tests run this file, so
 * all of them use the shipped thing.
 */
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

/** The file bin/tdkt.js loads. */
const CLI_BUNDLE = path.join(root, "dist", "cli", "tdkt.js");

function buildCli(stdio = "inherit") {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: root,
      stdio,
    }
  );
  execFileSync(
    process.execPath,
    [require.resolve("webpack/bin/webpack.js"), "--config", "webpack.cli.config.js"],
    { cwd: root, stdio }
  );
  execFileSync(process.execPath, [path.join(__dirname, "make-code-cache.js")], {
    cwd: root,
    stdio,
  });
}

module.exports = { buildCli, CLI_BUNDLE };

if (require.main === module) {
  try {
    buildCli();
  } catch (error) {
    // The failing step has printed its own errors (stdio inherited); name the step.
    process.stderr.write(`build-cli: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
