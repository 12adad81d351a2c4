#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm install` (the `prepare` script, as `npm run build:cli`) into one
// file, dist/cli/tdkt.js (webpack.cli.config.js).
require("../dist/cli/tdkt.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(
        `tdkt: lỗi không mong đợi / unexpected error: ${err && err.message ? err.message : String(err)}\n`
      );
      process.exitCode = 2;
    }
  );
