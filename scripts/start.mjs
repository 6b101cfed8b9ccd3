// npm start: build when dist/ is missing or older than the sources and content, then serve everything.
import path from 'node:path';
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const { buildIfStale } = await import('./build-if-stale.mjs');
try {
  buildIfStale({ distDir: path.resolve(process.env.DIST_DIR ?? 'dist') });
} catch (error) {
  console.error(`${error.message}\nNot starting the server.`);
  process.exit(1);
}

await import('../src/server/main.ts');
