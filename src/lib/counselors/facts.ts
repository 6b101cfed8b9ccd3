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
  selfPay: true,
  slidingScale: true,
  topics: true,
  sessionFormats: true,
  languages: true,
  availability: true,
});

/** A counselor's facts, as {@link counselorFactsSchema} keeps them. */
export type CounselorFacts = z.infer<typeof counselorFactsSchema>;

/** Keeps only a counselor's facts (a collection entry's data holds much more: bio, photo, …), defaults filled. */
export function counselorFacts(data: unknown): CounselorFacts {
  return counselorFactsSchema.parse(data);
}
