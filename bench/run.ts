// `npm run bench`: builds this site and a bare Astro site from the same synthetic articles (100, 1,000 and
// 5,000; `--quick`: 100 only), measures build time, Pagefind time, memory, output and page bytes, runs Lighthouse
// on the 1,000-article build (the largest one built), then prints a table, writes JSON and an SVG chart under
// bench/results/ and, after a full run, the results section of bench/README.md. Never part of `npm test`.
// Options: --quick, --lighthouse-only (again, on the last full run's build), --sizes 100,1000, --repeat N (builds per site for sets up to 1,000; default 5, 1 with --quick),
// --no-lighthouse, --lighthouse-runs N (runs per page, the median counts; default 3), --lighthouse-reports <dir>
// (every run's full Lighthouse report, for diagnosis), --no-readme, --spanish <share> (the bilingual build at 1,000 articles: the share of articles
// translated, default 0.5), --no-spanish (skip that build), --no-extras (skip the search, contact and publish
// benchmarks).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind-index.ts';
import { startServer, type TestServer } from '../tests/support/server.ts';
import { indexBareSite, writeBareSite } from './bare-site.ts';
import { buildTimeChart } from './chart.ts';
import { generateDataset, writeDataset, type WrittenDataset } from './generate.ts';
import { DEFAULT_LIGHTHOUSE_RUNS, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { countHtml, folderBytes, measuredRun } from './measured-run.ts';
import { diskLoader, httpLoader, measurePage, type PageType } from './page-bytes.ts';
import {
  machineLine,
  markdownReport,
  updateResultsSection,
  type BenchResult,
  type BilingualRun,
  type SiteRun,
  type SizeResult,
} from './report.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench', 'work');
/** The benchmark's own README, whose results section a full run rewrites (chart links are relative to it). */
const benchReadme = path.join(root, 'bench', 'README.md');
const resultsDir = path.join(root, 'bench', 'results');
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

const quick = flag('--quick');
const customSizes = option('--sizes');
const sizes = customSizes
  ? customSizes.split(',').map((s) => Number(s.replace(/[_,]/g, '')))
  : quick
    ? [100]
    : [100, 1000, 5000];
