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

/** One page's Lighthouse result (scores 0–100). */
export interface LighthouseResult {
  url: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  metrics: Record<string, string | null>;
  failed: { category: string; id: string; title: string; score: number; display: string }[];
  runtimeError: string | null;
  /** Lighthouse's measure of this machine's CPU speed at the time (higher is faster; a busy machine scores low). */
  benchmarkIndex: number | null;
  warnings: string[];
  seconds: number;
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

/**
 * Runs Lighthouse (mobile) for each URL, one after another, in a fresh headless Chromium; returns the results.
 * Nothing leaves the machine: Chromium runs without background networking, and Lighthouse's error reporting
 * and update checks are off.
 */
export async function runLighthouse(urls: string[], installDir: string): Promise<LighthouseResult[]> {
  const modulePath = ensureLighthouse(installDir);
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-lh-profile-'));
  const chrome = spawn(
    chromiumPath(),
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
        [path.join(import.meta.dirname, 'lighthouse-runner.mjs'), modulePath, String(port), outFile, ...urls],
        { stdio: 'inherit', env: { ...process.env, CI: 'true', DO_NOT_TRACK: '1' } },
      );
      runner.once('error', reject);
      runner.once('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`Lighthouse exited with ${code}`));
      });
    });
    return JSON.parse(fs.readFileSync(outFile, 'utf8')) as LighthouseResult[];
  } finally {
    chrome.kill('SIGTERM');
    await new Promise((resolve) => {
      if (chrome.exitCode !== null) resolve(null);
      else chrome.once('exit', resolve);
    });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
