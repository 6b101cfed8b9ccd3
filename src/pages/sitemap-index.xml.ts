import type { APIContext } from 'astro';
import { sitemapIndexXml, xmlResponse } from '../lib/reader/sitemap.ts';

/** The sitemap index robots.txt points at. */
export function GET(context: APIContext): Response {
  return xmlResponse(sitemapIndexXml(['/sitemap-0.xml'], context.site ?? new URL(context.url.origin)));
}
