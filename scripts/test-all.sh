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
trap 'rm -f "$results"' EXIT
status=0
# The run is bounded: a browser or server left open fails the run instead of holding the machine.
# `timeout` sends TERM to its process group (Jest, its workers; Playwright closes its browsers on
# TERM), then KILL a minute later. Not --forceExit: an open handle must show, not be hidden.
limit="${TEST_RUN_LIMIT:-45m}"
timeout --kill-after=60s "$limit" npx jest --ci --json --outputFile="$results" || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "tests: the run did not finish within $limit (TEST_RUN_LIMIT); stopped" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`)' "$results"
exit "$status"
