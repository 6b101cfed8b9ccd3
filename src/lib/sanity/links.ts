/** Schemes a link from the CMS may use; anything else is rendered as plain text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** True for the links the crisis bar may show: phone (`tel:`), text (`sms:`) or `https:`. */
export function isCrisisHref(href: string): boolean {
  return /^(tel|sms|https):/i.test(href.trim()) && isSafeHref(href);
}

/**
 * True when `href` is an `http:`, `https:`, `mailto:`, `tel:` or `sms:` URL or a site-relative path
 * (`/…`, `#…`, `?…`; never `//host`, which leaves the site). Control characters and whitespace that
 * browsers strip before reading a scheme are removed first, so `java\tscript:` is caught too.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned === '') return false;
  if (cleaned.startsWith('//') || cleaned.startsWith('/\\') || cleaned.startsWith('\\')) return false;
  if (cleaned.startsWith('/') || cleaned.startsWith('#') || cleaned.startsWith('?')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return scheme?.[1] !== undefined && SAFE_SCHEMES.has(`${scheme[1].toLowerCase()}:`);
}
