// The benchmark's results: their shape (written as JSON under bench/results/), the Markdown tables printed to the
// terminal and put into bench/README.md between its results markers.

import fs from 'node:fs';
import { BUDGETS, kb, overBudget, PAGE_TYPE_NAMES } from './budgets.ts';
import type { LighthouseResult, LighthouseRun } from './lighthouse.ts';
import { PAGE_TYPES, type PageBytes, type PageType } from './page-bytes.ts';

/** One site's build at one size. */
export interface SiteRun {
  /** Astro's part of the build (for our site: the whole build minus Pagefind's time it logged). */
  astroMs: number;
  pagefindMs: number;
  /** CPU time of the build's Node process (user + system, all its threads; not the Pagefind binary). */
  cpuMs: number;
  /** HTML files written. */
  pages: number;
  maxRssBytes: number;
  /** Everything the static site serves (`client/` for ours), search index included. */
  outputBytes: number;
  indexBytes: number;
  /**
   * This site only: Vite's build of the server bundle (the server-rendered routes and the adapter; the second of
   * Astro's three Vite builds, read from its log). It is part of `astroMs` and does not grow with the content.
   */
  serverBundleMs?: number;
}

/**
 * This site built from the same set with Spanish translations added (`bench/generate.ts`, `spanish`): the English
 * articles unchanged, a share of them translated, every topic, counselor, checklist and the site settings too.
 */
export interface BilingualRun {
  /** Share of the articles translated (0 to 1). */
  spanishShare: number;
  /** Spanish articles in the set, beside all the English ones. */
  spanishArticles: number;
  /** The fastest bilingual build. */
  ours: SiteRun;
  /** Astro build ms of every bilingual build, one per round, right after that round's English-only build. */
  samples: number[];
}

/** Both sites at one size, and our page bytes. */
export interface SizeResult {
  articles: number;
  words: number;
  ours: SiteRun;
  bare: SiteRun;
  /**
   * Astro build ms of every build at this size (the fastest is the one reported), and the CPU ms of each
   * (`oursCpu`, `bareCpu`, in the same order; absent from runs before they were recorded).
   */
  samples: { ours: number[]; bare: number[]; oursCpu?: number[]; bareCpu?: number[] };
  /** Our page types, gzip -9 bytes; the route measured is kept for each. */
  pageBytes: Partial<Record<PageType, PageBytes & { route: string }>>;
  /** This site with both languages, when measured at this size (1,000 articles). */
  bilingual?: BilingualRun;
}

/** A whole benchmark run. */
export interface BenchResult {
  date: string;
  mode: 'quick' | 'full' | 'custom';
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    os: string;
    loadAverage: number[];
  };
  sizes: SizeResult[];
  /**
   * Lighthouse (mobile) on the build of `articles` articles; `spanishArticles` when that build held both
   * languages (bench/work/ours-1000-es/).
   */
  lighthouse?:
    | { articles: number; spanishArticles?: number; results: LighthouseResult[] }
    | { articles: number; spanishArticles?: number; error: string };
  /** Sizes whose builds failed, with the error. */
  failures: { articles: number; error: string }[];
  /** Output of the search and contact benchmarks, when they ran. */
  extras: { name: string; ok: boolean; output: string }[];
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const count = (n: number) => n.toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

