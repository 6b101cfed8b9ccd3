// Runs Lighthouse (mobile, its default config) against each URL through an already running Chromium, several
// times, and writes every run's four category scores, metrics and failing audits to a JSON file. Started by
// bench/lighthouse.ts as its own process, so Lighthouse (installed on demand under bench/work/lh/) stays out of
// the benchmark's.
// Usage: node bench/lighthouse-runner.mjs <lighthouse module> <debugging port> <out.json> <runs> <reports dir|-> <url>...
// The pages are measured in rounds (every page once, then again), so a slow spell of a shared machine falls on
// different pages in different rounds; one discarded run of the first page comes first, so that the first page
// measured is not the one that meets a cold Chromium, server and Lighthouse. With a reports folder, each run's
// full Lighthouse report is written there too (for looking into a page's trace and diagnostics).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, port, outFile, runsArg, reportsDir, ...urls] = process.argv.slice(2);
const runs = Number(runsArg);
if (!modulePath || !port || !outFile || !(runs >= 1) || !reportsDir)
  throw new Error('usage: lighthouse-runner.mjs <module> <port> <out> <runs> <reports dir|-> <url>...');
const { default: lighthouse } = await import(pathToFileURL(modulePath).href);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** One Lighthouse run of `url`, tried again (twice at most) when a busy machine spoils its trace. */
async function measure(url, categories) {
  let lhr;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const run = await lighthouse(url, {
      port: Number(port),
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    lhr = run.lhr;
    if (!lhr.runtimeError && categories.every((id) => lhr.categories[id]?.score != null)) break;
    console.log(
      `    lighthouse ${new URL(url).pathname}: ${lhr.runtimeError?.code ?? 'no score'}, trying again`,
    );
  }
  return lhr;
}

/** The figures the benchmark keeps of one run. */
function figures(lhr, seconds) {
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
  return {
    scores,
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null])),
    values: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
    failed,
    runtimeError: lhr.runtimeError?.message ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    seconds,
  };
}

if (urls.length > 0) {
  await measure(urls[0], ['performance']);
  console.log(`    lighthouse ${new URL(urls[0]).pathname}: warm-up run (not counted)`);
}
const perPage = urls.map(() => []);
for (let round = 1; round <= runs; round += 1) {
  for (const [index, url] of urls.entries()) {
    const started = performance.now();
    const lhr = await measure(url, CATEGORIES);
    const run = figures(lhr, Math.round((performance.now() - started) / 100) / 10);
    perPage[index].push(run);
    if (reportsDir !== '-') {
      fs.mkdirSync(reportsDir, { recursive: true });
      const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      fs.writeFileSync(path.join(reportsDir, `${name}.${round}.json`), JSON.stringify(lhr));
    }
    console.log(
      `    lighthouse ${new URL(url).pathname} (run ${round} of ${runs}): ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}; TBT ${run.metrics['total-blocking-time']}, benchmarkIndex ${Math.round(run.benchmarkIndex ?? 0)}`,
    );
  }
}
fs.writeFileSync(
  outFile,
  JSON.stringify(
    urls.map((url, i) => ({ url, runs: perPage[i] })),
    null,
    2,
  ),
);
