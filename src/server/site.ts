import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCounselorList } from './contact/counselor-list.ts';
import { StaticFiles } from './static-files.ts';

/** Astro's Node adapter handler in middleware mode. */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
  locals: App.Locals,
) => Promise<void>;

/** One built site: its statics, the page headers the build wrote, and its server-rendered routes. */
export interface Site {
  distDir: string;
  statics: StaticFiles;
  /** Per-page headers (the hashed CSP) written by the build, by route path. */
  pageHeaders: Map<string, Record<string, string>>;
  /** Former article paths and where they moved (from the build's `redirects.json`), answered with a 301. */
  redirects: Map<string, string>;
  /** The counselor slugs a contact request may name; undefined for a build without them (Astro answers it all). */
  contactCounselors: readonly string[] | undefined;
  handler: AstroHandler;
}

/** True when `distDir` holds a complete build the server can load. */
export function isBuilt(distDir: string): boolean {
  return (
    fs.existsSync(path.join(distDir, 'server', 'entry.mjs')) && fs.existsSync(path.join(distDir, 'client'))
  );
}

/** Loads a build from disk. Loading another folder later gives an independent site (used to switch builds). */
export async function loadSite(distDir: string): Promise<Site> {
  if (!isBuilt(distDir)) {
    throw new Error(`No build in ${distDir}: run "npm run build" first.`);
  }
  const entry = pathToFileURL(path.join(distDir, 'server', 'entry.mjs')).href;
  const mod = (await import(entry)) as { handler: AstroHandler };
  return {
    distDir,
    statics: new StaticFiles(path.join(distDir, 'client')),
    pageHeaders: readPageHeaders(distDir),
    redirects: readRedirects(distDir),
    contactCounselors: readCounselorList(path.join(distDir, 'server')),
    handler: mod.handler,
  };
}

function readRedirects(distDir: string): Map<string, string> {
  const file = path.join(distDir, 'client', 'redirects.json');
  if (!fs.existsSync(file)) return new Map();
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  // Only site-relative targets: the file is ours, but a redirect must never lead off the site.
  return new Map(Object.entries(entries).filter(([, to]) => to.startsWith('/') && !to.startsWith('//')));
}

function readPageHeaders(distDir: string): Map<string, Record<string, string>> {
  const map = new Map<string, Record<string, string>>();
  const file = path.join(distDir, '_headers.json');
  if (!fs.existsSync(file)) return map;
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    pathname: string;
    headers: { key: string; value: string }[];
  }[];
  for (const { pathname, headers } of entries) {
    const route = pathname.endsWith('/') || path.extname(pathname) ? pathname : pathname + '/';
    map.set(route, Object.fromEntries(headers.map(({ key, value }) => [key, value])));
  }
  return map;
}

/**
 * The build to serve at start: the newer of `distDir` (what `npm run build` wrote) and the build a background
 * rebuild last switched to, so a restart keeps serving the content it had.
 */
export function activeBuild(distDir: string, buildsDir: string): string {
  const pointer = path.join(buildsDir, 'current');
  const rebuilt = fs.existsSync(pointer) ? fs.readFileSync(pointer, 'utf8').trim() : '';
  if (!rebuilt || !isBuilt(rebuilt)) return distDir;
  if (!isBuilt(distDir)) return rebuilt;
  const mtime = (dir: string) => fs.statSync(path.join(dir, 'server', 'entry.mjs')).mtimeMs;
  return mtime(rebuilt) > mtime(distDir) ? rebuilt : distDir;
}

/** Records which rebuilt folder is being served, for the next start. */
export function rememberActiveBuild(buildsDir: string, distDir: string): void {
  fs.mkdirSync(buildsDir, { recursive: true });
  const pointer = path.join(buildsDir, 'current');
  fs.writeFileSync(`${pointer}.tmp`, distDir);
  fs.renameSync(`${pointer}.tmp`, pointer);
}
