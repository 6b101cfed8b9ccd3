import { counselorChoices } from '../../lib/contact/counselors.ts';
import { articleTitles } from '../../lib/content/lookups.ts';

/** Names for the slugs a request carries: the counselor asked for and the article it came from. */
export interface Labels {
  counselor(slug: string | null): string | null;
  article(slug: string | null): { title: string; href: string } | null;
}

/** Reads counselor names and article titles from the content collections. */
export async function loadLabels(): Promise<Labels> {
  const [counselors, articles] = await Promise.all([counselorChoices(), articleTitles()]);
  const names = new Map(counselors.map((c) => [c.slug, c.name]));
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  return {
    // A counselor or article since removed still shows its slug, so staff know what was asked for.
    counselor: (slug) => (slug === null ? null : (names.get(slug) ?? slug)),
    article: (slug) =>
      slug === null
        ? null
        : { title: titles.get(slug) ?? slug, href: `/articles/${encodeURIComponent(slug)}/` },
  };
}

/** "2026-11-26 14:05 UTC": unambiguous for every staff member, whatever their browser's zone. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** How a request wants to be answered, in words. */
export function preferredLabel(value: string | null): string {
  switch (value) {
    case 'email':
      return 'Email';
    case 'phone':
      return 'Phone call';
    case 'text':
      return 'Text message';
    default:
      return 'No preference';
  }
}
