import type { z } from 'astro/zod';
import { counselorSchema } from '../sanity/schemas.ts';

/**
 * What "Help me choose" reads of a counselor: the content schema's fields it ranks and shows. Static pages take
 * them from the content store; the server's answer to the posted form, from the server's content snapshot
 * (src/lib/content/server-snapshot.ts).
 */
export const counselorFactsSchema = counselorSchema.pick({
  slug: true,
  name: true,
  acceptingNewClients: true,
  offersFreeConsultation: true,
  insurance: true,
});

/** A counselor's facts, as {@link counselorFactsSchema} keeps them. */
export type CounselorFacts = z.infer<typeof counselorFactsSchema> & {
  topics?: { slug: string; title: string }[] | undefined;
  sessionFormats?: string[] | undefined;
  languages?: string[] | undefined;
  availability?: string[] | undefined;
  selfPay?: boolean | undefined;
  slidingScale?: boolean | undefined;
};

/** Keeps only a counselor's facts (a collection entry's data holds much more: bio, photo, …). */
export function counselorFacts(data: CounselorFacts): CounselorFacts {
  const facts: Record<string, unknown> = {};
  for (const key of [
    ...Object.keys(counselorFactsSchema.shape),
    'topics',
    'sessionFormats',
    'languages',
    'availability',
    'selfPay',
    'slidingScale',
  ] as const) {
    const value = (data as Record<string, unknown>)[key];
    if (value !== undefined) facts[key] = value;
  }
  return facts as CounselorFacts;
}