/** The build table: both sites at every size, ours as a ratio to bare. */
export function buildTable(result: BenchResult): string {
  const rows = [
    '| articles | site | Astro build (s) | Pagefind (s) | build CPU (s) | pages | pages/s | peak memory (MB) | output (MB) | index (KB) | build vs bare | CPU vs bare |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (articles: string, site: string, run: SiteRun, vsBare: string, cpuVsBare: string) =>
    `| ${articles} | ${site} | ${seconds(run.astroMs)} | ${seconds(run.pagefindMs)} | ${seconds(run.cpuMs)} | ${count(run.pages)} | ${(run.pages / (run.astroMs / 1000)).toFixed(0)} | ${mb(run.maxRssBytes)} | ${mb(run.outputBytes)} | ${kb(run.indexBytes)} | ${vsBare} | ${cpuVsBare} |`;
  for (const size of result.sizes) {
    const articles = count(size.articles);
    rows.push(
      row(
        articles,
        'this site',
        size.ours,
        `${ratio(size.ours.astroMs, size.bare.astroMs)}×`,
        `${ratio(size.ours.cpuMs, size.bare.cpuMs)}×`,
      ),
    );
    // Both languages sit beside the English-only row; the bare site has no second language to compare with.
    if (size.bilingual)
      rows.push(
        row(
          `${articles} + ${count(size.bilingual.spanishArticles)} es`,
          'this site, English and Spanish',
          size.bilingual.ours,
          '',
          '',
        ),
      );
    rows.push(row(articles, 'bare Astro', size.bare, '', ''));
  }
  return rows.join('\n');
}

/** How build time grows: each size against the one before, for both sites. */
export function scalingTable(result: BenchResult): string {
  const sizes = [...result.sizes].sort((a, b) => a.articles - b.articles);
  if (sizes.length < 2) return '';
  const rows = [
    '| growth | articles × | this site: build | bare Astro: build | this site: CPU | bare Astro: CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (let i = 1; i < sizes.length; i += 1) {
    const [a, b] = [sizes[i - 1], sizes[i]];
    if (!a || !b) continue;
    rows.push(
      `| ${count(b.articles)} / ${count(a.articles)} | ${(b.articles / a.articles).toFixed(0)} | ${ratio(b.ours.astroMs, a.ours.astroMs)}× | ${ratio(b.bare.astroMs, a.bare.astroMs)}× | ${ratio(b.ours.cpuMs, a.ours.cpuMs)}× | ${ratio(b.bare.cpuMs, a.bare.cpuMs)}× |`,
    );
  }
  return rows.join('\n');
}

/** Our page bytes at one size against the budgets. */
export function bytesTable(size: SizeResult): string {
  const rows = [
    '| page type | HTML (KB) | CSS (KB) | JS (KB) | budget HTML / CSS / JS (KB) | within |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const type of PAGE_TYPES) {
    const bytes = size.pageBytes[type];
    const budget = BUDGETS[type];
    if (!bytes) continue;
    const over = overBudget(type, bytes);
    rows.push(
      `| ${PAGE_TYPE_NAMES[type]} | ${kb(bytes.html)} | ${kb(bytes.css)} | ${kb(bytes.js)} | ${kb(budget.html)} / ${kb(budget.css)} / ${kb(budget.js)} | ${over.length ? `over: ${over.join(', ')}` : 'yes'} |`,
    );
  }
  return rows.join('\n');
}

/** How many runs each page had (the most of any page; 1 for results from before several runs). */
export function lighthouseRunCount(result: BenchResult): number {
  const lh = result.lighthouse;
  if (!lh || 'error' in lh) return 0;
  return Math.max(1, ...lh.results.map((r) => r.runs?.length ?? 1));
}

/** " (low–high)" over a page's runs, or nothing when there was one run or every run gave the same. */
function spread(
  runs: readonly LighthouseRun[] | undefined,
  value: (run: LighthouseRun) => number | null | undefined,
  format: (n: number) => string,
): string {
  const values = (runs ?? []).map(value).filter((v): v is number => typeof v === 'number');
  if (values.length < 2) return '';
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  return low === high ? '' : ` (${low}–${high})`;
}

/**
 * Lighthouse scores, or why there are none: each page's median run, and after a figure, in brackets, the lowest
 * and highest of its runs where they differ.
 */
export function lighthouseTable(result: BenchResult): string {
  const lh = result.lighthouse;
  if (!lh) return '';
  if ('error' in lh) return `Lighthouse did not run: ${lh.error}`;
  const rows = [
    '| page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | Speed Index | benchmarkIndex | not passing |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const secondsOf = (ms: number) => (ms / 1000).toFixed(1);
  const whole = (n: number) => String(Math.round(n));
  for (const r of lh.results) {
    const s = r.scores;
    const m = (id: string) => r.metrics[id]?.replace(/\u00a0/g, ' ') ?? '–';
    const metric = (id: string, format: (n: number) => string) =>
      m(id) + spread(r.runs, (run) => run.values?.[id], format);
    const score = (id: keyof LighthouseRun['scores']) =>
      `${s[id] ?? '–'}${spread(r.runs, (run) => run.scores[id], whole)}`;
    const failed = r.failed.map((f) => `${f.id}${f.display ? ` (${f.display})` : ''}`).join(', ');
    rows.push(
      [
        '',
        new URL(r.url).pathname,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        metric('first-contentful-paint', secondsOf),
        metric('largest-contentful-paint', secondsOf),
        // Lighthouse shows total blocking time to the nearest 10 ms; its spread is rounded the same way.
        metric('total-blocking-time', (n) => String(Math.round(n / 10) * 10)),
        metric('cumulative-layout-shift', (n) => String(Number(n.toFixed(3)))),
        metric('speed-index', secondsOf),
        (r.benchmarkIndex === null ? '–' : whole(r.benchmarkIndex)) +
          spread(r.runs, (run) => run.benchmarkIndex, whole),
        failed || (r.runtimeError ?? '–'),
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  return rows.join('\n');
}

/** A one-line description of the machine and run. */
export function machineLine(result: BenchResult): string {
  const m = result.machine;
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage.map((l) => l.toFixed(1)).join(' ')} at the start; ${result.date.slice(0, 16).replace('T', ' ')} UTC`;
}

function repeatNote(result: BenchResult): string {
  const counts = [...new Set(result.sizes.map((s) => s.samples.ours.length))];
  if (counts.length === 1 && counts[0] === 1) return 'one build per site and size';
  return result.sizes
    .map(
      (s) =>
        `${count(s.articles)}: ${s.samples.ours.length > 1 ? `fastest of ${s.samples.ours.length}` : 'one'}`,
    )
    .join(', ')
    .concat(' build(s) per site, alternating the two sites');
}

/**
 * Our build time over the bare site's in each round. Each round builds both sites one after the other, so the
 * pair shares the machine's state; a slow or fast spell moves both.
 */
export function pairedRatios(samples: { ours: number[]; bare: number[] }): number[] {
  return samples.ours.flatMap((ours, i) => {
    const bare = samples.bare[i];
    return bare ? [ours / bare] : [];
  });
}

/** The same for CPU time, when the run recorded it. */
export function pairedCpuRatios(samples: SizeResult['samples']): number[] {
  return samples.oursCpu && samples.bareCpu
    ? pairedRatios({ ours: samples.oursCpu, bare: samples.bareCpu })
    : [];
}

/** The goal for this site's build time against the bare site's (issue 22), by number of articles. */
function buildGoal(articles: number): string {
  return articles <= 1000 ? 'at most 1.25×' : 'at most 1.40×';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The bilingual build against the English-only one at the same size, or '' when there is none. */
export function bilingualNote(size: SizeResult): string {
  const both = size.bilingual;
  if (!both) return '';
  const rounds = both.samples.flatMap((ms, i) => {
    const english = size.samples.ours[i];
    return english ? [ms / english] : [];
  });
  return (
    `With Spanish added (${count(both.spanishArticles)} of the ${count(size.articles)} articles translated, ${Math.round(both.spanishShare * 100)} %, and every topic, counselor, the checklist and the site settings), this site builds ${count(both.ours.pages)} pages in ${seconds(both.ours.astroMs)} s, ` +
    `${ratio(both.ours.astroMs, size.ours.astroMs)}× its English-only build's time and ${ratio(both.ours.cpuMs, size.ours.cpuMs)}× its CPU time (${ratio(both.ours.pages, size.ours.pages)}× the pages); Pagefind ${seconds(both.ours.pagefindMs)} s` +
    (rounds.length > 1
      ? `; round by round (right after that round's English-only build) ${rounds.map((x) => `${x.toFixed(2)}×`).join(', ')}, median ${median(rounds).toFixed(2)}×.`
      : '.')
  );
}

/** Everything as Markdown: the generated part of bench/README.md and the terminal summary. */
export function markdownReport(result: BenchResult, options: { chart?: string } = {}): string {
  const largest = [...result.sizes].sort((a, b) => b.articles - a.articles);
  const bytesSize = result.sizes.find((s) => s.articles === 1000) ?? largest[0];
  const parts = [
    `Measured ${machineLine(result)}. Every build is cold (a fresh Astro cache each time); ${repeatNote(result)}.`,
    buildTable(result),
  ];
  for (const size of result.sizes) {
    const r = size.ours.astroMs / size.bare.astroMs;
    const c = size.ours.cpuMs / size.bare.cpuMs;
    const rounds = pairedRatios(size.samples);
    const cpuRounds = pairedCpuRatios(size.samples);
    const bundle = size.ours.serverBundleMs;
    parts.push(
      `At ${count(size.articles)} articles this site builds in ${r.toFixed(2)}× the bare site's time and ${c.toFixed(2)}× its CPU time (goal: ${buildGoal(size.articles)} the time)` +
        (rounds.length > 1
          ? `; round by round (both sites built back to back) ${rounds.map((x) => `${x.toFixed(2)}×`).join(', ')}, median ${median(rounds).toFixed(2)}×` +
            (cpuRounds.length > 1
              ? `, CPU ${cpuRounds.map((x) => `${x.toFixed(2)}×`).join(', ')}, median ${median(cpuRounds).toFixed(2)}×`
              : '')
          : '') +
        (bundle
          ? `. Its server bundle (built for the server-rendered routes, the same at every size) took ${seconds(bundle)} s of its build.`
          : '.'),
    );
  }
  for (const size of result.sizes) {
    const note = bilingualNote(size);
    if (note) parts.push(note);
  }
  const scaling = scalingTable(result);
  if (scaling) parts.push(scaling);
  if (options.chart) parts.push(`![Build time against the number of articles](${options.chart})`);
  if (bytesSize) {
    parts.push(
      `Page weight at ${count(bytesSize.articles)} articles (gzip -9, KB = 1,024 bytes; the same budgets are asserted in \`npm test\`):`,
      bytesTable(bytesSize),
    );
  }
  for (const failure of result.failures) {
    const reason =
      failure.error.split('\n').find((line) => /error|did not|failed/i.test(line)) ?? failure.error;
    parts.push(`The ${count(failure.articles)}-article run failed: ${reason.trim()}`);
  }
  const lh = lighthouseTable(result);
  if (lh && result.lighthouse) {
    const { articles, spanishArticles } = result.lighthouse;
    const runCount = lighthouseRunCount(result);
    const build = spanishArticles
      ? `the ${count(articles)}-article build with ${count(spanishArticles)} Spanish articles (both languages in one build)`
      : `the ${count(articles)}-article build`;
    parts.push(
      `Lighthouse 13 (mobile: simulated slow 4G and a 4× slower CPU) on ${build}, served by the project's own server; FCP, LCP, TBT, CLS and Speed Index as Lighthouse gives them, and its benchmarkIndex (the machine's speed at the time; lower is busier). ${runCount > 1 ? `Each page ran ${runCount} times, in rounds after one discarded warm-up run; the row is its median run (by Performance, then TBT), and the lowest and highest of its runs follow a figure in brackets where they differ; every run is in the JSON:` : 'One run per page:'}`,
      lh,
    );
  }
  for (const extra of result.extras) {
    const text = extra.output.trim();
    const title = `\`bench/${extra.name}.ts\`${extra.ok ? '' : ' (failed)'}:`;
    // Tables stay tables; anything else is shown as the benchmark printed it.
    parts.push(title, text.startsWith('|') ? text : `\`\`\`text\n${text}\n\`\`\``);
  }
  return parts.join('\n\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated results part of a Markdown file (between its markers); false when they are missing. */
export function updateResultsSection(markdownPath: string, markdown: string): boolean {
  const text = fs.readFileSync(markdownPath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const next = `${text.slice(0, start + START.length)}\n\n${markdown}\n\n${text.slice(end)}`;
  fs.writeFileSync(markdownPath, next);
  return true;
}
