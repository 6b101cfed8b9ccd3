import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { defaultLanguage, languageOfPath } from '../i18n/languages.ts';
import { clientAddress } from './client-address.ts';
import { compressHtml } from './compress-html.ts';
import { answerFinder } from './counselor-finder.ts';
import { answerContactEarly } from './contact/early.ts';
import type { ContactOutcome } from './contact/handle.ts';
import { pathOnly, type Logger } from './log.ts';
import { refuseOddRequest, sameOriginLocation } from './request-guard.ts';
import { createRequestLog, type RequestLog } from './request-log.ts';
import { isHttps, setSecurityHeaders } from './security-headers.ts';
import type { Services } from './services.ts';
import type { LiveAnswer } from './live/live-pages.ts';
import type { Site } from './site.ts';
import { setStaffHeaders } from './staff/headers.ts';

/** A handler the server answers itself, before statics and Astro (webhooks and the like). */
export type ServerRoute = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What the request handler needs; `site()` is read per request so a new build can be switched in. */
export interface AppOptions {
  site: () => Site;
  /** Routes by exact path (a trailing slash is ignored). */
  routes?: Map<string, ServerRoute>;
  services: Services;
  logger: Logger;
  /** Where each finished request is logged (repeated refusals counted); every line through `logger` when absent. */
  requestLog?: RequestLog;
  trustProxy: number;
  /** Published changes shown before the full build has them (src/server/live/live-pages.ts). */
  live?: {
    lookup(path: string): LiveAnswer | undefined;
    /** The header value that marks the server's own request for a live page; any other gets a 404. */
    token: string;
  };
}

/** The header the server's own request for a live page carries (with `AppOptions.live.token`). */
export const LIVE_RENDER_HEADER = 'x-alliance-live-render';
/** With the token: load the live route's code and render nothing (the server's warm-up at start). */
export const LIVE_WARM_HEADER = 'x-alliance-live-warm';
/** Where live pages are rendered: only the server itself may ask. */
const LIVE_RENDER_PREFIX = '/internal/';

