#!/usr/bin/env bash
# The README's test command with the CPU loaded: two busy loops run beside it for its whole
# length, as on a slow shared machine (docs/testing.md). Any other command can be given instead,
# e.g. `bash scripts/test-under-load.sh npx jest`.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then set -- bash scripts/test-all.sh; fi
loops=()
for _ in 1 2; do
  (while :; do :; done) &
  loops+=("$!")
done
trap 'kill "${loops[@]}" 2>/dev/null' EXIT
echo "under load: $(nproc) CPUs, 2 busy loops (pids ${loops[*]}), load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
"$@"
status=$?
echo "under load: '$*' exited $status after $(($(date +%s) - start)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$status"
