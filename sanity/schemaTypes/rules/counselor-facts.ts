/**
 * The values a counselor's practical facts may take (docs/content-model.md). The Studio offers them as lists, the
 * site's schema accepts only them, and the counselor finder's filters use the same words in the URL
 * (docs/counselor-finder.md). They are facts about the person, the same in every language; pages translate them.
 */

/** How a counselor meets clients. */
export const SESSION_FORMATS = ['in-person', 'telehealth'] as const;

/** The ages a counselor works with. */
export const AGES_SERVED = ['children', 'teens', 'adults', 'older-adults'] as const;

/** Who a counselor sees together in a session. */
export const CLIENT_TYPES = ['individuals', 'couples', 'families', 'groups'] as const;

/** When a counselor has sessions. */
export const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;

/**
 * A BCP 47 language tag as editors write it: a 2–3 letter language (`en`, `es`, `ase` for American Sign Language),
 * then optional subtags such as a script or region (`zh-Hant`, `es-MX`).
 */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** Rule: a language tag is a BCP 47 code (see {@link LANGUAGE_TAG_PATTERN}). */
export function languageTagProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !LANGUAGE_TAG_PATTERN.test(value))
    return 'Use a language code such as "en", "es" or "ase" (American Sign Language).';
  return undefined;
}
