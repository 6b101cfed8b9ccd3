import path from 'node:path';
import type { Logger } from '../log.ts';

/** What the server renders for one document id (src/pages/internal/live-article/[id].astro, through the app). */
export interface LiveRender {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** What the server answers at a path while a change waits for the full build. */
export type LiveAnswer =
  | { kind: 'page'; body: Buffer; headers: Record<string, string> }
  /** The article is no longer published: the site's 404 page. */
  | { kind: 'gone' }
  /** The article moved to a new slug: a redirect there. */
  | { kind: 'moved'; location: string };

type Entry = LiveAnswer & { id: string; since: number };

/** What the live pages need from the server. */
export interface LivePagesOptions {
  /** Renders a document's live page (an internal request to the server itself). */
  render: (id: string) => Promise<LiveRender>;
  logger: Logger;
  /** Most paths held at once (pages, redirects and 404s together). */
  maxPaths?: number;
  /** Most bytes of page HTML held at once. */
  maxBytes?: number;
}

/**
 * Published changes shown before the full build has them (docs/publishing.md, "Publish to live").
 *
 * When a change to an article is published, the server renders that article's page from the live API with the
 * static page's own component and answers its path with it; an unpublished or deleted article's path answers 404;
 * a changed slug's former path redirects to the new one. Each answer remembers when the change arrived, and a build
 * that started at or after that moment replaces it (`supersede`): that build read the change. A failed build
 * replaces nothing. A newer change to the same path wins over an older one, even when their renders finish out of
 * order. Memory is bounded: past `maxPaths` paths or `maxBytes` of HTML a change waits for the full build.
 */
export class LivePages {
  readonly #options: Required<LivePagesOptions>;
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  /** Changes that arrived before this moment are in the build being served. */
  #coveredUntil = 0;

  constructor(options: LivePagesOptions) {
    this.#options = { maxPaths: 500, maxBytes: 32 * 1024 * 1024, ...options };
  }

  /** The live answer at a path (with or without its trailing slash), if a change is waiting for the build. */
  lookup(pathname: string): LiveAnswer | undefined {
    if (this.#entries.size === 0) return undefined;
    return this.#entries.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
  }

  /** Paths held and their HTML bytes. */
  get stats(): { paths: number; bytes: number } {
    return { paths: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * Renders the document's live page and puts it (or a 404, or a redirect from a former slug) in place of the
   * build's; `since` is when the change arrived. Never rejects: a change that cannot be shown live is logged and
   * waits for the full build.
   */
  async refresh(id: string, since: number = Date.now()): Promise<void> {
    const { logger } = this.#options;
    if (since < this.#coveredUntil) return;
    let answer: LiveRender;
    try {
      answer = await this.#options.render(id);
    } catch (error) {
      logger.error(
        `live page for "${id}" not rendered: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    // A build that read this change switched in while it rendered.
    if (since < this.#coveredUntil) return;
    const held = [...this.#entries].filter(([, entry]) => entry.id === id).map(([at]) => at);
    const former = answer.headers.get('x-live-former-path');
    const earlier = [...new Set([...(former ? [former] : []), ...held])];
    if (answer.status === 200) {
      const at = answer.headers.get('x-live-path');
      if (!at?.startsWith('/')) return;
      const headers: Record<string, string> = {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=0, must-revalidate',
      };
      const csp = answer.headers.get('content-security-policy');
      if (csp) headers['Content-Security-Policy'] = csp;
      if (!this.#put(at, { kind: 'page', body: answer.body, headers, id, since })) return;
      for (const old of earlier) if (old !== at) this.#put(old, { kind: 'moved', location: at, id, since });
      logger.info(
        `live page for "${id}" at ${at}${former && former !== at ? ` (moved from ${former})` : ''}`,
      );
      return;
    }
    if (answer.status === 404 && answer.headers.get('content-type')?.startsWith('text/plain')) {
      for (const old of earlier) this.#put(old, { kind: 'gone', id, since });
      logger.info(
        `live pages: no published article "${id}"${earlier.length ? `; ${earlier.join(', ')} answer 404` : ''}`,
      );
      return;
    }
    logger.error(
      `live page for "${id}" not rendered (${answer.status}): ${answer.body.toString('utf8').trim().slice(0, 500)}; the full build will bring it`,
    );
  }

  /** A build that started at `startedAt` is now served: drop every change that arrived before or as it started. */
  supersede(startedAt: number): void {
    this.#coveredUntil = Math.max(this.#coveredUntil, startedAt + 1);
    let dropped = 0;
    for (const [at, entry] of this.#entries) {
      if (entry.since > startedAt) continue;
      this.#remove(at);
      dropped += 1;
    }
    if (dropped) this.#options.logger.info(`live pages: ${dropped} replaced by the new build`);
  }

  #put(at: string, entry: Entry): boolean {
    const existing = this.#entries.get(at);
    // An older change finishing after a newer one never puts the older content back.
    if (existing && existing.since > entry.since) return false;
    const size = entry.kind === 'page' ? entry.body.length : 0;
    const paths = this.#entries.size + (existing ? 0 : 1);
    const bytes = this.#bytes - (existing?.kind === 'page' ? existing.body.length : 0) + size;
    if (paths > this.#options.maxPaths || bytes > this.#options.maxBytes) {
      this.#options.logger.error(
        `live pages full (${this.#entries.size} paths, ${this.#bytes} bytes): ${at} waits for the full build`,
      );
      return false;
    }
    this.#remove(at);
    this.#entries.set(at, entry);
    this.#bytes += size;
    return true;
  }

  #remove(at: string): void {
    const existing = this.#entries.get(at);
    if (!existing) return;
    if (existing.kind === 'page') this.#bytes -= existing.body.length;
    this.#entries.delete(at);
  }
}

/**
 * When a build started, from its folder's name (`build-<ms in base 36>-<pid>`, src/server/rebuild/rebuilder.ts);
 * undefined for a folder named otherwise (`dist/` from `npm run build`).
 */
export function buildStartedAt(distDir: string): number | undefined {
  const match = /^build-([0-9a-z]+)-\d+$/.exec(path.basename(distDir));
  if (!match?.[1]) return undefined;
  const ms = parseInt(match[1], 36);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The document ids a webhook body names: Sanity's document (its `_id`, when its `_type` is absent or `article`),
 * or the `ids` lists of the older webhook format. At most `limit` of them; anything else names none.
 */
export function changedArticleIds(body: string, limit = 20): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [];
  }
  if (!value || typeof value !== 'object') return [];
  const doc = value as Record<string, unknown>;
  const ids: unknown[] = [];
  if (typeof doc['_id'] === 'string' && (doc['_type'] === undefined || doc['_type'] === 'article'))
    ids.push(doc['_id']);
  const lists = doc['ids'];
  if (lists && typeof lists === 'object') {
    for (const key of ['created', 'updated', 'deleted']) {
      const list = (lists as Record<string, unknown>)[key];
      if (Array.isArray(list)) ids.push(...(list as unknown[]));
    }
  }
  const valid = ids.filter((id): id is string => typeof id === 'string' && /^[\w.-]{1,128}$/.test(id));
  return [...new Set(valid.map((id) => id.replace(/^drafts\./, '')))].slice(0, limit);
}
