/** One `<url>` of a sitemap. */
export interface SitemapUrl {
  /** Site-relative path or absolute URL. */
  loc: string;
  lastmod?: Date | undefined;
  /** The same page in each language, with `x-default` (`<xhtml:link rel="alternate">`). */
  alternates?: readonly { hreflang: string; href: string }[] | undefined;
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c] ?? ''};`,
  );
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** A `<urlset>` sitemap. */
export function urlsetXml(urls: readonly SitemapUrl[], site: URL | string): string {
  const body = urls
    .map((u) => {
      const loc = `<loc>${escapeXml(new URL(u.loc, site).href)}</loc>`;
      const lastmod = u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : '';
      const links = (u.alternates ?? [])
        .map(
          (a) =>
            `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(new URL(a.href, site).href)}"/>`,
        )
        .join('');
      return `<url>${loc}${lastmod}${links}</url>`;
    })
    .join('\n');
  return `${XML_HEADER}<urlset xmlns="${NS}" xmlns:xhtml="${XHTML}">\n${body}\n</urlset>\n`;
}

/** A `<sitemapindex>` pointing at sitemap files. */
export function sitemapIndexXml(paths: readonly string[], site: URL | string): string {
  const body = paths
    .map((p) => `<sitemap><loc>${escapeXml(new URL(p, site).href)}</loc></sitemap>`)
    .join('\n');
  return `${XML_HEADER}<sitemapindex xmlns="${NS}">\n${body}\n</sitemapindex>\n`;
}

/** A response carrying XML. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
