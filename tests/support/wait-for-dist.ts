// A setup file of the e2e project (vitest.config.ts): every browser and server file starts once dist/ is built.
import { distReady } from './dist-ready.ts';

await distReady();
