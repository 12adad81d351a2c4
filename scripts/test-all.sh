#!/usr/bin/env bash
# The one test command (README, .ci/run): sets up everything the tests need on a fresh machine,
# then runs every check and test. Fails loudly when a browser for the E2E tests cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm install` rather than `npm ci`: this registry serves only the platform bindings of this
# machine for some optional packages (unrs-resolver), which `npm ci` reports as a stale lock file.
npm install
bash scripts/ensure-browser.sh > /dev/null
npm run typecheck
npm run lint
npm run format:check
# Jest's own summary, then the plain closing line CI reads ("tests: N passed, N failed").
results="$(mktemp)"
status=0
npx jest --ci --json --outputFile="$results" || status=$?
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`)' "$results"
rm -f "$results"
exit "$status"
