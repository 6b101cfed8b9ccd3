import { describe, expect, it } from 'vitest';
import {
  hreflangLinks,
  languageLinks,
  sameRouteAlternates,
  sectionOf,
  unlocalizedPath,
} from '../../../src/i18n/alternates.ts';
import {
  formatArticleCount,
  formatLongDate,
  formatPageOf,
  formatReadingTime,
} from '../../../src/i18n/format.ts';
import { hasRoute, routeIn } from '../../../src/i18n/routes.ts';

describe('the same page in the other language', () => {
  it('strips and adds the /es/ prefix by route name', () => {
    expect(unlocalizedPath('/es/contact/')).toBe('/contact/');
    expect(unlocalizedPath('/es/')).toBe('/');
    expect(unlocalizedPath('/es')).toBe('/');
    expect(unlocalizedPath('/topics/')).toBe('/topics/');
  });

  it('names a Spanish twin only where the Spanish route is built', () => {
    expect(hasRoute('/es/', 'es')).toBe(true);
    expect(hasRoute('/es/privacy/', 'es')).toBe(true);
    expect(hasRoute('/es/topics/', 'es')).toBe(true);
    expect(hasRoute('/es/no-such-route/', 'es')).toBe(false);
    expect(sameRouteAlternates('/privacy/')).toEqual({ en: '/privacy/', es: '/es/privacy/' });
    expect(sameRouteAlternates('/es/privacy/')).toEqual({ en: '/privacy/', es: '/es/privacy/' });
    expect(sameRouteAlternates('/no-such-route/')).toEqual({ en: '/no-such-route/' });
    expect(routeIn('/topics/', 'es')).toBe('/es/topics/');
    expect(routeIn('/no-such-route/', 'es')).toBe('/no-such-route/');
    expect(routeIn('/topics/', 'en')).toBe('/topics/');
  });

  it('lists each language and x-default (English when it exists) for hreflang', () => {
    expect(hreflangLinks({ en: '/articles/a/', es: '/es/articles/b/' })).toEqual([
      { hreflang: 'en', href: '/articles/a/' },
      { hreflang: 'es', href: '/es/articles/b/' },
      { hreflang: 'x-default', href: '/articles/a/' },
    ]);
    expect(hreflangLinks({ es: '/es/articles/solo/' })).toEqual([
      { hreflang: 'es', href: '/es/articles/solo/' },
      { hreflang: 'x-default', href: '/es/articles/solo/' },
    ]);
  });

  it('switches to the translation, or to the home of the section there, saying which', () => {
    expect(languageLinks('/articles/a/', 'en', { en: '/articles/a/', es: '/es/articles/b/' })).toEqual([
      { language: 'es', href: '/es/articles/b/' },
    ]);
    expect(languageLinks('/articles/a/', 'en', { en: '/articles/a/' })).toEqual([
      { language: 'es', href: '/es/articles/', fallbackSection: 'articles' },
    ]);
    expect(languageLinks('/es/topics/x/page/2/', 'es', { es: '/es/topics/x/page/2/' })).toEqual([
      { language: 'en', href: '/topics/', fallbackSection: 'topics' },
    ]);
    expect(sectionOf('/es/404/')).toBe('home');
    expect(sectionOf('/counselors/maya/')).toBe('counselors');
  });
});

describe('numbers and dates in the page language', () => {
  it('writes dates, reading time, counts and page numbers as each language does', () => {
    const day = new Date('2026-03-03T23:30:00Z');
    expect(formatLongDate(day, 'en')).toBe('March 3, 2026');
    expect(formatLongDate(day, 'es')).toBe('3 de marzo de 2026');
    expect(formatReadingTime(4, 'en')).toBe('4 min read');
    expect(formatReadingTime(4, 'es')).toBe('4 min de lectura');
    expect(formatArticleCount(1, 'en')).toBe('1 article');
    expect(formatArticleCount(1, 'es')).toBe('1 artículo');
    expect(formatArticleCount(1250, 'en')).toBe('1,250 articles');
    expect(formatArticleCount(3, 'es')).toBe('3 artículos');
    expect(formatPageOf(2, 5, 'es')).toBe('Página 2 de 5');
  });
});
