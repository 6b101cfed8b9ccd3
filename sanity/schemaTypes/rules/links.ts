import { CRISIS_LINK_SCHEMES, LINK_SCHEMES } from './limits.ts';

// The one link rule, used by the Studio (an editor cannot save a link the site would not render) and by the site's
// renderer (src/lib/portable-text/render-html.ts): a link the Studio accepts is exactly a link the site renders.
// No imports from Sanity, so the site can import it too.

// Browsers drop ASCII control characters, spaces and C1 controls before reading a scheme (`java\tscript:`).
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * True when `href` is a link the site renders: an `http:`, `https:`, `mailto:`, `tel:` or `sms:` URL, or an
 * address on this site (`/…`, `#…`, `?…`), never `//host` or `/\host`, which leave it.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  const cleaned = href.replace(IGNORED_BY_BROWSERS, '');
  if (cleaned === '') return false;
  if (cleaned.startsWith('//') || cleaned.startsWith('/\\') || cleaned.startsWith('\\')) return false;
  if (cleaned.startsWith('/') || cleaned.startsWith('#') || cleaned.startsWith('?')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && (LINK_SCHEMES as readonly string[]).includes(scheme);
}

/** True for the links the crisis bar may show: a phone call (`tel:`), a text (`sms:`) or an `https:` page. */
export function isCrisisHref(href: unknown): href is string {
  if (!isSafeHref(href)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.replace(IGNORED_BY_BROWSERS, ''))?.[1]?.toLowerCase();
  return scheme !== undefined && (CRISIS_LINK_SCHEMES as readonly string[]).includes(scheme);
}
