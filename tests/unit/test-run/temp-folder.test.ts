import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

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
