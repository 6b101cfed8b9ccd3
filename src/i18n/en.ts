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
    /** How they meet clients (values from sanity/schemaTypes/rules/counselor-facts.ts). */
    formats: { 'in-person': 'In person', telehealth: 'Telehealth' },
    /** The ages they work with. */
    ages: { children: 'Children', teens: 'Teens', adults: 'Adults', 'older-adults': 'Older adults' },
    /** Who they see together. */
    clientTypes: { individuals: 'Individuals', couples: 'Couples', families: 'Families', groups: 'Groups' },
    /** When they have sessions. */
    availability: {
      'weekday-daytime': 'Weekday daytime',
      'weekday-evening': 'Weekday evenings',
      weekend: 'Weekends',
    },
    /** Names for language codes the browser's own list lacks (others come from Intl.DisplayNames). */
    languageNames: { ase: 'American Sign Language' } as Record<string, string>,
    /** Paying without insurance. */
    selfPay: 'Paying for yourself',
    slidingScale: 'Sliding scale',
    /** The counselor page's facts box. */
    profile: {
      worksWith: 'Works with',
      sessions: 'Sessions',
      formats: 'How',
      languages: 'Languages',
      ages: 'Ages',
      clientTypes: 'Sees',
      availability: 'When',
      location: 'Where',
      payment: 'Paying',
      selfPayYes: 'You can pay for sessions yourself.',
      slidingScaleYes: 'Sliding scale: a lower fee for lower incomes.',
    },
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    // keys of this part
  },
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
