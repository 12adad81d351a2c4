#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci
npm run typecheck
npm run lint
npx jest --ci
