import type { IncomingMessage } from 'node:http';

/** The methods the site answers; anything else is refused before Astro sees it. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

/** Why a request was refused before it reached the site, with what to answer. */
export interface Refusal {
  status: 400 | 404 | 405;
  message: string;
  headers?: Record<string, string>;
}

// A host name (letters, digits, hyphens, underscores, dots; a trailing dot allowed), an IPv4 address or a bracketed
// IPv6 literal, then an optional port. Userinfo ("a@b"), paths, spaces and backslashes are what makes a Host unable
// to form a URL (or form one naming another site), so none of them can pass.
const HOST_PATTERN =
  /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

// The last Host found usable: nearly every request names the same one, and the check builds a URL.
let lastUsableHost: string | undefined;

/** True when a Host header value names a host (and port) a URL can be built from, and nothing else. */
export function isUsableHost(host: string): boolean {
  if (host === lastUsableHost) return true;
  if (!HOST_PATTERN.test(host)) return false;
  try {
    const url = new URL(`http://${host}/`);
    const usable = url.username === '' && url.password === '' && url.pathname === '/';
    if (usable) lastUsableHost = host;
    return usable;
  } catch {
    return false;
  }
}

/**
 * True when a request path, as sent, could be read as another site or another path once a browser or the file
 * lookup decodes it: a leading `//` (a scheme-relative URL), a backslash (browsers treat it as `/`) or an encoded
 * slash or backslash (`%2f`, `%5c`, which a decode turns into a separator).
 */
export function isAmbiguousPath(rawPath: string): boolean {
  return rawPath.startsWith('//') || rawPath.includes('\\') || /%(?:2f|5c)/i.test(rawPath);
}

/**
 * Checks what Astro's request building would choke on, or a redirect could be bent by: the method (405 with
 * `Allow`), the request target (origin-form only), the Host header (one, and URL-shaped) and the path's form (404).
 * Returns null when the request may go on.
 */
export function refuseOddRequest(req: IncomingMessage): Refusal | null {
  const method = req.method ?? '';
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, message: 'Method not allowed.', headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
  const target = req.url ?? '';
  if (!target.startsWith('/')) return { status: 400, message: 'Bad request target.' };
  let hosts = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === 'host') hosts++;
  }
  const host = req.headers.host;
  if (hosts > 1 || (host !== undefined && !isUsableHost(host))) {
    return { status: 400, message: 'Bad Host header.' };
  }
  const cut = target.search(/[?#]/);
  if (isAmbiguousPath(cut === -1 ? target : target.slice(0, cut))) {
    return { status: 404, message: 'Not found.' };
  }
  return null;
}

/**
 * A redirect target on this site: `location` when it is a path (one leading slash, no backslash right after),
 * else `/`. The last guard before a `Location` header goes out.
 */
export function sameOriginLocation(location: string): string {
  return /^\/(?![/\\])/.test(location) && !/[\r\n]/.test(location) ? location : '/';
}
