"use strict";
// Preloaded with `node -r` when /usr/bin/time is missing: reports the process's peak resident
// memory (kilobytes) on stderr as it exits.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
