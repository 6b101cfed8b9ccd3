// Builds the site when its output is missing or older than the sources and content it was built from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Newest modification time under the given paths (files or folders), ignoring dependencies. */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    }
  };
  paths.forEach(visit);
  return latest;
}

/**
 * Builds into `distDir` unless it holds a build newer than src/, public/, the config, the lockfile and the content
 * (live Sanity content cannot be dated, so with SANITY_PROJECT_ID only a missing build is built).
 * @param {{ distDir?: string, env?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 * @returns {boolean} whether it built
 */
export function buildIfStale({ distDir = path.join(root, 'dist'), env = process.env, quiet = false } = {}) {
  // Two processes (say, two test runs) must not build into the same folder at once.
  const lock = `${distDir}.lock`;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for another build of ${distDir} (${lock}).`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return buildUnlocked(distDir, env, quiet);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function buildUnlocked(distDir, env, quiet) {
  const stamp = path.join(distDir, 'server', 'entry.mjs');
  const sources = [
    'src',
    'public',
    'astro.config.mjs',
    'package-lock.json',
    env.SANITY_EXPORT ?? 'content/sanity',
    env.CONTENT_MDX_DIR ?? 'content/articles',
  ].map((p) => path.resolve(root, p));
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built && (env.SANITY_PROJECT_ID || newest(sources) <= built)) return false;
  if (!quiet)
    console.log(
      built ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building the site…',
    );
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', distDir], {
    cwd: root,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    // A build is a production build even when a test runner (NODE_ENV=test) starts it.
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const detail = quiet ? `\n${result.stdout ?? ''}\n${result.stderr ?? ''}` : ' (see above)';
    throw new Error(`The build failed${detail}`);
  }
  return true;
}
