/**
 * The site path of the page being rendered: the request's, or the one a server-rendered route renders a page for
 * (`locals.pagePath`, set by src/pages/internal/live-article/[id].astro), so the page's language, current section
 * and links are those of the page it stands in for. Components take it with `pagePath(Astro)`.
 */
export function pagePath(astro: { url: URL; locals: App.Locals }): string {
  return astro.locals.pagePath ?? astro.url.pathname;
}
