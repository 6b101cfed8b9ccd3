// npm run screenshots: builds the site if needed, serves it on a free port with a throwaway database, and saves
// viewport screenshots of four pages at a phone and a desktop width, light and dark, into docs/screenshots/
// (`<page>-<width>-<scheme>.png`, palette PNGs to keep the repository small). Chromium comes from CHROME_PATH or
// /usr/bin/chromium, as for the browser tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs/screenshots');

/** What is photographed: a name, a path, and what to wait for before the picture is taken. */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/what-is-the-therapeutic-alliance/' },
  { name: 'search', path: '/search/?q=anxiety', ready: '[data-results] li' },
  { name: 'contact', path: '/contact/' },
];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];

const { buildIfStale } = await import('./build-if-stale.mjs');
const distDir = path.join(root, 'dist');
buildIfStale({ distDir });

const { chromium } = await import('playwright-core');
const sharp = (await import('sharp')).default;
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && fs.existsSync(p),
);
if (!chromePath) {
  console.error('Screenshots need Chromium: set CHROME_PATH or install chromium.');
  process.exit(1);
}

/** Starts the project's server on a free port with its own database folder; resolves with its URL. */
function serve(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DIST_DIR: distDir,
      DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1], child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-screenshots-'));
const server = await serve(dataDir);
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  fs.mkdirSync(outDir, { recursive: true });
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const { name, path: pagePath, ready } of PAGES) {
        await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
        // A page that never shows what is awaited is still photographed (the picture shows what went wrong).
        if (ready) await page.waitForSelector(ready, { timeout: 15_000 }).catch(() => undefined);
        // Lazy images below the fold are not in a viewport shot; those above it have loaded by network idle.
        await page.evaluate('document.fonts.ready');
        const png = await page.screenshot({ type: 'png' });
        const file = path.join(outDir, `${name}-${viewport.width}-${colorScheme}.png`);
        await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(file);
        console.log(`${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
