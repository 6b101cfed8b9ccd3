import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Once per run, for every project: PostgreSQL for the tests when TEST_DATABASE_URL is unset.
    globalSetup: ['tests/support/postgres-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Vitest's default is one file per core but one; on a 2-core machine that is one file at a time.
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two files at once, after the unit files: most of their time is spent waiting on builds, servers and
          // browsers in other processes. Builds run from roots of their own (tests/support/build-site.ts); the two
          // files that use the project root's .astro/ folder take turns (tests/support/project-root-lock.ts).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
