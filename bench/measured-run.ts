// Runs one build as a child process and measures it: wall time, the Node process's peak resident memory (through a
// preload that reports getrusage's maxRSS on exit), and its output. Prints a progress line every few seconds.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a measured run produced. */
export interface MeasuredRun {
  wallMs: number;
  /** Peak resident memory of the Node process, in bytes (0 when unknown). */
  maxRssBytes: number;
  /** CPU time (user + system, all threads) of the Node process, in ms; child processes are not included. */
  cpuMs: number;
  /** Everything the process printed (stdout and stderr interleaved). */
  output: string;
}

/** How to run and label one build. */
export interface RunOptions {
  /** Arguments after the Node executable. */
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Shown in progress lines, e.g. `ours 1,000`. */
  label: string;
  /** Seconds between progress lines. */
  progressEvery?: number;
}

const PRELOAD = path.join(import.meta.dirname, 'maxrss-preload.mjs');

/** Counts the pages Astro has reported writing so far (its `├─ /path/index.html` lines). */
function pagesWritten(output: string): number {
  return output.match(/[├└]─ \/\S*\.html/g)?.length ?? 0;
}

/** Runs `node <args>` and measures it; rejects with the output's tail when it exits non-zero. */
export async function measuredRun(options: RunOptions): Promise<MeasuredRun> {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-')), 'maxrss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, ...options.args], {
    cwd: options.cwd,
    env: { ...options.env, BENCH_MAXRSS_FILE: rssFile, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const every = (options.progressEvery ?? 10) * 1000;
  const timer = setInterval(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const pages = pagesWritten(output);
    const lastLine = output.trimEnd().split('\n').at(-1) ?? '';
    const info = lastInfo(output) ?? 'starting';
    // While pages are written say how many; after that, what Astro (or an integration such as Pagefind) is doing.
    const phase =
      pages === 0 ? info : /[├└]─/.test(lastLine) ? `${pages} pages written` : `${pages} pages, ${info}`;
    console.log(`    … ${options.label}: ${seconds} s, ${phase}`);
  }, every);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => {
      resolve(exitCode);
    });
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  let maxRssBytes = 0;
  let cpuMs = 0;
  try {
    const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as {
      maxRSS: number;
      userCPUTime: number;
      systemCPUTime: number;
    };
    maxRssBytes = usage.maxRSS * 1024;
    cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  } catch {
    // The preload writes on exit; a crash can skip it.
  }
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  if (code !== 0) {
    throw new Error(`${options.label} failed (exit ${code}):\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return { wallMs, maxRssBytes, cpuMs, output };
}

/** The last `[something] message` line Astro printed, shortened, for progress. */
function lastInfo(output: string): string | undefined {
  const lines = output.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const match = /\[([\w:-]+)\]\s+(.*)$/.exec(lines[i] ?? '');
    if (match) return `${match[1]}: ${(match[2] ?? '').slice(0, 70)}`;
  }
  return undefined;
}

/** Total size in bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Number of HTML files under `dir` (the pages a static build wrote). */
export function countHtml(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}
