import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The machine's own Node (outside node_modules/.bin), when it is one too old for the project.
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => fs.existsSync(candidate));
const systemVersion = systemNode ? execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() : '';
const [major = 0, minor = 0] = systemVersion.replace('v', '').split('.').map(Number);
const tooOld = systemNode !== undefined && (major < 22 || (major === 22 && minor < 18));

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

  it('runs npm scripts on the pinned Node 24', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});
