// Loaded with `node --import` into a measured build: on exit, writes this process's peak resident memory
// (getrusage's ru_maxrss, in KB on Linux) to the file named by BENCH_MAXRSS_FILE.
import fs from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