const mode: BenchResult['mode'] = customSizes ? 'custom' : quick ? 'quick' : 'full';
const lighthouseSize = sizes.includes(1000) ? 1000 : Math.max(...sizes);
const repeat = Math.max(1, Number(option('--repeat') ?? (quick ? 1 : 5)));
/** Both languages are measured at 1,000 articles (when that size runs), beside the English-only builds. */
const bilingualSize = sizes.includes(1000) && !flag('--no-spanish') ? 1000 : undefined;
const spanishShare = Number(option('--spanish') ?? '0.5');
if (!(spanishShare > 0 && spanishShare <= 1)) throw new Error('--spanish takes a share above 0, at most 1');
/** How Lighthouse runs: several runs per page (its own documentation advises the median of several). */
const lighthouseOptions = {
  runs: Number(option('--lighthouse-runs') ?? DEFAULT_LIGHTHOUSE_RUNS),
  ...(option('--lighthouse-reports')
    ? { reportsDir: path.resolve(option('--lighthouse-reports') ?? '') }
    : {}),
};
if (!(Number.isInteger(lighthouseOptions.runs) && lighthouseOptions.runs >= 1)) {
  throw new Error('--lighthouse-runs takes a whole number above 0');
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const step = (text: string) => {
  console.log(`  ${text} (at ${elapsed()})`);
};
const fmt = (n: number) => n.toLocaleString('en-US');

const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

async function buildBare(data: WrittenDataset): Promise<SiteRun> {
  const siteRoot = path.join(work, 'bare');
  const outDir = path.join(work, `bare-${data.articles}`);
  const cacheDir = path.join(work, `cache-bare-${data.articles}`);
  await writeBareSite(siteRoot);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  step('bare site: astro build');
  const run = await measuredRun({
    args: [astroBin, 'build', '--root', siteRoot, '--outDir', outDir],
    cwd: root,
    env: { ...baseEnv, BARE_CACHE_DIR: cacheDir, BARE_MARKDOWN_DIR: data.markdownDir },
    label: `bare ${fmt(data.articles)}`,
  });
  step('bare site: Pagefind');
  const index = await indexBareSite(outDir);
  return {
    astroMs: run.wallMs,
    pagefindMs: index.ms,
    pages: countHtml(outDir),
    maxRssBytes: run.maxRssBytes,
    cpuMs: run.cpuMs,
    outputBytes: folderBytes(outDir),
    indexBytes: folderBytes(path.join(outDir, 'pagefind')),
  };
}

/** Builds this site from a set; `variant` names a second build of the same size (`es`: both languages). */
async function buildOurs(data: WrittenDataset, variant = ''): Promise<SiteRun & { outDir: string }> {
  const name = `${data.articles}${variant ? `-${variant}` : ''}`;
  const outDir = path.join(work, `ours-${name}`);
  const cacheDir = path.join(work, `cache-ours-${name}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  step(`this site${variant ? ` (${variant})` : ''}: astro build (Pagefind runs inside it)`);
  const run = await measuredRun({
    args: [astroBin, 'build', '--outDir', outDir],
    cwd: root,
    env: {
      ...baseEnv,
      SANITY_EXPORT: data.exportDir,
      CONTENT_MDX_DIR: data.emptyMdxDir,
      ASTRO_CACHE_DIR: cacheDir,
    },
    label: `this site ${name}`,
  });
  const clientDir = path.join(outDir, 'client');
  // The search integration logs its own time; the rest of the build is Astro's.
  const logged = /pagefind: indexed (\d+) pages in (\d+) ms/.exec(run.output);
  let pagefindMs = logged ? Number(logged[2]) : 0;
  // Astro runs three Vite builds (prerendered pages, the server bundle, client scripts) and logs each one's time.
  const viteBuilds = [...run.output.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/g)].map(
    ([, value, unit]) => Number(value) * (unit === 's' ? 1000 : 1),
  );
  let astroMs = run.wallMs - pagefindMs;
  if (!logged) {
    step('this site: Pagefind (the build did not index; indexing separately)');
    astroMs = run.wallMs;
    pagefindMs = (await buildSearchIndex(clientDir)).ms;
  }
  return {
    outDir,
    astroMs,
    pagefindMs,
    pages: countHtml(clientDir),
    maxRssBytes: run.maxRssBytes,
    cpuMs: run.cpuMs,
    outputBytes: folderBytes(clientDir),
    indexBytes: folderBytes(path.join(clientDir, 'pagefind')),
    ...(viteBuilds.length === 3 && viteBuilds[1] !== undefined ? { serverBundleMs: viteBuilds[1] } : {}),
  };
}

/** The route measured for each page type in a generated set (the checklist sits in every 10th article). */
function routesFor(data: WrittenDataset): Record<PageType, string | undefined> {
  return {
    home: '/',
    article: `/articles/${data.firstSlug}/`,
    articleWithChecklist: data.checklistSlugs[0] ? `/articles/${data.checklistSlugs[0]}/` : undefined,
    articles: '/articles/',
    topic: data.topicSlugs[0] ? `/topics/${data.topicSlugs[0]}/` : undefined,
    counselor: data.counselorSlugs[0] ? `/counselors/${data.counselorSlugs[0]}/` : undefined,
    counselors: '/counselors/',
    search: '/search/',
    contact: '/contact/',
    choose: '/counselors/choose/',
  };
}

async function measurePages(
  data: WrittenDataset,
  clientDir: string,
  server: TestServer,
): Promise<SizeResult['pageBytes']> {
  const result: SizeResult['pageBytes'] = {};
  for (const [type, route] of Object.entries(routesFor(data)) as [PageType, string | undefined][]) {
    if (!route) continue;
    try {
      // Static pages are read from the build; the server-rendered contact page is fetched from the server.
      if (type === 'contact') {
        const response = await fetch(new URL(route, server.url));
        if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
        result[type] = {
          route,
          ...(await measurePage(await response.text(), route, httpLoader(server.url))),
        };
      } else {
        const file = path.join(clientDir, route, 'index.html');
        const html = fs.readFileSync(file, 'utf8');
        result[type] = { route, ...(await measurePage(html, route, diskLoader(clientDir))) };
      }
    } catch (error) {
      console.log(`    (no ${type} page measured: ${(error as Error).message.split('\n')[0] ?? ''})`);
    }
  }
  return result;
}

/** Runs bench/search.ts or bench/contact.ts (written by the search and contact work) against one build. */
async function runExtra(
  file: string,
  distDir: string,
  args: string[] = [],
): Promise<{ name: string; ok: boolean; output: string }> {
  const name = path.basename(file, '.ts');
  step(`${name} benchmark (bench/${name}.ts)`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, '--dist', distDir, ...(quick ? ['--quick'] : []), ...args], {
      cwd: root,
      env: { ...baseEnv, BENCH_DIST_DIR: distDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const echo = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.once('exit', (code) => {
      resolve({ name, ok: code === 0, output });
    });
  });
}

/**
 * The pages Lighthouse measures: home, an article, search, contact, the counselors and, in a build with Spanish,
 * the Spanish translation of that article.
 */
function lighthouseRoutes(firstSlug: string, spanishSlug: string | undefined): string[] {
  return [
    '/',
    `/articles/${firstSlug}/`,
    '/search/',
    '/contact/',
    '/counselors/',
    ...(spanishSlug ? [`/es/articles/${spanishSlug}/`] : []),
  ];
}

/** Runs Lighthouse on one kept build through the project's own server. */
async function lighthouseOn(distDir: string, routes: string[]): Promise<LighthouseResult[]> {
  const server = await startServer({ DIST_DIR: distDir });
  try {
    return await runLighthouse(
      routes.map((r) => new URL(r, server.url).href),
      path.join(work, 'lh'),
      lighthouseOptions,
    );
  } finally {
    await server.stop();
  }
}

/**
 * `--lighthouse-only`: runs Lighthouse again on the kept build of the last full run (bench/work/ours-1000-es/,
 * both languages, or bench/work/ours-1000/ when there is none) and updates its JSON and bench/README.md, without
 * building anything.
 */
async function lighthouseOnly(): Promise<void> {
  const jsonFile = path.join(resultsDir, 'full.json');
  const previous = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as BenchResult;
  const bilingualDir = path.join(work, 'ours-1000-es');
  const both = fs.existsSync(path.join(bilingualDir, 'client'));
  const data = generateDataset({ articles: 1000, ...(both ? { spanish: spanishShare } : {}) });
  const routes = lighthouseRoutes(data.markdown[0]?.slug ?? '', data.spanishSlugs[0]);
  const results = await lighthouseOn(both ? bilingualDir : path.join(work, 'ours-1000'), routes);
  previous.lighthouse = {
    articles: 1000,
    ...(both ? { spanishArticles: data.spanishSlugs.length } : {}),
    results,
  };
  fs.writeFileSync(jsonFile, JSON.stringify(previous, null, 2) + '\n');
  const report = markdownReport(previous, {
    chart: path.relative(path.dirname(benchReadme), path.join(resultsDir, 'build-time.svg')),
  });
  console.log(`\n${report}\n`);
  if (updateResultsSection(benchReadme, report)) console.log('bench/README.md: results section updated.');
}

if (flag('--lighthouse-only')) {
  await lighthouseOnly();
  process.exit(0);
}

const result: BenchResult = {
  date: new Date().toISOString(),
  mode,
  machine: {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg(),
  },
  sizes: [],
  failures: [],
  extras: [],
};

console.log(`Benchmark (${mode}): ${sizes.map(fmt).join(', ')} articles; ${machineLine(result)}`);
fs.mkdirSync(work, { recursive: true });
fs.mkdirSync(resultsDir, { recursive: true });

let lighthouseDist: string | undefined;
async function benchSize(articles: number, i: number): Promise<void> {
  console.log(`\n[${i + 1}/${sizes.length}] ${fmt(articles)} articles`);
  step('generating the dataset');
  const data = await writeDataset(path.join(work, `data-${articles}`), { articles });
  // The same set with Spanish added: its English documents are the same bytes as `data`'s.
  const bilingualData =
    articles === bilingualSize
      ? await writeDataset(path.join(work, `data-${articles}-es`), { articles, spanish: spanishShare })
      : undefined;
  // On a shared machine one build can be slowed by others: small sets are built more than once, alternating
  // the two sites, and the fastest build of each counts (all are kept in the JSON).
  const repeats = articles > 1000 ? 1 : repeat;
  let bare: SiteRun | undefined;
  let ours: (SiteRun & { outDir: string }) | undefined;
  const samples = {
    ours: [] as number[],
    bare: [] as number[],
    oursCpu: [] as number[],
    bareCpu: [] as number[],
  };
  let bilingual: (SiteRun & { outDir: string }) | undefined;
  const bilingualSamples: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    if (repeats > 1) step(`round ${r + 1} of ${repeats}`);
    const b = await buildBare(data);
    console.log(
      `    bare: Astro ${(b.astroMs / 1000).toFixed(1)} s (CPU ${(b.cpuMs / 1000).toFixed(1)} s), Pagefind ${(b.pagefindMs / 1000).toFixed(1)} s`,
    );
    const o = await buildOurs(data);
    console.log(
      `    this site: Astro ${(o.astroMs / 1000).toFixed(1)} s (CPU ${(o.cpuMs / 1000).toFixed(1)} s; ${(o.astroMs / b.astroMs).toFixed(2)}× bare, CPU ${(o.cpuMs / b.cpuMs).toFixed(2)}×; server bundle ${((o.serverBundleMs ?? 0) / 1000).toFixed(1)} s), Pagefind ${(o.pagefindMs / 1000).toFixed(1)} s`,
    );
    samples.bare.push(Math.round(b.astroMs));
    samples.ours.push(Math.round(o.astroMs));
    samples.bareCpu.push(Math.round(b.cpuMs));
    samples.oursCpu.push(Math.round(o.cpuMs));
    if (bilingualData) {
      // Right after the English-only build, so the pair shares the machine's state.
      const e = await buildOurs(bilingualData, 'es');
      console.log(
        `    this site, English and Spanish (${fmt(bilingualData.spanishSlugs.length)} es): Astro ${(e.astroMs / 1000).toFixed(1)} s (CPU ${(e.cpuMs / 1000).toFixed(1)} s; ${(e.astroMs / o.astroMs).toFixed(2)}× English only, CPU ${(e.cpuMs / o.cpuMs).toFixed(2)}×), Pagefind ${(e.pagefindMs / 1000).toFixed(1)} s, ${fmt(e.pages)} pages`,
      );
      bilingualSamples.push(Math.round(e.astroMs));
      if (!bilingual || e.astroMs < bilingual.astroMs) bilingual = e;
    }
    if (!bare || b.astroMs < bare.astroMs) bare = b;
    if (!ours || o.astroMs < ours.astroMs) ours = o;
  }
  if (!bare || !ours) throw new Error('no build ran');
  step('page bytes');
  const server = await startServer({ DIST_DIR: ours.outDir });
  try {
    const pageBytes = await measurePages(data, path.join(ours.outDir, 'client'), server);
    const { outDir, ...oursRun } = ours;
    let both: BilingualRun | undefined;
    if (bilingualData && bilingual) {
      const { outDir: bilingualDir, ...run } = bilingual;
      step(`the bilingual build is kept in ${path.relative(root, bilingualDir)}`);
      both = {
        spanishShare,
        spanishArticles: bilingualData.spanishSlugs.length,
        ours: run,
        samples: bilingualSamples,
      };
    }
    if (articles === lighthouseSize) lighthouseDist = outDir;
    result.sizes.push({
      articles,
      words: data.totalWords,
      ours: oursRun,
      bare,
      samples,
      pageBytes,
      ...(both ? { bilingual: both } : {}),
    });
    if (articles === lighthouseSize && !flag('--no-lighthouse')) {
      // On the bilingual build when there is one: it holds every page, the Spanish article included.
      const spanishSlug = bilingual ? bilingualData?.spanishSlugs[0] : undefined;
      const routes = lighthouseRoutes(data.firstSlug, spanishSlug);
      step(`Lighthouse (mobile) in Chromium: ${routes.join(', ')}`);
      try {
        const results =
          bilingual && spanishSlug
            ? await lighthouseOn(bilingual.outDir, routes)
            : await runLighthouse(
                routes.map((r) => new URL(r, server.url).href),
                path.join(work, 'lh'),
                lighthouseOptions,
              );
        result.lighthouse = {
          articles,
          ...(bilingual && spanishSlug ? { spanishArticles: bilingualData?.spanishSlugs.length ?? 0 } : {}),
          results,
        };
      } catch (error) {
        result.lighthouse = { articles, error: (error as Error).message };
        console.log(`    Lighthouse did not run: ${(error as Error).message}`);
      }
    }
  } finally {
    await server.stop();
  }
}

for (const [i, articles] of sizes.entries()) {
  try {
    await benchSize(articles, i);
  } catch (error) {
    // One failed size (say, a build that runs out of time on a busy machine) must not lose the others.
    const message = (error as Error).message;
    console.log(`    ${fmt(articles)} articles failed: ${message.split('\n').slice(0, 12).join('\n    ')}`);
    result.failures.push({ articles, error: message.slice(-4000) });
  }
}

const extrasDist = lighthouseDist ?? path.join(work, `ours-${lighthouseSize}`);
const extrasReady = fs.existsSync(path.join(extrasDist, 'client'));
const extras = !flag('--no-extras');
for (const name of extras ? ['search.ts', 'contact.ts'] : []) {
  const file = path.join(root, 'bench', name);
  if (extrasReady && fs.existsSync(file)) result.extras.push(await runExtra(file, extrasDist));
}
// Publish to live builds its own sites from the live API (the local GROQ server), at this run's sizes; the report
// keeps its table and leaves out its progress lines.
if (extras) {
  const ran = await runExtra(path.join(root, 'bench', 'publish.ts'), extrasDist, [
    '--sizes',
    sizes.join(','),
  ]);
  const table = ran.output.split('\n').filter((line) => line.startsWith('|'));
  result.extras.push(ran.ok && table.length ? { ...ran, output: table.join('\n') } : ran);
}

const jsonFile = path.join(resultsDir, `${mode}.json`);
fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
let chart: string | undefined;
if (result.sizes.length >= 2) {
  const svg = buildTimeChart(
    result.sizes.map((s) => ({
      articles: s.articles,
      ours: s.ours.astroMs / 1000,
      bare: s.bare.astroMs / 1000,
    })),
    machineLine(result),
  );
  const svgFile = path.join(resultsDir, mode === 'full' ? 'build-time.svg' : `build-time-${mode}.svg`);
  fs.writeFileSync(svgFile, svg);
  chart = svgFile;
}
// Image links in the report are relative to bench/README.md, where it goes.
const report = markdownReport(
  result,
  chart ? { chart: path.relative(path.dirname(benchReadme), chart) } : {},
);
console.log(`\n${report}\n`);
console.log(
  `Results: ${path.relative(root, jsonFile)}${chart ? `, ${path.relative(root, chart)}` : ''} (${elapsed()} in all)`,
);
if (mode === 'full' && !flag('--no-readme')) {
  console.log(
    updateResultsSection(benchReadme, report)
      ? 'bench/README.md: results section updated.'
      : 'bench/README.md has no results markers; not updated.',
  );
}
