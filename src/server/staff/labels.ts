import { counselorChoices } from '../../lib/contact/counselors.ts';
import { articleTitles } from '../../lib/content/lookups.ts';
import { getSiteSettings } from '../../lib/content/site-settings.ts';
import { DEFAULT_TIME_ZONE, formatInTimeZone } from '../../lib/content/time-zone.ts';

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

/**
 * A formatter for stored times in the practice's time zone (`siteSettings.timeZone`, else UTC): "2026-11-26 08:05
 * CST", the same for every staff member whatever their browser's zone.
 */
export async function loadTimeFormat(): Promise<(iso: string) => string> {
  const timeZone = (await getSiteSettings()).timeZone ?? DEFAULT_TIME_ZONE;
  return (iso) => formatInTimeZone(iso, timeZone);
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
