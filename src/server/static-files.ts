import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.webmanifest',
]);

/** A file found for a request path. */
export interface StaticFile {
  /** Absolute path on disk. */
  file: string;
  /** The URL path of the page it answers (`/articles/x/` for `articles/x/index.html`). */
  route: string;
  size: number;
  mtimeMs: number;
}

/** What a lookup found: a file, a redirect to the trailing-slash form, or nothing. */
export type Lookup =
  { kind: 'file'; found: StaticFile } | { kind: 'redirect'; location: string } | { kind: 'none' };

/**
 * Serves the built `client/` folder: HTML with revalidation, hashed assets as immutable, everything else briefly
 * cached; brotli or gzip for text, compressed once and kept in memory.
 */
export class StaticFiles {
  readonly root: string;
  readonly #compressed = new Map<string, Promise<Buffer>>();

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /**
   * Finds what a URL path maps to, refusing anything outside the root. Routes and redirect targets are built from
   * the resolved path (dot segments and repeated slashes gone, each segment encoded again), never from the path as
   * sent, so a redirect can only name a path on this site.
   */
  lookup(urlPath: string): Lookup {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return { kind: 'none' };
    }
    if (decoded.includes('\0') || !decoded.startsWith('/')) return { kind: 'none' };
    const target = path.resolve(this.root, '.' + decoded);
    if (target !== this.root && !target.startsWith(this.root + path.sep)) return { kind: 'none' };
    const normalized = routeOf(path.relative(this.root, target));
    const stat = statOrNull(target);
    if (stat?.isFile()) {
      return {
        kind: 'file',
        found: { file: target, route: normalized, size: stat.size, mtimeMs: stat.mtimeMs },
      };
    }
    if (stat?.isDirectory()) {
      const index = path.join(target, 'index.html');
      const indexStat = statOrNull(index);
      if (!indexStat?.isFile()) return { kind: 'none' };
      const folder = normalized === '/' ? '/' : `${normalized}/`;
      if (!urlPath.endsWith('/')) return { kind: 'redirect', location: folder };
      return {
        kind: 'file',
        found: { file: index, route: folder, size: indexStat.size, mtimeMs: indexStat.mtimeMs },
      };
    }
    return { kind: 'none' };
  }

  /**
   * Sends a found file (or `304`), honouring HEAD and the client's accepted encodings. `cache` replaces the
   * caching the file's route would get (the 404 page is never stored).
   */
  async send(
    req: IncomingMessage,
    res: ServerResponse,
    found: StaticFile,
    status = 200,
    cache?: string,
  ): Promise<void> {
    const ext = path.extname(found.file).toLowerCase();
    const etag = `"${found.size.toString(36)}-${Math.floor(found.mtimeMs).toString(36)}"`;
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', cache ?? cacheControl(found.route, ext));
    res.setHeader('ETag', etag);
    if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const encoding =
      COMPRESSIBLE.has(ext) && found.size > 512 ? pickEncoding(req.headers['accept-encoding']) : null;
    let body: Buffer;
    if (encoding) {
      body = await this.#compress(found, encoding);
      res.setHeader('Content-Encoding', encoding);
    } else {
      body = await fs.promises.readFile(found.file);
    }
    res.statusCode = status;
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  #compress(found: StaticFile, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const key = `${encoding}:${found.file}:${found.mtimeMs}:${found.size}`;
    let pending = this.#compressed.get(key);
    if (!pending) {
      pending = fs.promises
        .readFile(found.file)
        .then((raw) =>
          encoding === 'br'
            ? brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
            : gzip(raw, { level: 9 }),
        );
      pending.catch(() => this.#compressed.delete(key));
      // Bounded: a site has a fixed set of files, but a rebuilt one brings new mtimes.
      if (this.#compressed.size > 5000) this.#compressed.clear();
      this.#compressed.set(key, pending);
    }
    return pending;
  }
}

/** The URL path of a file or folder below the root, from its path relative to the root. */
function routeOf(relative: string): string {
  if (relative === '') return '/';
  return '/' + relative.split(path.sep).map(encodeURIComponent).join('/');
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** The encoding to answer with: brotli, else gzip, when the request's Accept-Encoding takes it; else none. */
export function pickEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  const accepted = new Set(
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => !/;\s*q=0(\.0+)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function cacheControl(route: string, ext: string): string {
  if (route.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (ext === '.html') return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}
