import { getCollection } from 'astro:content';

/** A counselor a person may ask for on the contact form. */
export interface CounselorChoice {
  slug: string;
  name: string;
  credentials?: string | undefined;
}

let cached: Promise<CounselorChoice[]> | undefined;

/** Counselors from the CMS, by name; the same list the form offers and the API accepts. */
export function counselorChoices(): Promise<CounselorChoice[]> {
  cached ??= getCollection('counselors').then((entries) =>
    entries
      .map(({ data }) => ({ slug: data.slug, name: data.name, credentials: data.credentials }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  return cached;
}
