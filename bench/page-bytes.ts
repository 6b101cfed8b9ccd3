// What a page costs a reader in bytes, measured the way the budgets define it: each resource compressed on its
// own with gzip at level 9 (what `gzip -9` writes), summed per kind. Shared by the benchmark and the budget tests.

import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

/** Gzip -9 bytes of one page, by kind. */
export interface PageBytes {
  /** The HTML document as served (inline styles and scripts included). */
  html: number;
  /** Linked stylesheets plus inline `<style>` elements. */
  css: number;
  /** External scripts (with the modules they import statically) plus inline executable scripts. */
  js: number;
  /** URL paths of the stylesheets and scripts counted. */
  resources: string[];
}

/** Loads a same-origin resource by URL path (from disk or over HTTP). */
export type ResourceLoader = (urlPath: string) => Promise<Buffer>;

/** Size of `data` after gzip at level 9. */
export function gzipBytes(data: string | Buffer): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};

/** Script types the browser does not run (data blocks such as JSON-LD). */
const isExecutable = (type: string | undefined) =>
  type === undefined || type === '' || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/** Static imports in a built module (`import"./x.js"`, `from"./x.js"`); dynamic `import()` is not followed. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g))
    if (match[1]) found.push(match[1]);
  return found;
}

const sameOrigin = (href: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);

function resolvePath(href: string, base: string): string {
  return new URL(href, `http://site${base}`).pathname;
}

/**
 * Measures one page: its HTML, the CSS it links or inlines, and the JS it runs on load (external scripts and
 * their static imports, modulepreloads, inline scripts). Cross-origin resources are not loaded (the site has none).
 */
export async function measurePage(html: string, pagePath: string, load: ResourceLoader): Promise<PageBytes> {
  let css = 0;
  let js = 0;
  const resources: string[] = [];
  const seen = new Set<string>();

  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gzipBytes(match[1] ?? '');
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (!href || !sameOrigin(href)) continue;
    const url = resolvePath(href, pagePath);
    if (seen.has(url)) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      seen.add(url);
      resources.push(url);
      css += gzipBytes(await load(url));
    } else if (rel === 'modulepreload') {
      js += await scriptBytes(url);
    }
  }

  async function scriptBytes(url: string): Promise<number> {
    if (seen.has(url)) return 0;
    seen.add(url);
    resources.push(url);
    const code = await load(url);
    let total = gzipBytes(code);
    for (const specifier of staticImports(code.toString('utf8'))) {
      if (sameOrigin(specifier)) total += await scriptBytes(resolvePath(specifier, url));
    }
    return total;
  }

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    if (!isExecutable(attribute(attrs, 'type'))) continue;
    const src = attribute(attrs, 'src');
    if (src) {
      if (sameOrigin(src)) js += await scriptBytes(resolvePath(src, pagePath));
    } else if ((match[2] ?? '').trim()) {
      js += gzipBytes(match[2] ?? '');
      for (const specifier of staticImports(match[2] ?? '')) {
        if (sameOrigin(specifier)) js += await scriptBytes(resolvePath(specifier, pagePath));
      }
    }
  }
  return { html: gzipBytes(html), css, js, resources };
}

/** A loader reading a static build's `client/` folder. */
export function diskLoader(clientDir: string): ResourceLoader {
  return (urlPath) => fs.readFile(path.join(clientDir, decodeURIComponent(urlPath)));
}

/** A loader fetching from a running server. */
export function httpLoader(origin: string): ResourceLoader {
  return async (urlPath) => {
    const response = await fetch(new URL(urlPath, origin));
    if (!response.ok) throw new Error(`GET ${urlPath}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
}

/** The page types the budgets and the benchmark table name. */
export const PAGE_TYPES = [
  'home',
  'article',
  'articleWithChecklist',
  'articles',
  'topic',
  'counselor',
  'counselors',
  'search',
  'contact',
  'choose',
] as const;

/** One of {@link PAGE_TYPES}. */
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The page type of a static route (`/articles/x/`), or undefined for pages outside the budgets (404, privacy,
 * index pages of topics and counselors, paginated lists past the first). Articles are told apart by their HTML.
 * A Spanish page (`/es/…`) has the type and the budget of the same English route.
 */
export function classifyRoute(route: string, html: string): PageType | undefined {
  const path = route === '/es/' ? '/' : route.startsWith('/es/') ? route.slice('/es'.length) : route;
  if (path === '/') return 'home';
  if (path === '/articles/') return 'articles';
  if (path === '/search/') return 'search';
  if (path === '/contact/') return 'contact';
  if (path === '/counselors/') return 'counselors';
  if (path === '/counselors/choose/') return 'choose';
  if (path.startsWith('/articles/page/')) return undefined;
  if (/^\/articles\/[^/]+\/$/.test(path))
    return /<fit-checklist\b/i.test(html) ? 'articleWithChecklist' : 'article';
  if (/^\/topics\/[^/]+\/$/.test(path)) return 'topic';
  if (/^\/counselors\/[^/]+\/$/.test(path)) return 'counselor';
  return undefined;
}

/** A redirect stub (an old slug): a meta refresh with no content of its own. */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv=["']?refresh/i.test(html);
}

/** Every static HTML page under a client folder, as URL routes (`/articles/x/`), sorted. */
export async function staticRoutes(clientDir: string): Promise<string[]> {
  const routes: string[] = [];
  for (const entry of await fs.readdir(clientDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = path.relative(clientDir, entry.parentPath).split(path.sep).join('/');
    routes.push(rel ? `/${rel}/` : '/');
  }
  return routes.sort();
}
