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
    /** The list page and its filters (docs/counselor-finder.md). */
    finder: {
      title: 'Counselors',
      heading: 'Our counselors',
      description:
        'Meet our counselors and find one who fits: what they help with, insurance, format, language and times.',
      lede: 'Feeling at ease with your counselor matters more than almost anything else in therapy. Narrow the list to what you need, then get to know us.',
      filtersHeading: 'Find a counselor who fits',
      legends: {
        concern: 'What brings you here',
        insurance: 'How you will pay',
        format: 'How you want to meet',
        language: 'Language',
        ages: 'Who the sessions are for',
        clientType: 'Who comes to sessions',
        availability: 'Times that work',
      },
      accepting: 'Accepting new clients',
      submit: 'Show counselors',
      clear: 'Clear all',
      empty: 'No counselor profiles yet.',
      text: {
        many: '{n} counselors',
        one: '1 counselor',
        none: 'No counselor matches all of these',
        but: '{met}, but not {missed}',
        or: ' or ',
        full: 'Not taking new clients right now',
      },
      noMatchHeading: 'Nobody here matches all of that',
      noMatchBody:
        'That is not a dead end. These counselors come closest; and in a free consultation we can help you find someone who fits, here or at another practice.',
      nearHeading: 'Closest matches',
      consultation: 'Request a free consultation',
    },
    /** The counselor page's facts box. */
    profile: {
      accepting: 'Accepting new clients',
      notAccepting: 'Not accepting new clients right now',
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
    title: 'Help me choose a counselor',
    description: 'Five short questions, each one skippable, to see which of our counselors may fit you best.',
    lede: 'Answer what you like and skip the rest. We list our counselors by how well they fit your answers.',
    privacy:
      'Your answers stay in this browser: nothing is sent or saved while you choose, unless you ask us to remember them.',
    privacyNoScript:
      'Without JavaScript, your answers go to our server once to sort the list. We keep nothing.',
    skipHint: 'Tick any that fit, or skip this question.',
    concern: 'What brings you here?',
    format: 'How would you like to meet?',
    insurance: 'How will you pay?',
    language: 'Which language would you like to talk in?',
    availability: 'Which times work for you?',
    payOptions: {
      'self-pay': 'Paying myself',
      'sliding-scale': 'A sliding scale (lower fees if money is tight)',
    },
    submit: 'Show my matches',
    startOver: 'Start over',
    remember: 'Remember on this device',
    rememberHint: 'Your answers stay in this browser and are never sent anywhere. Untick to forget them.',
    share: 'Share these results',
    shared: 'The address in your browser now holds your answers: copy it to share them.',
    resultsHeading: 'Counselors, best fit first',
    noAnswers: 'You have not answered anything yet, so here is everyone, those taking new clients first.',
    /** The live region's summary once the list is sorted: {count} and {name} (the best fit). */
    summary: 'Sorted {count} counselors by fit. Best fit: {name}.',
    nobodyAccepting:
      'None of our counselors is taking new clients right now. A free consultation can still help you find someone, here or elsewhere.',
    accepting: 'Accepting new clients',
    notAccepting: 'Not accepting new clients right now',
    consult: 'Request a free consultation with {name}',
    askAbout: 'Ask about working with {name}',
    consultPractice: 'Request a free consultation',
    reasons: {
      concern: 'Works with {}',
      format: 'Offers {}',
      insurance: 'Takes {}',
      language: 'Sessions in {}',
      availability: 'Sees clients {}',
    },
    formatReasons: { 'in-person': 'in-person sessions', telehealth: 'telehealth' },
    availabilityReasons: {
      'weekday-daytime': 'during the day on weekdays',
      'weekday-evening': 'on weekday evenings',
      weekend: 'on weekends',
    },
    ownReasons: { 'self-pay': 'Welcomes self-pay', 'sliding-scale': 'Offers a sliding scale' },
    fit: {
      all: 'Fits all your answers',
      some: 'Fits {met} of your {answered} answers',
      none: 'Fits none of your answers',
    },
    refused: 'Requests from other sites are not accepted.',
    tooLarge: 'The form was larger than 16 KiB.',
  },
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
