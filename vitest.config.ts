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
          // One file at a time: builds from the project root share its .astro/ folder (the MDX module map), so
          // two builds at once could render each other's content.
          fileParallelism: false,
        },
      },
    ],
  },
});
