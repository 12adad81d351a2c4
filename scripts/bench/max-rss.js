"use strict";
// Preloaded with `node -r` when /usr/bin/time is missing: reports the process's peak resident
// memory (kilobytes) and its CPU time (user + system, seconds) on stderr as it exits.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${usage.maxRSS}\nBENCH_CPU_S=${cpuSeconds}\n`);
});
