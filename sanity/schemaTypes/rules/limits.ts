/**
 * The numbers behind the content rules, shared by the Studio schema, the root test suite and anyone else who
 * checks content. Rules (errors) are the content model every source follows (docs/content-model.md); the rest is
 * editor guidance (warnings).
 */
export const LIMITS = {
  /** Rule: an article's excerpt is at most this many characters. */
  excerptMax: 200,
  /** Rule: a fit checklist has between 1 and 15 items. */
  checklistItemsMin: 1,
  checklistItemsMax: 15,
  /** Guidance: search engines show roughly this much of a title. */
  seoTitleMin: 15,
  seoTitleMax: 60,
  /** Guidance: search engines show roughly this much of a description. */
  seoDescriptionMin: 50,
  seoDescriptionMax: 160,
  /** Guidance: alt text that runs longer than this usually belongs in a caption. */
  altTextMax: 250,
  /** Guidance: aim for about grade 8; above this grade the Studio warns. */
  readingGradeMax: 9,
  /** Guidance for Spanish: aim for everyday prose (Fernández-Huerta ease about 65); below this the Studio warns. */
  readingEaseMinEs: 60,
  /** Guidance: a clinical review older than this many days is due again. */
  reviewMaxAgeDays: 730,
  /** Guidance: below this many words the reading-level estimate is too noisy to report. */
  readingLevelMinWords: 150,
} as const;

/** Rule: a slug (and every former slug) is lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Rule: the tones a callout block may take. */
export const CALLOUT_TONES = ['info', 'tip', 'warning', 'crisis'] as const;

/** Rule: link schemes the site renders as links (anything else becomes plain text). */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:', 'sms:'] as const;

/** Rule: schemes a crisis link may use. */
export const CRISIS_LINK_SCHEMES = ['tel:', 'sms:', 'https:'] as const;

/** The `_type`s of the content model; other types (system documents) are ignored. */
export const CONTENT_TYPES = ['siteSettings', 'topic', 'counselor', 'fitChecklist', 'article'] as const;

/** A content model document type. */
export type ContentType = (typeof CONTENT_TYPES)[number];
