import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { shellEnv } from '../../support/shell-env.ts';

// tests/support/temp-root.ts gives each run a temporary folder (TMPDIR, which os.tmpdir() reads) and removes it when
// the run ends. Workers can still be exiting then, writing Node's compile cache: were the cache in that folder, the
// folder came back and stayed in /tmp after every run that started its own PostgreSQL.
it("keeps the run's compile cache out of the run's temporary folder", () => {
  const cache = process.env['NODE_COMPILE_CACHE'];
  expect(cache, 'tests/support/compile-cache.ts sets it for the run').toBeTruthy();
  const fromTemp = path.relative(os.tmpdir(), path.resolve(cache ?? ''));
  const inside = fromTemp === '' || (!fromTemp.startsWith('..') && !path.isAbsolute(fromTemp));
  expect(inside, `${cache} is in ${os.tmpdir()}`).toBe(false);
});

// Vitest runs the global teardowns before it stops its workers, and a stopping worker can still write there (each
// e2e worker closes its Chromium then, whose profile lives in the run's folder: tests/support/browser.ts). Removed in
// the teardown, the folder came back, or lost only part of its contents, and stayed in /tmp.
it("removes the run's temporary folder after the workers have stopped, even one writing to it as it stops", () => {
  const systemTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-late-writer-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.resolve('node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        path.resolve('tests/fixtures/test-run/late-writer/vitest.config.ts'),
      ],
      {
        encoding: 'utf8',
        // Without this run's Vitest variables, which would configure the inner run.
        env: { ...shellEnv(), TMPDIR: systemTemp },
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(fs.readdirSync(systemTemp)).toEqual([]);
  } finally {
    fs.rmSync(systemTemp, { recursive: true, force: true });
  }
}, 60_000);
