// Loaded with --import into every process the benchmark spawns: on exit, writes the process's
// CPU time and peak RSS (process.resourceUsage) to the file named by BENCH_STATS.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_STATS;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userUs: u.userCPUTime, systemUs: u.systemCPUTime, maxRssKb: u.maxRSS, uptimeMs: process.uptime() * 1000 }));
  });
}
