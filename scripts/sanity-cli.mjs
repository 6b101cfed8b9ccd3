// Shared by `npm run studio` and `npm run content:import`: finds the Sanity project to use, installs the Studio's
// own packages in sanity/ on first use, and runs the Sanity CLI from there. Plain JavaScript, no dependencies:
// the site never needs sanity/node_modules, so this must work before it exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Studio package folder. */
export const studioDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../sanity');

const nonEmpty = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The project and dataset from the environment: the Studio's own variables first, then the site's. Exits with
 * an explanation when no project is set, since both commands need a real Sanity project.
 */
export function sanityProject(command, env = process.env) {
  const projectId = nonEmpty(env.SANITY_STUDIO_PROJECT_ID) ?? nonEmpty(env.SANITY_PROJECT_ID);
  const dataset = nonEmpty(env.SANITY_STUDIO_DATASET) ?? nonEmpty(env.SANITY_DATASET) ?? 'production';
  if (!projectId) {
    process.stderr.write(
      [
        `"npm run ${command}" needs a Sanity project, and none is set.`,
        '',
        'Set the project id (and, if it is not "production", the dataset), for example:',
        `  SANITY_STUDIO_PROJECT_ID=abc123xy SANITY_STUDIO_DATASET=production npm run ${command}`,
        '',
        'SANITY_PROJECT_ID and SANITY_DATASET (the variables the site reads) work too. No project yet? Create a free',
        'one at https://www.sanity.io/manage (or run "npx sanity init" inside sanity/), then see',
        'docs/content.md.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!/^[a-z0-9-]+$/.test(projectId) || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
    process.stderr.write(`Not a Sanity project id and dataset name: "${projectId}", "${dataset}".\n`);
    process.exit(1);
  }
  return { projectId, dataset };
}

// Children run on this same Node (the project's pinned one), even when the system's `node` is older.
const childPath = [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter);

/** Installs sanity/'s packages (its own lockfile) when they are missing, saying why it takes a while. */
export function ensureStudioInstalled() {
  if (existsSync(path.join(studioDir, 'node_modules', '.bin', 'sanity'))) return;
  process.stderr.write(
    'The Studio has its own packages (in sanity/node_modules), and they are not installed yet.\n' +
      'Installing them now with "npm ci" in sanity/; this happens once and takes a minute or two...\n',
  );
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: studioDir,
    stdio: 'inherit',
    env: { ...process.env, PATH: childPath },
  });
  if (result.status !== 0) {
    process.stderr.write(
      'Installing the Studio packages failed (see above). Try "cd sanity && npm ci" yourself.\n',
    );
    process.exit(result.status ?? 1);
  }
}

/** Runs the Sanity CLI in sanity/ with the project in its environment; exits with its exit code. */
export function runSanity(args, { projectId, dataset }) {
  const bin = realpathSync(path.join(studioDir, 'node_modules', '.bin', 'sanity'));
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: studioDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: childPath,
      SANITY_STUDIO_PROJECT_ID: projectId,
      SANITY_STUDIO_DATASET: dataset,
      // The project's privacy stance covers its tools too: no usage telemetry unless someone opts in.
      DO_NOT_TRACK: process.env.DO_NOT_TRACK ?? '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
