import path from 'node:path';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

/** Builds the default site (bundled content) into dist/ once before the browser and server tests. */
export default function setup(): void {
  buildIfStale({ distDir: path.resolve('dist'), quiet: true });
}
