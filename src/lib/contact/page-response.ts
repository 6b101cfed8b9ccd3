import type { AstroGlobal } from 'astro';
import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';

/**
 * Sets what `/contact/` and `/es/contact/` answer with besides the page (no caching, the referrer policy, the
 * status a form shown again carries) and gives the page's title and description in its language, and the referrer
 * policy its `<meta name="referrer">` must repeat.
 */
export function contactPageResponse(
  Astro: AstroGlobal,
  lang: Language,
): { title: string; description: string; referrerPolicy: 'same-origin' } {
  const page = messagesFor(lang).contact.page;
  const state = Astro.locals.contactForm;
  // Each visit gets a fresh signed time token: never cached.
  Astro.response.headers.set('Cache-Control', 'no-store');
  // same-origin, not no-referrer like other pages: under no-referrer the form's POST carries `Origin: null`, which a
  // browser without `Sec-Fetch-Site` (Safari before 16.4) cannot vouch for (src/server/contact/cross-site.ts).
  // Other sites still get no referrer from this page.
  const referrerPolicy = 'same-origin';
  Astro.response.headers.set('Referrer-Policy', referrerPolicy);
  if (state) Astro.response.status = state.status;
  return {
    title: state?.status === 400 ? page.titleWithErrors : page.title,
    description: page.description,
    referrerPolicy,
  };
}
