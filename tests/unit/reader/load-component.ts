import os from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';

// Compiles .astro components with Astro's own Vite plugins (the unit project has none), then renders them through
// the Container API, the way Astro documents for component tests.

/** The site origin components are rendered under. */
export const SITE = 'https://practice.example';

/** A Vite server that compiles `.astro` files, and a container that renders them. */
export interface ComponentRenderer {
  /** Renders `file` (a project path like `/src/components/X.astro`) as if at `url`. */
  render(file: string, props?: Record<string, unknown>, url?: string): Promise<string>;
  /** Compiles the given components ahead of the tests (the first compile is slow on a busy machine). */
  warm(files: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Starts the compiler once per test file. */
export async function createComponentRenderer(): Promise<ComponentRenderer> {
  const config = await getViteConfig({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'silent',
    // Its own cache, so this never disturbs a running `astro dev` or build.
    cacheDir: path.join(os.tmpdir(), 'alliance-reader-component-vite'),
    optimizeDeps: { noDiscovery: true, include: [] },
  })({ command: 'serve', mode: 'development' });
  // No file watcher: nothing changes during a test run, and watching the project cost about 3 s of CPU per file
  // (docs/testing.md, "Speed").
  // Set here, after the merge, which skips a null.
  const server: ViteDevServer = await createServer({
    ...config,
    configFile: false,
    server: { ...config.server, watch: null },
  });
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  return {
    async render(file, props = {}, url = '/') {
      const mod = (await server.ssrLoadModule(file)) as {
        default: Parameters<typeof container.renderToString>[0];
      };
      return container.renderToString(mod.default, { props, request: new Request(new URL(url, SITE)) });
    },
    async warm(files) {
      for (const file of files) await server.ssrLoadModule(file);
    },
    close: () => server.close(),
  };
}
