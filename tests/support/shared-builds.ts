import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildResult } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Names the folder (inside the project) where one test run keeps the builds its files share. */
export const SHARED_BUILDS_ENV = 'ALLIANCE_SHARED_BUILDS';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Adds a file or folder (names and bytes, recursively; links inside by their target) to the hash. */
function hashPath(hash: ReturnType<typeof createHash>, target: string, top = true): void {
  const stat = top ? fs.statSync(target, { throwIfNoEntry: false }) : fs.lstatSync(target);
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    hash.update(`\0link\0${fs.readlinkSync(target)}\0`);
  } else if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      hash.update(`\0entry\0${name}\0`);
      hashPath(hash, path.join(target, name), false);
    }
  } else if (stat.isFile()) {
    hash.update(fs.readFileSync(target));
  }
}

/** Whether a variable's value names content to hash: a path, but not the project (or above it) nor packages. */
function namesContent(value: string): boolean {
  if (value.includes('\n') || /^[a-z][a-z+.-]*:/i.test(value)) return false;
  const target = path.resolve(root, value);
  const up = path.relative(target, root);
  const holdsProject = up === '' || (!up.startsWith('..') && !path.isAbsolute(up));
  return !holdsProject && !target.split(path.sep).includes('node_modules');
}

/**
 * A digest of what a build reads that can differ between test files in one run: the variables the caller sets and
 * the contents of every file or folder they name (exports, tarballs, MDX folders). The sources (src/, public/, the
 * config) and the rest of the environment are the same for every file in a run.
 */
export function buildInputsDigest(env: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  for (const [key, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\0env\0${key}=${value ?? '\0unset'}\0`);
    if (value && namesContent(value)) hashPath(hash, path.resolve(root, value));
  }
  return hash.digest('hex').slice(0, 24);
}

/** A file in a folder that shareBuild filled with a copy of another file's build. */
export const COPY_MARK = '.copy-of-a-shared-build';

/**
 * Within a test run that shares builds (tests/support/global-setup.ts sets SHARED_BUILDS_ENV): the first test file
 * to ask for a build of these inputs builds it in its own folder (`build`, into `base`) and leaves a copy in the
 * run's folder; any other file that asks, then or later, waits for that and gets a copy of its own in `base`
 * (marked with COPY_MARK). Outside such a run, just builds.
 */
export async function shareBuild(
  env: Record<string, string | undefined>,
  base: string,
  build: () => Promise<BuildResult>,
  timeoutMs = 15 * 60_000,
): Promise<BuildResult> {
  const shared = process.env[SHARED_BUILDS_ENV];
  if (!shared) return build();
  const dir = path.join(shared, buildInputsDigest(env));
  const resultFile = path.join(shared, `${path.basename(dir)}.json`);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + timeoutMs;
  fs.mkdirSync(shared, { recursive: true });
  for (;;) {
    if (fs.existsSync(resultFile)) {
      const { code, output } = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Pick<
        BuildResult,
        'code' | 'output'
      >;
      fs.rmSync(base, { recursive: true, force: true });
      fs.cpSync(dir, base, { recursive: true, verbatimSymlinks: true });
      fs.writeFileSync(path.join(base, COPY_MARK), `a copy of ${dir}\n`);
      return { code, output, outDir: path.join(base, 'dist'), dir: base };
    }
    let held = false;
    try {
      fs.mkdirSync(lock);
      held = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (held) {
      try {
        fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
        const result = await build();
        fs.cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
        // Written whole, then renamed: a reader never sees half a file.
        fs.writeFileSync(`${resultFile}.tmp`, JSON.stringify({ code: result.code, output: result.output }));
        fs.renameSync(`${resultFile}.tmp`, resultFile);
        return result;
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    }
    // A builder that died (a killed worker) leaves its lock behind, and no result.
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // Being taken or let go right now.
    }
    if (holder > 0 && !alive(holder)) fs.rmSync(lock, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`another test file held the build ${dir} for ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
