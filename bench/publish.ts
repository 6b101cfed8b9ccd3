// Publish to live: from the signed webhook to the article's own page answering with its new title, and to the list
// page that shows it and a search for the new title doing the same. For each size (100, 1,000, 5,000 articles) it
// serves a generated dataset through the local GROQ HTTP server the tests use, builds the site from it as the live
// API, starts the real server pointed at it, changes the newest article's title, sends the signed webhook and polls.
// Run: `node bench/publish.ts [--sizes 100,1000] [--quick] [--json]`. `npm run bench` runs it after the builds.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { signBody } from '../src/server/rebuild/signature.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startGroqServer } from '../tests/support/groq-server.ts';
import { startServer } from '../tests/support/server.ts';
import { writeDataset } from './generate.ts';

/** One size's figures, in ms from the webhook's answer. */
export interface PublishFigures {
  articles: number;
  /** The article's own page answers with the new title. */
  pageMs: number;
  /** The first list page shows the new title (the full build is in). */
  listMs: number;
  /** A search for a word of the new title finds the article. */
  searchMs: number;
  /** The initial build from the live API (context for the figures above). */
  buildMs: number;
}

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench', 'work');
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const secret = 'bench-publish-secret';
// A word no generated article uses, so the search finds only the changed one.
const WORD = 'Quillwhistle';
const POLL_MS = 50;

function build(outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-3000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build exited with ${code}: ${tail}`));
    });
  });
}

async function until(test: () => Promise<boolean>, limitMs: number, what: string): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`${what}: not seen within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Measures one size. */
export async function measurePublish(articles: number): Promise<PublishFigures> {
  const dir = path.join(work, `publish-${articles}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const data = await writeDataset(path.join(dir, 'data'), { articles });
  const groq = await startGroqServer({ exportDir: data.exportDir });
  const env = {
    SANITY_PROJECT_ID: 'bench-publish',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: groq.url,
    CONTENT_MDX_DIR: data.emptyMdxDir,
    ASTRO_CACHE_DIR: path.join(dir, 'cache'),
  };
  const distDir = path.join(dir, 'dist');
  const buildStarted = performance.now();
  await build(distDir, env);
  const buildMs = performance.now() - buildStarted;
  const server = await startServer({
    ...env,
    DIST_DIR: distDir,
    BUILDS_DIR: path.join(dir, 'builds'),
    SANITY_WEBHOOK_SECRET: secret,
  });
  const browser = await launchBrowser({ full: true });
  try {
    // The newest article: first on the list page.
    const now = Date.now();
    const newest = groq.documents
      .filter((d) => d['_type'] === 'article' && Date.parse(String(d['publishedAt'])) <= now)
      .sort((a, b) => Date.parse(String(b['publishedAt'])) - Date.parse(String(a['publishedAt'])))[0];
    if (!newest) throw new Error('no published article in the dataset');
    const slug = (newest['slug'] as { current: string }).current;
    const title = `${WORD} ${String(newest['title'])}`;
    newest['title'] = title;
    const body = JSON.stringify(newest);
    const text = async (at: string) => (await fetch(`${server.url}${at}`)).text();
    const started = performance.now();
    const answer = await fetch(`${server.url}/api/rebuild`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signBody(body, secret) },
      body,
    });
    if (answer.status !== 202) throw new Error(`webhook answered ${answer.status}`);
    const limit = 15 * 60_000;
    await until(async () => (await text(`/articles/${slug}/`)).includes(title), limit, 'article page');
    const pageMs = performance.now() - started;
    await until(async () => (await text('/articles/')).includes(title), limit, 'list page');
    const listMs = performance.now() - started;
    const context = await browser.newContext();
    const page = await context.newPage();
    await until(
      async () => {
        await page.goto(`${server.url}/search/?q=${WORD}`);
        await page.waitForSelector(`[data-results][data-query="${WORD}"]`, { timeout: 30_000 });
        return (await page.locator('[data-results]').innerText()).includes(WORD);
      },
      limit,
      'search',
    );
    const searchMs = performance.now() - started;
    await context.close();
    return { articles, pageMs, listMs, searchMs, buildMs };
  } finally {
    await browser.close();
    await server.stop();
    await groq.close();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The figures as a Markdown table. */
export function publishTable(rows: readonly PublishFigures[]): string {
  return [
    '| articles | article page | list page | search | a full build (for scale) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.articles.toLocaleString('en-US')} | ${s(r.pageMs)} | ${s(r.listMs)} | ${s(r.searchMs)} | ${s(r.buildMs)} |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--sizes');
  const given = at >= 0 ? argv[at + 1] : undefined;
  const sizes = (given ?? (argv.includes('--quick') ? '100' : '100,1000,5000')).split(',').map(Number);
  const rows: PublishFigures[] = [];
  for (const articles of sizes) {
    console.log(`  publish to live: ${articles.toLocaleString('en-US')} articles`);
    rows.push(await measurePublish(articles));
    console.log(`    ${JSON.stringify(rows.at(-1))}`);
  }
  console.log(argv.includes('--json') ? JSON.stringify(rows) : `\n${publishTable(rows)}\n`);
}
