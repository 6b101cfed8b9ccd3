import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../log.ts';

/**
 * Runs one build into `outDir` and resolves `'built'`; rejects with the reason when it fails or `signal` aborts it. Resolves `'skipped'`
 * when no build is needed after all (another instance published one that holds the change: src/server/rebuild/cluster.ts).
 */
export type BuildRunner = (outDir: string, signal: AbortSignal) => Promise<'built' | 'skipped'>;

/** What the rebuilder tells the server. */
export interface RebuilderOptions {
  /** Where new builds go, one folder each. */
  buildsDir: string;
  build: BuildRunner;
  /** Switches the server to a finished build; a rejection counts as a failed build. */
  activate: (distDir: string) => Promise<void>;
  logger: Logger;
  /** How many finished builds to keep on disk (the active one included). */
  keep?: number;
}

/** The longest a build waits for the live pages of the publish that asked for it. */
export const AFTER_WAIT_MS = 5_000;

/**
 * Rebuilds the site in the background, one build at a time. Requests that arrive before a build starts (while it
 * waits for the live pages) are absorbed into it, and those that arrive while it runs into one more build after it,
 * so a burst of publishes costs at most two builds. A failed build changes nothing.
 */
export class Rebuilder {
  readonly #options: Required<RebuilderOptions>;
  #running: Promise<void> | null = null;
  #queued = false;
  readonly #abort = new AbortController();
  #builds = 0;
  #failures = 0;

  constructor(options: RebuilderOptions) {
    this.#options = { keep: 2, ...options };
  }

  /** Finished builds (successful or not) since start. */
  get stats(): { builds: number; failures: number; running: boolean; queued: boolean } {
    return {
      builds: this.#builds,
      failures: this.#failures,
      running: this.#running !== null,
      queued: this.#queued,
    };
  }

  /** Whether `stop()` was called: requests are refused. */
  get stopped(): boolean {
    return this.#abort.signal.aborted;
  }

  /**
   * Asks for a rebuild: starts one, or marks one to follow the running build. Returns at once. A build this starts
   * waits first for `after` (at most `AFTER_WAIT_MS`): the live pages of a publish are rendered before the build
   * takes the machine's CPU (docs/publishing.md, "Publish to live").
   */
  request(reason: string, after?: Promise<unknown>): 'started' | 'queued' | 'stopped' {
    if (this.#abort.signal.aborted) return 'stopped';
    if (this.#running) {
      this.#queued = true;
      this.#options.logger.info(`rebuild requested (${reason}): queued behind the running build`);
      return 'queued';
    }
    this.#options.logger.info(`rebuild requested (${reason}): starting`);
    this.#running = this.#loop(after);
    return 'started';
  }

  /** Stops a running build (its output is discarded) and refuses new requests: for shutdown. */
  async stop(): Promise<void> {
    this.#queued = false;
    this.#abort.abort();
    await this.idle();
  }

  /** Resolves when no build is running or queued. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #loop(after?: Promise<unknown>): Promise<void> {
    try {
      if (after) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          after.catch(() => undefined),
          new Promise((resolve) => (timer = setTimeout(resolve, AFTER_WAIT_MS))),
        ]);
        clearTimeout(timer);
      }
      do {
        this.#queued = false;
        await this.#buildOnce();
      } while (this.#takeQueued() && !this.#abort.signal.aborted);
    } finally {
      this.#running = null;
    }
  }

  /** Whether a request arrived during the last build (set from `request()` while we awaited). */
  #takeQueued(): boolean {
    return this.#queued;
  }

  async #buildOnce(): Promise<void> {
    const { buildsDir, build, activate, logger } = this.#options;
    const outDir = path.join(buildsDir, `build-${Date.now().toString(36)}-${process.pid}`);
    const started = performance.now();
    // From here on the build reads what was published before this line; a request after it gets one more build.
    logger.info(`rebuild started: ${path.basename(outDir)}`);
    try {
      fs.mkdirSync(buildsDir, { recursive: true });
      if ((await build(outDir, this.#abort.signal)) === 'skipped') {
        fs.rmSync(outDir, { recursive: true, force: true });
        return;
      }
      if (this.#abort.signal.aborted) throw new Error('stopped while building');
      await activate(outDir);
      this.#builds += 1;
      logger.info(
        `rebuild finished in ${Math.round(performance.now() - started)} ms; now serving ${path.basename(outDir)}`,
      );
      this.#prune(outDir);
    } catch (error) {
      this.#builds += 1;
      this.#failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      logger.error(`rebuild failed, still serving the previous build: ${reason}`);
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }

  #prune(active: string): void {
    const { buildsDir, keep } = this.#options;
    const builds = fs
      .readdirSync(buildsDir)
      .filter((name) => name.startsWith('build-'))
      .map((name) => path.join(buildsDir, name))
      .filter((dir) => dir !== active)
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
    for (const dir of builds.slice(Math.max(0, keep - 1))) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How much lower than the server's a background build's CPU priority is (a Unix nice value). */
export const BUILD_NICENESS = 10;

/** Builds with the project's own Astro, in a child process, keeping the last lines of output as the reason. */
export function astroBuildRunner(root: string, env: NodeJS.ProcessEnv = process.env): BuildRunner {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return (outDir, signal) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: root,
        signal,
        env: {
          ...env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
          ASTRO_CACHE_DIR: path.join(path.dirname(outDir), 'cache'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // A background build must not slow the pages the server answers meanwhile (a published change's live page
      // among them): it runs at a lower CPU priority than the server.
      try {
        if (child.pid !== undefined) os.setPriority(child.pid, BUILD_NICENESS);
      } catch {
        // Not allowed here (some containers): the build runs at the server's priority.
      }
      let tail = '';
      const keep = (chunk: Buffer) => {
        tail = (tail + chunk.toString()).slice(-4000);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', (error) => {
        reject(error);
      });
      child.once('exit', (code) => {
        if (code === 0) {
          resolve('built');
          return;
        }
        reject(new Error(`astro build exited with ${code}: ${buildFailureReason(tail)}`));
      });
    });
}

/**
 * The message of a failed build from the end of its output: the lines after the last timestamped log line and
 * before Astro's "Location:" / "Stack trace:" (for content errors, the documents and fields at fault).
 */
export function buildFailureReason(output: string): string {
  // eslint-disable-next-line no-control-regex -- strip terminal colour codes
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const cut = lines.findIndex((line) => /^\s*(Location|Stack trace):/.test(line));
  const head = cut === -1 ? lines : lines.slice(0, cut);
  let start = head.length;
  while (start > 0 && !/^\d\d:\d\d:\d\d /.test(head[start - 1] ?? '')) start--;
  const message = head
    .slice(start)
    .map((line) => line.trim())
    .filter(Boolean);
  const fallback = lines
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-3);
  return (message.length ? message : fallback).join(' ');
}
