// Lighthouse in real Chromium. Lighthouse is large (about 180 MB installed), so it is not a dependency of the
// project: the benchmark installs a pinned version into bench/work/lh/ the first time it needs it, then drives
// it against a Chromium it launches itself with remote debugging on a loopback port.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../tests/support/browser.ts';

/** The Lighthouse version the benchmark installs. */
export const LIGHTHOUSE_VERSION = '13.5.0';

/** One Lighthouse run of one page (scores 0–100). */
export interface LighthouseRun {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  /** FCP, LCP, TBT, CLS and Speed Index as Lighthouse displays them ("0.8 s"). */
  metrics: Record<string, string | null>;
  /** The same metrics as numbers (milliseconds; CLS unitless); absent in results from before 2026-12-03. */
  values?: Record<string, number | null>;
  failed: { category: string; id: string; title: string; score: number; display: string }[];
  runtimeError: string | null;
  /** Lighthouse's measure of this machine's CPU speed at the time (higher is faster; a busy machine scores low). */
  benchmarkIndex: number | null;
  warnings: string[];
  seconds: number;
}

/**
 * One page's Lighthouse result: its median run's figures, and every run in `runs` (absent in results from
 * before 2026-12-03, when each page ran once).
 */
export interface LighthouseResult extends LighthouseRun {
  url: string;
  runs?: LighthouseRun[];
}

/** How many times the benchmark runs Lighthouse on each page unless told otherwise. */
export const DEFAULT_LIGHTHOUSE_RUNS = 3;

/**
 * The median of a page's runs: ordered from worst to best by Performance score, then by total blocking time
 * (more is worse), the middle one (of an even number, the worse of the two middle ones).
 */
export function medianRun<T extends LighthouseRun>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no Lighthouse runs to take the median of');
  const tbt = (run: LighthouseRun) => run.values?.['total-blocking-time'] ?? Number.POSITIVE_INFINITY;
  const ordered = [...runs].sort(
    (a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1) || tbt(b) - tbt(a),
  );
  const middle = ordered[Math.floor((ordered.length - 1) / 2)];
  if (!middle) throw new Error('no middle run');
  return middle;
}

/** Installs Lighthouse under `dir` unless it is there; returns its module path, or throws saying why not. */
export function ensureLighthouse(dir: string): string {
  const modulePath = path.join(dir, 'node_modules', 'lighthouse', 'core', 'index.js');
  const installed = path.join(dir, 'node_modules', 'lighthouse', 'package.json');
  if (fs.existsSync(installed)) {
    const { version } = JSON.parse(fs.readFileSync(installed, 'utf8')) as { version: string };
    if (version === LIGHTHOUSE_VERSION) return modulePath;
  }
  console.log(
    `    installing lighthouse@${LIGHTHOUSE_VERSION} into ${path.relative(process.cwd(), dir)} (once)…`,
  );
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
    ],
    { cwd: dir, stdio: 'inherit', env: { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' } },
  );
  if (result.status !== 0 || !fs.existsSync(modulePath)) {
    throw new Error(`npm could not install lighthouse@${LIGHTHOUSE_VERSION} (exit ${result.status})`);
  }
  return modulePath;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function waitForDevtools(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Chromium did not open its debugging port ${port} in 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How `runLighthouse` runs. */
export interface LighthouseOptions {
  /** Runs per page (default `DEFAULT_LIGHTHOUSE_RUNS`); each page's result is its median run. */
  runs?: number;
  /** A folder to write every run's full Lighthouse report into (`<page>.<round>.json`), for diagnosis. */
  reportsDir?: string;
}

/**
 * Runs Lighthouse (mobile) on each URL `runs` times in rounds, after one discarded warm-up run, in a fresh
 * headless Chromium; returns each page's median run with all its runs. Nothing leaves the machine: Chromium runs
 * without background networking, and Lighthouse's error reporting and update checks are off.
 */
export async function runLighthouse(
  urls: string[],
  installDir: string,
  options: LighthouseOptions = {},
): Promise<LighthouseResult[]> {
  const runs = options.runs ?? DEFAULT_LIGHTHOUSE_RUNS;
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new Error(`Lighthouse runs must be a whole number above 0`);
  const modulePath = ensureLighthouse(installDir);
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-lh-profile-'));
  const chrome = spawn(
    chromiumPath({ full: true }),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const outFile = path.join(profile, 'lighthouse.json');
  try {
    await waitForDevtools(port);
    await new Promise<void>((resolve, reject) => {
      const runner = spawn(
        process.execPath,
        [
          path.join(import.meta.dirname, 'lighthouse-runner.mjs'),
          modulePath,
          String(port),
          outFile,
          String(runs),
          options.reportsDir ?? '-',
          ...urls,
        ],
        { stdio: 'inherit', env: { ...process.env, CI: 'true', DO_NOT_TRACK: '1' } },
      );
      runner.once('error', reject);
      runner.once('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`Lighthouse exited with ${code}`));
      });
    });
    const pages = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { url: string; runs: LighthouseRun[] }[];
    return pages.map((page) => ({ url: page.url, ...medianRun(page.runs), runs: page.runs }));
  } finally {
    chrome.kill('SIGTERM');
    await new Promise((resolve) => {
      if (chrome.exitCode !== null) resolve(null);
      else chrome.once('exit', resolve);
    });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
