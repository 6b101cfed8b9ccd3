/**
 * The languages content is written in, shared by the Studio (document-internationalization plugin, `language`
 * fields) and the site's loader. English is the default: a document without `language` is English, so exports made
 * before the site was bilingual still build. Kept in step with the site's own list (src/i18n/languages.ts; a test
 * checks both agree).
 */
export const CONTENT_LANGUAGES = [
  { id: 'en', title: 'English' },
  { id: 'es', title: 'Español' },
] as const;

/** A content language id. */
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]['id'];

/** The language of a document that names none. */
export const DEFAULT_CONTENT_LANGUAGE: ContentLanguage = 'en';

/** Every content language id, in order. */
export const CONTENT_LANGUAGE_IDS = CONTENT_LANGUAGES.map((language) => language.id) as [
  ContentLanguage,
  ...ContentLanguage[],
];

/** The document types translated document by document (each document has `language`; translation.metadata joins them). */
export const TRANSLATED_TYPES = ['article', 'topic', 'counselor', 'fitChecklist', 'siteSettings'] as const;

/** The `_id` of the site settings singleton in each language. */
export const SITE_SETTINGS_IDS: Record<ContentLanguage, string> = {
  en: 'siteSettings',
  es: 'siteSettings-es',
};

/**
 * A counselor's facts: they live on the English document only, the Studio hides them on a translation, and the
 * loader reads them from the English document for every language. Everything else on a counselor (bio,
 * specialties, pronouns...) is text a translation holds in its own language. A new fact is one more line here.
 */
export const COUNSELOR_FACT_FIELDS: readonly string[] = [
  'name',
  'slug',
  'credentials',
  'photo',
  'offersFreeConsultation',
  'acceptingNewClients',
  'fees',
  'insurance',
];

/**
 * Site settings a translation may leave empty and still share with the English settings: contact facts, the
 * practice's time zone and home page picture, and its crisis links (a page must never lack a way to get help).
 * Text (title, messages, consultation wording, disclaimer, search synonyms) is never borrowed from another language.
 */
export const SHARED_SETTINGS_FIELDS: readonly string[] = [
  'phone',
  'email',
  'address',
  'timeZone',
  'heroImage',
  'crisisLinks',
];
