/** What a page tells search engines and link previews about itself. */
export interface PageSeo {
  /** The page's own title (the site's name is appended), or none for the home page. */
  title?: string | undefined;
  description?: string | undefined;
  /** Site-relative path of the canonical page, e.g. `/articles/grief/`. */
  path: string;
  /** An absolute or site-relative image URL for link previews. */
  image?: { src: string; alt: string } | undefined;
  type?: 'website' | 'article' | 'profile';
  noIndex?: boolean | undefined;
  /** Structured data objects, each written as its own JSON-LD script. */
  jsonLd?: readonly object[] | undefined;
}

/** The title in the tab and in results: "Page · Practice", or the practice's name alone. */
export function fullTitle(pageTitle: string | undefined, siteTitle: string): string {
  return pageTitle && pageTitle !== siteTitle ? `${pageTitle} · ${siteTitle}` : siteTitle;
}

/** The meta description: the SEO field when an editor wrote one, else the excerpt, trimmed to ~160 characters. */
export function metaDescription(...candidates: (string | undefined)[]): string | undefined {
  const text = candidates
    .find((c) => c?.trim())
    ?.trim()
    .replace(/\s+/g, ' ');
  if (!text || text.length <= 160) return text;
  const cut = text.slice(0, 157);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120)).replace(/[\s,;:.]+$/, '')}…`;
}

/** An absolute URL on the site's origin (`SITE_URL`), keeping a path's trailing slash. */
export function absoluteUrl(pathOrUrl: string, site: URL | string): string {
  return new URL(pathOrUrl, site).href;
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so text can never close the script. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