/** The server's request handler: security headers, logging, statics, then Astro's server-rendered routes. */
export function createApp({
  site,
  routes = new Map(),
  services,
  logger,
  requestLog = createRequestLog(logger, 0),
  trustProxy,
  live,
}: AppOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = randomUUID();
    const path = pathOnly(req.url);
    res.setHeader('X-Request-Id', requestId);
    normalizeHead(res);
    setSecurityHeaders(req, res, path, trustProxy);
    setStaffHeaders(path, res);
    res.once('finish', () => {
      requestLog.write(
        {
          id: requestId,
          method: req.method ?? '?',
          path,
          status: res.statusCode,
          ms: performance.now() - started,
        },
        () => clientAddress(req, trustProxy),
      );
    });

    const current = site();
    try {
      // Astro builds a WHATWG Request from the method and Host: what it cannot take must never reach it.
      const refusal = refuseOddRequest(req);
      if (refusal?.status === 404) {
        await notFound(req, res, current);
        return;
      }
      if (refusal) {
        res
          .writeHead(refusal.status, {
            'Content-Type': 'text/plain; charset=utf-8',
            'Cache-Control': 'no-store',
            ...refusal.headers,
          })
          .end(`${refusal.message}\n`);
        return;
      }
      const route = routes.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
      if (route) {
        await route(req, res);
        return;
      }
      const liveRender = path.startsWith(LIVE_RENDER_PREFIX);
      if (liveRender && (!live || !sameToken(req.headers[LIVE_RENDER_HEADER], live.token))) {
        await notFound(req, res, current);
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const answer = live?.lookup(path);
        if (answer) {
          compressHtml(req, res, path);
          await sendLive(req, res, current, answer);
          return;
        }
        const moved = current.redirects.get(path.endsWith('/') ? path : `${path}/`);
        if (moved) {
          res
            .writeHead(301, { Location: sameOriginLocation(moved), 'Cache-Control': 'public, max-age=3600' })
            .end();
          return;
        }
        if (
          await answerFinder(req, res, current, path, (route) => {
            applyPageHeaders(res, current, route);
          })
        )
          return;
        const lookup = current.statics.lookup(path);
        if (lookup.kind === 'redirect') {
          const query = req.url?.slice(path.length) ?? '';
          res.writeHead(301, { Location: sameOriginLocation(lookup.location + query) }).end();
          return;
        }
        if (lookup.kind === 'file') {
          applyPageHeaders(res, current, lookup.found.route);
          await current.statics.send(req, res, lookup.found);
          return;
        }
      }
      const address = clientAddress(req, trustProxy);
      let contactOutcome: ContactOutcome | undefined;
      if (
        req.method === 'POST' &&
        (path === '/api/contact' || path === '/api/contact/') &&
        current.contactCounselors
      ) {
        // Answered here, before Astro's request pipeline: only a form shown again goes on to Astro.
        const outcome = await answerContactEarly(req, res, services, address, current.contactCounselors);
        if (!outcome) return;
        contactOutcome = outcome;
      }
      const locals: App.Locals = {
        requestId,
        clientAddress: address,
        services,
        https: isHttps(req, trustProxy),
        ...(liveRender ? { liveRender: req.headers[LIVE_WARM_HEADER] === '1' ? 'warm' : true } : {}),
        ...(contactOutcome ? { contactOutcome } : {}),
      };
      compressHtml(req, res, path);
      await current.handler(req, res, () => void notFound(req, res, current), locals);
    } catch (error) {
      logger.error(
        `request ${requestId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) {
        res
          .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Something went wrong on our side.');
      } else {
        res.destroy();
      }
    }
  };
}

/**
 * Every answer's status line and HTML type say what they should, whoever wrote them: the reason phrase is the
 * status's own (Astro keeps a page's "OK" when the page sets another status, giving "403 OK"), and HTML that names
 * no charset (Astro's server-rendered pages) is declared utf-8, which is what the site writes.
 */
function normalizeHead(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res);
  const withCharset = <T>(type: T): T | string =>
    typeof type === 'string' && /^text\/html\s*$/i.test(type) ? 'text/html; charset=utf-8' : type;
  res.writeHead = (status: number, reasonOrHeaders?: unknown, maybeHeaders?: unknown) => {
    const given = typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders;
    let headers = given;
    if (given && typeof given === 'object' && !Array.isArray(given)) {
      // Copied only when a type needs its charset: most answers (every refusal) pass their own object through.
      for (const [name, value] of Object.entries(given as OutgoingHttpHeaders)) {
        if (name.toLowerCase() !== 'content-type' || withCharset(value) === value) continue;
        headers = { ...given, [name]: withCharset(value) };
        break;
      }
    }
    const type = res.getHeader('content-type');
    if (type !== undefined) res.setHeader('Content-Type', withCharset(type));
    return writeHead(status, STATUS_CODES[status] ?? 'Unknown', headers as OutgoingHttpHeaders | undefined);
  };
}

/** Compares the live-render header with the server's token in constant time (hashed first, so lengths don't leak). */
function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** A published change's answer, until the full build has it. */
async function sendLive(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  answer: LiveAnswer,
): Promise<void> {
  if (answer.kind === 'gone') {
    await notFound(req, res, site);
    return;
  }
  if (answer.kind === 'moved') {
    res.writeHead(301, { Location: sameOriginLocation(answer.location), 'Cache-Control': 'no-store' }).end();
    return;
  }
  res.writeHead(200, { ...answer.headers, 'Content-Length': answer.body.length });
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

function applyPageHeaders(res: ServerResponse, site: Site, route: string): void {
  const headers = site.pageHeaders.get(route);
  if (!headers) return;
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
}

/**
 * The not-found pages to try for a request, best first: the page in the language of the address asked for
 * (`/es/404/` under `/es/`), then the English `/404.html`.
 */
function notFoundPages(req: IncomingMessage): string[] {
  const language = languageOfPath(pathOnly(req.url));
  return language === defaultLanguage ? ['/404.html'] : [`/${language}/404/`, '/404.html'];
}

async function notFound(req: IncomingMessage, res: ServerResponse, site: Site): Promise<void> {
  if (res.headersSent) return;
  for (const page of notFoundPages(req)) {
    const lookup = site.statics.lookup(page);
    if (lookup.kind !== 'file') continue;
    // Astro records the page's CSP under its route without the extension (`/404/`, `/es/404/`).
    applyPageHeaders(res, site, page.replace(/\.html$/, '/'));
    applyPageHeaders(res, site, page);
    await site.statics.send(req, res, { ...lookup.found, route: page }, 404, 'no-store');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}
