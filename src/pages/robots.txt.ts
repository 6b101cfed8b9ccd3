import type { APIContext } from 'astro';

/** Lets crawlers read the site, keeps them out of APIs and previews, and points at the sitemap. */
export function GET(context: APIContext): Response {
  const site = context.site ?? new URL(context.url.origin);
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /preview/',
    'Disallow: /contact/thanks/',
    'Disallow: /es/contact/thanks/',
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
