/**
 * True when a request comes from another site: an `Origin` that is neither this request's own (the host the
 * client addressed, from `Host`) nor the site's canonical origin, or a browser saying `Sec-Fetch-Site: cross-site`.
 * No `Origin` at all (a script, an old browser) is not cross-site; the opaque `null` origin is.
 */
export function isCrossSite(headers: Headers, siteOrigin: string): boolean {
  if (headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (origin === siteOrigin) return false;
  let host: string;
  try {
    const parsed = new URL(origin);
    if (parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) return true;
    host = parsed.host;
  } catch {
    return true;
  }
  // The Host header is what the client addressed (the URL Astro builds falls back to "localhost" without an
  // allow-list); an Origin naming the same host and port is this site, whichever scheme a proxy terminated.
  return host !== (headers.get('host') ?? '').toLowerCase();
}
