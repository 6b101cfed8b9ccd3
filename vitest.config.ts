import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowestFirstSequencer } from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    // Once per run, for every project: one temporary folder for the run, removed at its end; one compile cache for
    // every Node process the run starts; PostgreSQL for the tests when TEST_DATABASE_URL is unset.
    globalSetup: [
      'tests/support/temp-root.ts',
      'tests/support/compile-cache.ts',
      'tests/support/postgres-setup.ts',
    ],
    // Slowest files first, so a run does not end waiting on one long file that started late.
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // One module cache per worker, not per file, here and for the e2e files: no test file leaves state behind
          // (docs/testing.md, "Speed").
          isolate: false,
          setupFiles: ['tests/support/yield-to-dist-build.ts'],
          // Vitest's default is one file per core but one; on a 2-core machine that is one file at a time.
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Node's, closing the worker's shared Chromium when the worker stops (tests/support/browser.ts).
          environment: './tests/support/e2e-environment.ts',
          // Builds dist/ in the background while the unit files run; each e2e file waits for it.
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/wait-for-dist.ts'],
          testTimeout: 120_000,
          isolate: false,
          hookTimeout: 300_000,
          // Two files at once, after the unit files (three cost about 8% more CPU time on two cores and finished no
          // sooner: docs/testing.md, "Speed"). Builds run from roots of their own (tests/support/build-site.ts); the
          // files that use the project root's .astro/ folder take turns (tests/support/project-root-lock.ts), and
          // the sequencer plans them so that they rarely wait.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
