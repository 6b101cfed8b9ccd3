// `node bench/main-thread.ts [--dist <build>] [--loads N] [route…]`: how much work each page gives the browser's
// main thread as it loads, measured as CPU time, so that the figure holds on a busy machine where Lighthouse's
// total blocking time (wall time, multiplied by four for a phone) swings with everything else running. Each page is
// loaded N times (default 7) in a fresh mobile-sized Chromium context with a trace recorded; the table gives the
// medians of the renderer main thread's CPU time (the trace's thread time) in all its tasks, its longest task,
// style recalculation, layout, HTML parsing, paint and script. Defaults: the kept bilingual build of the last
// full run (bench/work/ours-1000-es/) and the six pages Lighthouse measures.

import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';
import { generateDataset } from './generate.ts';

/** One trace event as Chromium writes it (the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall time and thread (CPU) time, in microseconds. */
  dur?: number;
  tdur?: number;
  args?: { beginData?: { url?: string } };
}

/** The figures kept per load, in milliseconds of main-thread CPU time. */
const FIGURES = {
  'all tasks': ['RunTask'],
  'longest task': ['RunTask'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'parse HTML': ['ParseHTML'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  script: ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall'],
} as const;
type Figure = keyof typeof FIGURES;

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const dist = path.resolve(option('--dist') ?? path.join(import.meta.dirname, 'work', 'ours-1000-es'));
const loads = Number(option('--loads') ?? 7);
const given = argv.filter(
  (a, i) => !a.startsWith('--') && !['--dist', '--loads'].includes(argv[i - 1] ?? ''),
);
let routes = given;
if (routes.length === 0) {
  const data = generateDataset({ articles: 1000, spanish: 0.5 });
  routes = [
    '/',
    `/articles/${data.markdown[0]?.slug ?? ''}/`,
    '/search/',
    '/contact/',
    '/counselors/',
    `/es/articles/${data.spanishSlugs[0] ?? ''}/`,
  ];
}

/** The main-thread figures of one traced load of `url`, or undefined when the trace missed its renderer. */
function figuresOf(events: TraceEvent[], url: string): Record<Figure, number> | undefined {
  // The renderer that parsed the page (its URL as the trace gives it, without any fragment or query).
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.split(/[?#]/)[0] === url,
  );
  if (!parse) return undefined;
  const main = events.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const total = (names: readonly string[]) =>
    main.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + cpu(e), 0);
  const tasks = main.filter((e) => e.name === 'RunTask');
  return {
    'all tasks': total(FIGURES['all tasks']),
    'longest task': Math.max(0, ...tasks.map(cpu)),
    style: total(FIGURES.style),
    layout: total(FIGURES.layout),
    'parse HTML': total(FIGURES['parse HTML']),
    paint: total(FIGURES.paint),
    script: total(FIGURES.script),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

const server = await startServer({ DIST_DIR: dist });
const browser = await launchBrowser({ full: true });
try {
  const samples = new Map<string, Record<Figure, number>[]>(routes.map((route) => [route, []]));
  // In rounds, like the Lighthouse runs, so a busy spell of the machine does not fall on one page only.
  for (let round = 0; round < loads; round += 1) {
    for (const route of routes) {
      const url = new URL(route, server.url).href;
      // Lighthouse's phone: a Moto G Power's screen (412 × 823 CSS pixels at 1.75 device pixels each).
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      await page.goto(url, { waitUntil: 'load' });
      // Let the first paint after load and any island's start-up land in the trace.
      await page.waitForTimeout(500);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const figures = figuresOf(trace.traceEvents, url);
      if (figures) samples.set(route, [...(samples.get(route) ?? []), figures]);
      else console.log(`    ${route}: the trace missed the page's renderer; load not counted`);
      await context.close();
    }
  }
  const names = Object.keys(FIGURES) as Figure[];
  console.log(
    `Main-thread CPU time per page load (ms, median of the loads counted, of ${loads}; ${path.relative(process.cwd(), dist)}):\n`,
  );
  console.log(`| page | loads | ${names.join(' | ')} |`);
  console.log(`| --- | ---: |${names.map(() => ' ---: |').join('')}`);
  for (const [route, runs] of samples) {
    console.log(
      `| ${route} | ${runs.length} | ${names.map((n) => median(runs.map((r) => r[n])).toFixed(1)).join(' | ')} |`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
