// Runs Lighthouse (mobile, its default config) against each URL through an already running Chromium, and writes
// the four category scores plus every audit that did not pass to a JSON file. Started by bench/lighthouse.ts
// as its own process, so Lighthouse (installed on demand under bench/work/lh/) stays out of the benchmark's.
// Usage: node bench/lighthouse-runner.mjs <lighthouse module path> <debugging port> <out.json> <url>...
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath, port, outFile, ...urls] = process.argv.slice(2);
if (!modulePath || !port || !outFile)
  throw new Error('usage: lighthouse-runner.mjs <module> <port> <out> <url>...');
const { default: lighthouse } = await import(pathToFileURL(modulePath).href);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const results = [];
for (const url of urls) {
  const started = performance.now();
  let lhr;
  // A busy machine sometimes spoils the trace (NO_NAVSTART and the like): such a run is tried again, twice at most.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const run = await lighthouse(url, {
      port: Number(port),
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    lhr = run.lhr;
    if (!lhr.runtimeError && CATEGORIES.every((id) => lhr.categories[id]?.score != null)) break;
    console.log(
      `    lighthouse ${new URL(url).pathname}: ${lhr.runtimeError?.code ?? 'no score'}, trying again`,
    );
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100),
    ]),
  );
  const failed = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failed.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        display: audit.displayValue ?? '',
      });
    }
  }
  const metrics = Object.fromEntries(
    [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
  );
  results.push({
    url,
    scores,
    metrics,
    failed,
    runtimeError: lhr.runtimeError?.message ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    seconds: Math.round((performance.now() - started) / 100) / 10,
  });
  console.log(
    `    lighthouse ${new URL(url).pathname}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`,
  );
}
fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
