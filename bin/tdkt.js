#!/usr/bin/env node
"use strict";
// The CLI is built by `npm install` (the `prepare` script, as `npm run build:cli`) into dist/;
// load-cli.js loads it.
require("./load-cli.js")
  .loadCli()
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
