import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The policy for responses that carry no page-specific one (assets, JSON, redirects): nothing may load, nothing
 * may frame it. Pages get Astro's hashed policy from the build, which includes `frame-ancestors 'none'` too.
 */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Pagefind's web worker, the one script that runs under its own response's policy: it fetches and compiles. */
export const SEARCH_WORKER_PATH = '/pagefind/pagefind-worker.js';

/** What a worker's global scope may do: fetch the index from this site and compile Pagefind's WebAssembly. */
export const SEARCH_WORKER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

/** True when the request reached us over HTTPS, directly or (with a trusted proxy) through one. */
export function isHttps(req: IncomingMessage, trustProxy: number): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted) return true;
  if (trustProxy > 0) {
    const proto = req.headers['x-forwarded-proto'];
    const value = Array.isArray(proto) ? proto[0] : proto;
    return value?.split(',')[0]?.trim().toLowerCase() === 'https';
  }
  return false;
}

/** Sets the headers every response carries; a page's own CSP replaces the fallback later. */
export function setSecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  trustProxy: number,
): void {
  res.setHeader('Content-Security-Policy', path === SEARCH_WORKER_PATH ? SEARCH_WORKER_CSP : FALLBACK_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Article paths name health topics: never tell another site which page a reader came from.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  if (isHttps(req, trustProxy)) {
    res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
}
