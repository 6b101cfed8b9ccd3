import { LIMITS, SLUG_PATTERN } from './limits.ts';
import { isCrisisHref, isSafeHref } from './links.ts';
import { portableTextToPlain, readingEaseEs, readingLevel } from './text.ts';

// Each check returns a message for the editor, or undefined when the value is fine. They take `unknown` because
// they also run over exports nobody has validated yet.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim().length === 0;
}

/** The current value of a slug field (`{current}`), or undefined. */
export function slugValue(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const current = value['current'];
  return typeof current === 'string' ? current : undefined;
}

/** Rule: a slug is required. Guidance kept as a rule: lowercase words joined by hyphens, usable in a URL. */
export function slugProblem(value: unknown): string | undefined {
  const current = slugValue(value);
  if (current === undefined || current.length === 0)
    return 'A slug is required: it becomes the page address.';
  if (!SLUG_PATTERN.test(current)) {
    return 'Use lowercase letters, numbers and single hyphens only (for example "coping-with-grief").';
  }
  return undefined;
}

/** True when an image field holds an image (an uploaded asset, or a file in a dataset export). */
export function hasImage(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return isRecord(value['asset']) || typeof value['_sanityAsset'] === 'string';
}

/** Rule: every image carries alt text that describes it for people who can't see it. */
export function altTextProblem(image: unknown): string | undefined {
  if (!hasImage(image)) return undefined;
  const alt = isRecord(image) ? image['alt'] : undefined;
  if (isBlank(alt)) return 'Describe the image for people who use a screen reader (alt text is required).';
  return undefined;
}

/** Guidance: alt text that is very long, or that starts with "image of", reads badly in a screen reader. */
export function altTextAdvice(alt: unknown): string | undefined {
  if (typeof alt !== 'string') return undefined;
  if (alt.length > LIMITS.altTextMax) {
    return `Keep alt text under ${LIMITS.altTextMax} characters; put longer explanations in the caption.`;
  }
  if (/^(?:an?\s+)?(?:image|picture|photo)\s+of\b/i.test(alt.trim())) {
    return 'No need to start with "image of": screen readers already say it is an image.';
  }
  return undefined;
}

/** Rule: an excerpt is required and at most 200 characters. */
export function excerptProblem(value: unknown): string | undefined {
  if (isBlank(value)) return 'An excerpt is required: it appears on listing cards and in search results.';
  if (typeof value === 'string' && value.length > LIMITS.excerptMax) {
    return `Keep the excerpt to ${LIMITS.excerptMax} characters or fewer (it has ${value.length}).`;
  }
  return undefined;
}

/** Guidance: a search-result title of a sensible length. */
export function seoTitleAdvice(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.length > LIMITS.seoTitleMax) {
    return `Search engines cut titles after about ${LIMITS.seoTitleMax} characters (this has ${value.length}).`;
  }
  if (value.length < LIMITS.seoTitleMin) {
    return `A title under ${LIMITS.seoTitleMin} characters says little in search results.`;
  }
  return undefined;
}

/** Guidance: a search-result description of a sensible length. */
export function seoDescriptionAdvice(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.length > LIMITS.seoDescriptionMax) {
    return `Search engines cut descriptions after about ${LIMITS.seoDescriptionMax} characters (this has ${value.length}).`;
  }
  if (value.length < LIMITS.seoDescriptionMin) {
    return `Aim for ${LIMITS.seoDescriptionMin}–${LIMITS.seoDescriptionMax} characters so search results can say what the page offers.`;
  }
  return undefined;
}

/** True when `href` is a link the site renders (the shared rule in ./links.ts). */
export function isAllowedHref(href: string): boolean {
  return isSafeHref(href);
}

/** Rule: links use http(s), mailto, tel, sms or a site-relative path; anything else shows as plain text. */
export function linkProblem(href: unknown): string | undefined {
  if (isBlank(href)) return 'A link needs an address.';
  if (typeof href === 'string' && !isAllowedHref(href)) {
    return 'Use an address starting with https://, mailto:, tel:, sms:, / (a page on this site) or # (a section of this page).';
  }
  return undefined;
}

/** Rule: crisis links are phone (`tel:`), text (`sms:`) or `https:` links. */
export function crisisHrefProblem(href: unknown): string | undefined {
  if (isBlank(href)) return 'A crisis link needs an address, such as tel:988.';
  if (!isCrisisHref(href)) {
    return 'Crisis links must start with tel:, sms: or https:.';
  }
  return undefined;
}

/**
 * Guidance: an article's body should read easily. English is measured in U.S. grades (Flesch–Kincaid, aim for about
 * grade 8), Spanish with the Fernández-Huerta reading ease (aim for about 65): an English formula misreads Spanish.
 */
export function readingLevelAdvice(body: unknown, language: unknown = 'en'): string | undefined {
  const text = portableTextToPlain(body);
  if (language === 'es') {
    const level = readingEaseEs(text);
    if (level.words < LIMITS.readingLevelMinWords) return undefined;
    if (level.ease < LIMITS.readingEaseMinEs) {
      return `This Spanish text has a reading ease of about ${level.ease} (Fernández-Huerta). Shorter sentences and everyday words help readers who are stressed (aim for about 65).`;
    }
    return undefined;
  }
  const level = readingLevel(text);
  if (level.words < LIMITS.readingLevelMinWords) return undefined;
  if (level.grade > LIMITS.readingGradeMax) {
    return `This reads at about grade ${level.grade}. Shorter sentences and everyday words help readers who are stressed (aim for about grade 8).`;
  }
  return undefined;
}

/** Guidance: a date-time that is not in the future (an article dated later is not published until then). */
export function futureDateAdvice(value: unknown, now: Date = new Date()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time <= now.getTime()) return undefined;
  return 'This date is in the future: the article will not appear on the site until then.';
}

/** Guidance: who clinically reviewed an article, and when (again at least every two years). */
export function reviewAdvice(
  reviewedBy: unknown,
  reviewedAt: unknown,
  now: Date = new Date(),
): { field: 'reviewedBy' | 'reviewedAt'; message: string } | undefined {
  const hasReviewer =
    isRecord(reviewedBy) && typeof reviewedBy['_ref'] === 'string' && reviewedBy['_ref'] !== '';
  if (!hasReviewer) {
    return { field: 'reviewedBy', message: 'Ask a counselor to review this article and name them here.' };
  }
  if (typeof reviewedAt !== 'string' || Number.isNaN(Date.parse(reviewedAt))) {
    return { field: 'reviewedAt', message: 'Add the date of the clinical review.' };
  }
  const ageDays = (now.getTime() - Date.parse(reviewedAt)) / 86_400_000;
  if (ageDays > LIMITS.reviewMaxAgeDays) {
    return {
      field: 'reviewedAt',
      message: 'The last clinical review was over two years ago: time for another.',
    };
  }
  return undefined;
}

/** A time zone is an IANA name ("America/Chicago", "UTC") the browser and the site's server both know. */
export function timeZoneProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const message = 'Use a time zone name such as "America/Chicago" or "Europe/Berlin" (see the IANA list).';
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return message;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return undefined;
  } catch {
    return message;
  }
}

/** A source's address, when it has one, is a web page (http or https). */
export function referenceUrlProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value)
    ? undefined
    : 'Use a full web address starting with https:// (or http://).';
}
