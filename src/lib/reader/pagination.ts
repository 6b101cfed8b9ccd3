import { defaultLanguage, localizePath, type Language } from '../../i18n/languages.ts';

/** Articles per listing page. */
export const PAGE_SIZE = 10;

/** One page of a listing. */
export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  href: string;
  prevHref: string | undefined;
  nextHref: string | undefined;
}

/**
 * Page 1 lives at `/articles/`; later pages at `/articles/page/<n>/` (there is no `/articles/page/1/`); Spanish
 * ones the same under `/es/`.
 */
export function articlesPageHref(page: number, language: Language = defaultLanguage): string {
  return localizePath(page <= 1 ? '/articles/' : `/articles/page/${page}/`, language);
}

/** Page 1 of a topic lives at `/topics/<slug>/`; later pages at `/topics/<slug>/page/<n>/` (and under `/es/`). */
export function topicPageHref(slug: string, page: number, language: Language = defaultLanguage): string {
  return localizePath(page <= 1 ? `/topics/${slug}/` : `/topics/${slug}/page/${page}/`, language);
}

/**
 * Page `number` of the article list in each language that has that many pages (`totals`: each language's page
 * count), so page 3 in English names no Spanish page 3 when the Spanish list has two.
 */
export function articlesPageAlternates(
  number: number,
  totals: Partial<Record<Language, number>>,
): Partial<Record<Language, string>> {
  return Object.fromEntries(
    (Object.entries(totals) as [Language, number][])
      .filter(([, total]) => total >= number)
      .map(([language]) => [language, articlesPageHref(number, language)]),
  );
}

/** Splits `items` into pages of `size` (one empty page when there are none). */
export function paginate<T>(
  items: readonly T[],
  size = PAGE_SIZE,
  href: (page: number) => string = articlesPageHref,
): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, number * size),
      href: href(number),
      prevHref: number > 1 ? href(number - 1) : undefined,
      nextHref: number < total ? href(number + 1) : undefined,
    };
  });
}

/** Page numbers to link, with `gap` where a run is skipped: 1 … 4 5 6 … 12. */
export function pageWindow(current: number, total: number): (number | 'gap')[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  let last = 0;
  for (const n of sorted) {
    if (n - last > 1) out.push(n - last === 2 ? n - 1 : 'gap');
    out.push(n);
    last = n;
  }
  return out;
}
