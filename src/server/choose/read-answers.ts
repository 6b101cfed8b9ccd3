import type { Messages } from '../../i18n/messages.ts';
import { isCrossSite } from '../contact/cross-site.ts';
import { readBody } from '../request-body.ts';

/** The fields of a "Help me choose" form posted without JavaScript, or why they cannot be read. */
export type ChooseForm =
  | { kind: 'ok'; params: URLSearchParams }
  | { kind: 'refused'; status: 400 | 403 | 413 | 415; message: string };

/**
 * Reads the posted "Help me choose" form: a same-site POST of a URL-encoded body of at most 16 KiB, as every
 * form the site takes. Nothing of it is kept or logged: the page ranks from it and forgets it. A refusal says why
 * in `words`, the page's language.
 */
export async function readChooseForm(
  request: Request,
  siteOrigin: string,
  words: Messages['choose']['refused'],
): Promise<ChooseForm> {
  if (isCrossSite((name) => request.headers.get(name), siteOrigin)) {
    return { kind: 'refused', status: 403, message: words.crossSite };
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return { kind: 'refused', status: 415, message: words.type };
  }
  const body = await readBody(request);
  if (body.kind === 'too-large') return { kind: 'refused', status: 413, message: words.tooLarge };
  if (body.kind !== 'ok') return { kind: 'refused', status: 400, message: words.incomplete };
  try {
    return {
      kind: 'ok',
      params: new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes)),
    };
  } catch {
    return { kind: 'refused', status: 400, message: words.encoding };
  }
}

/** A plain-text refusal that is never cached. */
export function refusal(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
