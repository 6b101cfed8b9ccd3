import type { AstroGlobal } from 'astro';
import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';

/**
 * Sets what `/contact/` and `/es/contact/` answer with besides the page (no caching, the referrer policy, the
 * status a form shown again carries) and gives the page's title and description in its language.
 */
export function contactPageResponse(
  Astro: AstroGlobal,
  lang: Language,
): { title: string; description: string } {
  const page = messagesFor(lang).contact.page;
  const state = Astro.locals.contactForm;
  // Each visit gets a fresh signed time token: never cached.
  Astro.response.headers.set('Cache-Control', 'no-store');
  // no-referrer like every page: the form's POST then carries `Origin: null`, and the browser's
  // `Sec-Fetch-Site: same-origin` is what vouches for it (src/server/contact/cross-site.ts).
  Astro.response.headers.set('Referrer-Policy', 'no-referrer');
  if (state) Astro.response.status = state.status;
  return {
    title: state?.status === 400 ? page.titleWithErrors : page.title,
    description: page.description,
  };
}
