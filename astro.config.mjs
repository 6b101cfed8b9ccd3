// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';
import buildWithoutDepOptimizer from './src/integrations/build-without-dep-optimizer.ts';
import devServices from './src/integrations/dev-services.ts';
import pagefind from './src/integrations/pagefind.ts';
import serverContent from './src/integrations/server-content.ts';

/**
 * Tailwind's Vite plugins, with the stylesheet generated once per build instead of once per Vite environment. A
 * build runs Vite for the prerendered pages, then for the server bundle (and the client scripts); each loads
 * src/styles/global.css and Tailwind generated and optimized the whole stylesheet again in each, with the same
 * result: it scans the files under src/ on disk, not an environment's modules (the server's pages link the same
 * `_astro/BaseLayout.<hash>.css` file as the static ones). The first result is reused for the same file with the
 * same text, for as long as this config is loaded: one `astro build` process (the project never builds twice in
 * one process). It lives here, outside src/, because Tailwind takes words of the files it scans for class names.
 * @param {import('vite').Plugin[]} plugins
 * @returns {import('vite').Plugin[]}
 */
function stylesheetOncePerBuild(plugins) {
  /** @type {Map<string, Promise<import('vite').Rollup.TransformResult>>} */
  const results = new Map();
  return plugins.map((plugin) => {
    const hook = plugin.transform;
    if (plugin.name !== '@tailwindcss/vite:generate:build' || !hook || typeof hook !== 'object')
      return plugin;
    const generate = hook.handler;
    /** @type {typeof generate} */
    const handler = function (code, id, options) {
      const key = `${id}\0${code}`;
      let result = results.get(key);
      if (!result) {
        result = Promise.resolve(generate.call(this, code, id, options));
        results.set(key, result);
        // A failure is not kept: the next environment reports it again.
        result.catch(() => results.delete(key));
      }
      // Each environment gets its own copy of the result, in case Vite changes it in place.
      return result.then((value) => (value && typeof value === 'object' ? { ...value } : value));
    };
    return { ...plugin, transform: { ...hook, handler } };
  });
}

// Astro inlines `public` server variables into the build; `secret` ones are read from the environment when the
// server runs. Everything here is a runtime setting of the server (a practice changes it without rebuilding), so
// all use `secret` access; `server` marks those that are not actually confidential.
const server = /** @type {const} */ ({ context: 'server', access: 'secret', optional: true });
const secret = /** @type {const} */ ({ context: 'server', access: 'secret', optional: true });

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  // 'ignore': APIs answer at /api/health (docs/http.md); pages are linked with their trailing slash.
  trailingSlash: 'ignore',
  markdown: { syntaxHighlight: false },
  // Separate caches let tests and benchmarks build several content sets side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  output: 'static',
  // English keeps the unprefixed URLs; Spanish pages live under /es/ with the same route names
  // (src/pages/es/, src/i18n/languages.ts, docs/i18n.md).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Middleware mode: the project's own server (src/server/) wraps Astro's handler.
  // staticHeaders writes each static page's CSP to dist/_headers.json so it goes out as a header.
  adapter: node({ mode: 'middleware', staticHeaders: true, bodySizeLimit: 1024 * 1024 }),
  // No sessions: the public site sets no cookies.
  session: false,
  integrations: [mdx(), pagefind(), serverContent(), devServices(), buildWithoutDepOptimizer()],
  // Four pages render at once: one at a time (Astro's default) leaves the thread idle while each page's file is
  // written, about a quarter of the prerender time here. Pages share no render state (see checklist/instance-id.ts).
  build: { inlineStylesheets: 'auto', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // Off: POST /api/contact runs its own cross-site check first (Origin not ours, or Sec-Fetch-Site: cross-site →
    // 403; docs/http.md). Astro's would also refuse requests without an Origin, which that API accepts.
    checkOrigin: false,
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "frame-src 'none'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  env: {
    schema: {
      SANITY_PROJECT_ID: envField.string(server),
      SANITY_DATASET: envField.string({ ...server, default: 'production' }),
      SANITY_API_VERSION: envField.string({ ...server, default: '2025-02-19' }),
      SANITY_API_HOST: envField.string(server),
      SANITY_TOKEN: envField.string(secret),
      SANITY_EXPORT: envField.string({ ...server, default: 'content/sanity' }),
      CONTENT_MDX_DIR: envField.string({ ...server, default: 'content/articles' }),
      SANITY_WEBHOOK_SECRET: envField.string(secret),
      SANITY_PREVIEW_SECRET: envField.string(secret),
      SITE_URL: envField.string({ ...server, default: 'http://127.0.0.1:4321' }),
      DATABASE_URL: envField.string({ ...secret, default: 'file:.data/requests.db' }),
      CONTACT_RATE_LIMIT: envField.string({ ...server, default: '5/600' }),
      CONTACT_MIN_FILL_SECONDS: envField.number({ ...server, default: 3 }),
      CONTACT_TOKEN_SECRET: envField.string(secret),
      TRUST_PROXY: envField.number({ ...server, default: 0, int: true, min: 0 }),
      REQUEST_RETENTION_DAYS: envField.number({ ...server, default: 365, int: true, min: 1 }),
      SMTP_URL: envField.string(secret),
      NOTIFY_TO: envField.string(server),
      NOTIFY_FROM: envField.string(server),
      NOTIFY_INCLUDE_DETAILS: envField.boolean({ ...server, default: false }),
    },
  },
  vite: {
    plugins: [stylesheetOncePerBuild(tailwindcss())],
    // `astro dev` watches the project for changes to sources and content; these folders hold what the project writes
    // (builds, the staff and contact databases, the benchmark's generated sites), which nothing in dev imports.
    server: { watch: { ignored: ['**/dist/**', '**/.builds/**', '**/.data/**', '**/bench/work/**'] } },
  },
});
