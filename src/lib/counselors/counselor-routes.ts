import type { CollectionEntry } from 'astro:content';
import type { Alternates } from '../../i18n/alternates.ts';
import type { Language } from '../../i18n/languages.ts';
import { getCounselors } from '../reader/content.ts';
import { counselorAlternates } from '../reader/translations.ts';

/** What a counselor's page renders: the entry in the page's language and its page in each language. */
export interface CounselorRoute {
  counselor: CollectionEntry<'counselors'>;
  alternates: Alternates;
}

/**
 * The static paths of `/counselors/<slug>/` in one language: one per counselor entry written in it (a Spanish
 * page only where a Spanish entry exists; the slug is the same in every language).
 */
export async function counselorRoutes(
  language: Language,
): Promise<{ params: { slug: string }; props: CounselorRoute }[]> {
  return Promise.all(
    (await getCounselors(language)).map(async (counselor) => ({
      params: { slug: counselor.data.slug },
      props: { counselor, alternates: await counselorAlternates(counselor.data, language) },
    })),
  );
}
