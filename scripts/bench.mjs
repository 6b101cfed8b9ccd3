// npm run bench: the performance benchmark (bench/run.ts), on a Node that runs TypeScript directly.
import { requireModernNode } from './require-node.mjs';

requireModernNode();
await import('../bench/run.ts');
