import type { IncomingMessage, ServerResponse } from 'node:http';
import { messagesFor } from '../../i18n/messages.ts';
import { BODY_LIMIT, discardBody } from '../request-body.ts';
import type { Services } from '../services.ts';
import { isCrossSite } from './cross-site.ts';
import { rateKey } from './handle.ts';
import { earlyLanguage, queryLanguage } from './language.ts';
import { bodyType } from './parse-body.ts';

// The refusals of POST /api/contact that need no page, answered by the project's own server before Astro's request
// pipeline (which costs more than the check itself): cross-site (403), another content type (415), a JSON client
// over its rate limit (429) and a declared body over 16 KiB (413), in the order docs/http.md gives. A form over its
// limit is shown again as the page (Astro renders it), and everything else goes on to src/pages/api/contact.ts,
// which runs the same checks (a request that reaches it without this server, under `astro dev`, is refused alike).

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** What a passed request tells the API route, so it does not ask the store for the rate status again. */
export interface EarlyChecks {
  /** The client was under its rate limit a moment ago (the insert transaction enforces it anyway). */
  rateChecked: boolean;
}

/**
 * Answers a refused `POST /api/contact` and resolves with null, or resolves with what it checked when the request
 * goes on to Astro.
 */
export async function answerContactEarly(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  clientAddress: string,
): Promise<EarlyChecks | null> {
  const { config, secret } = services.contact;
  const query = req.url?.includes('?') ? queryLanguage(`http://local${req.url}`) : undefined;
  const api = messagesFor(query ? earlyLanguage(query) : 'en').contact.api;
  const headers = new Headers();
  for (const name of ['sec-fetch-site', 'origin', 'host']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra }).end(body);
    return null;
  };
  if (isCrossSite(headers, config.siteOrigin)) return send(403, TEXT, api.crossSite);
  const type = bodyType(req.headers['content-type'] ?? null);
  if (!type) {
    return send(415, TEXT, api.unsupportedType, {
      Accept: 'application/json, application/x-www-form-urlencoded',
    });
  }
  const status = await services.store.rateStatus({
    key: rateKey(secret, clientAddress),
    limit: config.rateLimit.limit,
    windowSeconds: config.rateLimit.windowSeconds,
  });
  if (!status.allowed) {
    // The page shown again with what was typed is Astro's to render: it finds the limit again.
    if (type === 'form') return { rateChecked: false };
    req.resume();
    return send(429, JSON_TYPE, JSON.stringify({ errors: { body: api.rateLimited } }), {
      'Retry-After': String(status.retryAfter),
    });
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > BODY_LIMIT) {
    discardBody(req);
    return type === 'json'
      ? send(413, JSON_TYPE, JSON.stringify({ errors: { body: api.tooLarge } }))
      : send(413, TEXT, api.tooLargeForm);
  }
  return { rateChecked: true };
}
