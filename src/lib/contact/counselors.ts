import { counselorEntries } from '../content/lookups.ts';
import type { ServerContent } from '../content/server-snapshot.ts';

/** A counselor a person may ask for on the contact form. */
export type CounselorChoice = ServerContent['counselors'][number];

let cached: Promise<CounselorChoice[]> | undefined;

/** Counselors from the CMS, by name; the same list the form offers and the API accepts. */
export function counselorChoices(): Promise<CounselorChoice[]> {
  cached ??= counselorEntries().then((entries) => entries.sort((a, b) => a.name.localeCompare(b.name)));
  return cached;
}
