"use strict";
/**
 * Builds the CLI as `npm run build:cli` does (tsc into dist/, webpack.cli.config.js into the one
 * file bin/tdkt.js loads, then its code cache), for scripts that time or run it: they use the
 * shipped thing.
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
