import { builtinEnvironments, type Environment } from 'vitest/runtime';
import { closeWorkerBrowser } from './browser.ts';

/**
 * The e2e project's test environment: Node's, and when the worker stops (after its last file), the worker's shared
 * Chromium closes (`launchBrowser()` in tests/support/browser.ts), so no browser outlives the run and its profile
 * folder is gone before the run's temporary folder is removed.
 */
const e2eEnvironment: Environment = {
  name: 'e2e-node',
  viteEnvironment: 'ssr',
  async setup(global: typeof globalThis, options: Record<string, unknown>) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(global: typeof globalThis) {
        await closeWorkerBrowser();
        await node.teardown(global);
      },
    };
  },
};

export default e2eEnvironment;
