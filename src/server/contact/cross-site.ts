/**
 * True when a request comes from another site. A browser's `Sec-Fetch-Site` says so first: `cross-site` is, and
 * `same-origin` (or `none`, typed by the person) is not, whatever `Origin` says: most pages send `no-referrer`,
 * under which a browser's POST carries `Origin: null` (the pages with a form use `same-origin`, so that a browser
 * without `Sec-Fetch-Site` sends their real origin). Otherwise an `Origin` that is neither this request's own (the
 * host the client addressed, from `Host`) nor the site's canonical origin is cross-site, the opaque `null` origin
 * included. No `Origin` at all (a script, an old browser) is not cross-site.
 */
export function isCrossSite(header: (name: string) => string | null, siteOrigin: string): boolean {
  const fetchSite = header('sec-fetch-site')?.trim().toLowerCase();
  if (fetchSite === 'cross-site') return true;
  if (fetchSite === 'same-origin' || fetchSite === 'none') return false;
  const origin = header('origin');
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
  return host !== (header('host') ?? '').toLowerCase();
}
