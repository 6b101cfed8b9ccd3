/**
 * Every string of the interface in English, grouped by the part of the site that shows it. `es.ts` must hold the
 * same keys (TypeScript checks it, and `tests/unit/i18n/messages.test.ts` checks both ways). Values are strings, or
 * functions for text that takes a number or a name. Content (articles, bios, settings) comes from Sanity, not here.
 */
export const en = {
  /** The language as its own speakers name it, for the language switch. */
  languageName: 'English',

  /** The page frame: skip link, header, menu, language switch, crisis bar, footer, 404 and privacy pages. */
  site: {
    // keys of this part
  },

  /** Home, article lists, article pages, topics: dates, reading time, counts, pagination, closing invitation. */
  reader: {
    // keys of this part
  },

  /** The search page and its island. */
  search: {
    // keys of this part
  },

  /** The fit checklist island's fixed text (its items and outcomes come from the checklist document). */
  checklist: {
    // keys of this part
  },

  /** The contact page, the form, every error it can show (also in the API's JSON) and the thanks page. */
  contact: {
    // keys of this part
  },

  /** The counselor list, its filters and the counselor page. */
  counselors: {
    // keys of this part
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    // keys of this part
  },
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
