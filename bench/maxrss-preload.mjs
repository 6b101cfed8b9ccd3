// Loaded with `node --import` into a measured build: on exit, writes this process's peak resident memory
// (getrusage's ru_maxrss, in KB on Linux) and its CPU time (all threads, microseconds) as JSON to the file named
// by BENCH_MAXRSS_FILE. CPU time barely moves when other work shares the machine; wall time does.
import fs from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      file,
      JSON.stringify({
        maxRSS: usage.maxRSS,
        userCPUTime: usage.userCPUTime,
        systemCPUTime: usage.systemCPUTime,
      }),
    );
  });
}
