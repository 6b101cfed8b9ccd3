/**
 * True when a request comes from another site: an `Origin` that is neither this request's own origin nor the
 * site's canonical one, or a browser saying `Sec-Fetch-Site: cross-site`. No `Origin` at all (a script, an old
 * browser) is not cross-site.
 */
export function isCrossSite(headers: Headers, requestOrigin: string, siteOrigin: string): boolean {
  if (headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  return origin !== requestOrigin && origin !== siteOrigin;
}
