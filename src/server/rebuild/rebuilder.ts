import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';

/** Runs one build into `outDir`; rejects with the reason when it fails. */
export type BuildRunner = (outDir: string) => Promise<void>;

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

/**
 * Rebuilds the site in the background, one build at a time. Requests that arrive while a build runs are absorbed
 * into one more build after it, so a burst of publishes costs at most two builds. A failed build changes nothing.
 */
export class Rebuilder {
  readonly #options: Required<RebuilderOptions>;
  #running: Promise<void> | null = null;
  #queued = false;
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

  /** Asks for a rebuild: starts one, or marks one to follow the running build. Returns at once. */
  request(reason: string): 'started' | 'queued' {
    if (this.#running) {
      this.#queued = true;
      this.#options.logger.info(`rebuild requested (${reason}): queued behind the running build`);
      return 'queued';
    }
    this.#options.logger.info(`rebuild requested (${reason}): starting`);
    this.#running = this.#loop();
    return 'started';
  }

  /** Resolves when no build is running or queued. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #loop(): Promise<void> {
    try {
      do {
        this.#queued = false;
        await this.#buildOnce();
      } while (this.#takeQueued());
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
    try {
      fs.mkdirSync(buildsDir, { recursive: true });
      await build(outDir);
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

/** Builds with the project's own Astro, in a child process, keeping the last lines of output as the reason. */
export function astroBuildRunner(root: string, env: NodeJS.ProcessEnv = process.env): BuildRunner {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return (outDir) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: root,
        env: {
          ...env,
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_CACHE_DIR: path.join(path.dirname(outDir), 'cache'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail = '';
      const keep = (chunk: Buffer) => {
        tail = (tail + chunk.toString()).slice(-4000);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code === 0) {
          resolve();
          return;
        }
        const lines = tail
          // eslint-disable-next-line no-control-regex -- strip terminal colour codes from the reason
          .replace(/\u001b\[[0-9;]*m/g, '')
          .trim()
          .split('\n');
        const reason = lines.filter((line) => /error|fail|invalid|required|must/i.test(line)).slice(-3);
        reject(
          new Error(
            `astro build exited with ${code}: ${(reason.length ? reason : lines.slice(-3)).join(' | ')}`,
          ),
        );
      });
    });
}
