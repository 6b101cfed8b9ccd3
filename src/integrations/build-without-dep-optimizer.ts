import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Keeps Vite's dependency optimizer out of `astro build` and `astro sync`. Both load the content through a
 * temporary Vite dev server, and Astro asks that server's optimizer for its dev toolbar's dependencies, which it then
 * bundled into node_modules/.vite/deps on every build (the cache is keyed by the build's options, so it was rarely
 * reused) for nothing to read: a build bundles from the sources, and the toolbar exists only under `astro dev`,
 * which keeps the optimizer. About 0.2–0.4 s of CPU in a 6 s fixture build (docs/testing.md, "Speed").
 */
export default function buildWithoutDepOptimizer(): AstroIntegration {
  return {
    name: 'alliance:build-without-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev' || command === 'preview') return;
        updateConfig({ vite: { plugins: [noDependencyOptimizer()] } });
      },
    },
  };
}

/** Empties every environment's list of dependencies to optimize, after Astro's plugins filled it. */
function noDependencyOptimizer(): Plugin {
  return {
    name: 'alliance:no-dependency-optimizer',
    enforce: 'post',
    configEnvironment(_name, options) {
      // Changed in place: a returned partial would be merged, and merging adds to lists rather than replacing them.
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}
