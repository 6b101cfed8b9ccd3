import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * vitest's globalSetup: one V8 compile cache (Node's `NODE_COMPILE_CACHE`) for every Node process the run starts, so
 * the 60-odd servers, the builds, the command-line tools and the workers compile the same modules once instead of
 * each time. A server's start took 0.70 s of CPU without it and 0.40 s with it (docs/testing.md, "Speed"). It lives
 * in `node_modules/.cache/`, beside the other tools' caches, not in the run's temporary folder: workers still
 * exiting write to it after that folder is removed, and brought it back. A cache the caller set is kept.
 */
export default function setup(): () => void {
  const previous = process.env['NODE_COMPILE_CACHE'];
  process.env['NODE_COMPILE_CACHE'] ??= path.join(root, 'node_modules/.cache/node-compile-cache');
  return () => {
    if (previous === undefined) delete process.env['NODE_COMPILE_CACHE'];
    else process.env['NODE_COMPILE_CACHE'] = previous;
  };
}
