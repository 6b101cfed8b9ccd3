/**
 * Every string of the interface in English, grouped by the part of the site that shows it. `es.ts` must hold the
 * same keys (TypeScript checks it, and `tests/unit/i18n/messages.test.ts` checks both ways). Values are strings, or
 * functions for text that takes a number or a name. Content (articles, bios, settings) comes from Sanity, not here.
 */
export const en = {
  /** The language as its own speakers name it, for the language switch. */
  languageName: 'English',
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
