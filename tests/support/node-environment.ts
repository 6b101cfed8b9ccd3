import { builtinEnvironments, type Environment } from 'vitest/runtime';

/**
 * Vitest's Node environment under another name, running `beforeTeardown` when a worker stops (after its last file,
 * before the environment itself is torn down).
 */
export function nodeEnvironmentWith(name: string, beforeTeardown: () => Promise<void>): Environment {
  return {
    name,
    viteEnvironment: 'ssr',
    async setup(global: typeof globalThis, options: Record<string, unknown>) {
      const node = await builtinEnvironments.node.setup(global, options);
      return {
        async teardown(global: typeof globalThis) {
          await beforeTeardown();
          await node.teardown(global);
        },
      };
    },
  };
}
