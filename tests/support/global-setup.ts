import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_BUILD_ENV } from './dist-ready.ts';
import { SHARED_BUILDS_ENV } from './shared-builds.ts';

/**
 * Builds the default site (bundled content) into dist/ once for the browser and server tests, unless it is newer
 * than the sources (scripts/build-if-stale.mjs). The build runs in the background while the unit files run; every
 * e2e file waits for it first (tests/support/dist-ready.ts, a setup file) and fails with the build's output if it
 * failed. Also gives the run a folder for the fixture builds its files share (tests/support/shared-builds.ts),
 * removed at the end.
 */
export default function setup(): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-dist-'));
  process.env[DIST_BUILD_ENV] = dir;
  // Inside the project: a build's server bundle resolves node_modules from where it sits.
  const shared = path.resolve('.builds', `shared-${process.pid}`);
  process.env[SHARED_BUILDS_ENV] = shared;
  const script = pathToFileURL(path.resolve('scripts/build-if-stale.mjs')).href;
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { buildIfStale } from ${JSON.stringify(script)};
       buildIfStale({ distDir: ${JSON.stringify(path.resolve('dist'))}, quiet: true });`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<void>((resolve) => {
    child.once('close', (code) => {
      // Written whole, then renamed: a reader never sees half a file.
      const [name, text] = code === 0 ? ['done', ''] : ['error', output || `exited with ${code}`];
      fs.writeFileSync(path.join(dir, `${name}.tmp`), text);
      fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
      resolve();
    });
  });
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await finished;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(shared, { recursive: true, force: true });
  };
}
