import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, PHONE_MAX } from '../lib/contact/limits.ts';

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
    /** The locale dates and numbers are written in (`Intl`). */
    locale: 'en-US',
    /** `og:locale` (Open Graph wants a language_TERRITORY code). */
    ogLocale: 'en_US',
    skipLink: 'Skip to main content',
    nav: {
      label: 'Main',
      articles: 'Articles',
      topics: 'Topics',
      counselors: 'Counselors',
      search: 'Search',
      contact: 'Contact',
    },
    menu: 'Menu',
    crisis: {
      label: 'Crisis help',
      summary: 'In crisis?',
      getHelp: 'Get help now',
    },
    /** The link to this page in the other language (its text is in that language: see `es.ts`). */
    languageSwitch: {
      /** When the page has no translation, the link goes to a section's home in this language and says so. */
      untranslated: (section: string) => `Not in English yet: go to ${section}`,
    },
    /** Section homes the language switch can fall back to, as they read after "go to". */
    sections: {
      home: 'the home page',
      articles: 'the articles',
      topics: 'the topics',
      counselors: 'the counselors',
    },
    footer: {
      label: 'Footer',
      privacy: 'Privacy',
      rss: 'RSS feed',
      copyright: (year: number, practice: string) => `© ${year} ${practice}`,
    },
    rss: {
      title: (practice: string) => `${practice}: articles`,
      description: (practice: string) => `Articles from ${practice}.`,
    },
    moved: {
      title: 'This page has moved',
      body: 'It now lives at',
    },
    notFound: {
      title: 'Page not found',
      eyebrow: 'Error 404',
      heading: 'We couldn’t find that page',
      lede: 'It may have moved or never existed. These might help you find what you were looking for:',
      searchLabel: 'Search the site',
      searchField: 'Search articles',
      searchPlaceholder: 'What are you looking for?',
      searchButton: 'Search',
      home: 'Home page',
      articles: 'All articles',
      counselors: 'Our counselors',
      topics: 'Topics',
    },
    privacy: {
      title: 'Privacy',
      description: (practice: string) =>
        `What ${practice}'s website stores, for how long, and who can see it.`,
      lede: 'Reading about mental health is private. This site is built so that reading it leaves as little trace as possible.',
      readingHeading: 'When you read',
      reading: [
        'No cookies, no analytics, no advertising or tracking pixels.',
        'Every page, image, font and script comes from this site itself. Your browser never contacts another company while you read here, so no one else learns which articles you open.',
        'Our server writes a short technical log of each request (the page’s address without anything you typed, the time, and whether it worked) so we can keep the site running. It does not log search terms or form contents.',
        'Search runs inside your browser on an index downloaded from this site. The words you search for travel to our server only as part of the page address, which is never logged, and go nowhere else.',
      ],
      checklistHeading: 'The fit checklist',
      checklist:
        'Your ticks stay in your browser. They are remembered only if you choose “Remember on this device”, and then only on that device, until you clear them. We never receive them.',
      contactHeading: 'When you ask for a consultation',
      contact:
        'The contact form sends us what you enter: your name, how to reach you (email or phone), how you prefer to be contacted, whether we may leave a message, and, if you choose, the counselor you would like to meet, the article you came from and a short note. Please do not include health details; a counselor will talk with you about those in person.',
      retention: (days: number) =>
        `Contact requests are kept for ${days} days and then deleted automatically. Staff delete a request sooner when you ask them to.`,
      access: (practice: string) =>
        `Only ${practice}’s staff who arrange consultations can see requests. We do not sell or share them. To limit repeat submissions we keep a scrambled code derived from your network address for up to a day, never the address itself.`,
      choicesHeading: 'Your choices',
      choices: 'You may ask us what we hold about you, to correct it, or to delete it, at any time.',
      email: 'Email:',
      phone: 'Phone:',
      emergencyHeading: 'Not for emergencies',
    },
  },

  /** Home, article lists, article pages, topics: dates, reading time, counts, pagination, closing invitation. */
  reader: {
    /** Reading time on cards and article pages. */
    minutesToRead: (minutes: string) => `${minutes} min read`,
    /** "3 articles" (the number comes formatted for the language). */
    articleCount: (count: number, formatted: string) => (count === 1 ? '1 article' : `${formatted} articles`),
    pageOf: (page: string, total: string) => `Page ${page} of ${total}`,
    pagination: {
      label: 'Pages',
      newer: 'Newer',
      older: 'Older',
      page: (page: string) => `Page ${page}`,
    },
    home: {
      heading: 'Finding the right counselor starts with understanding',
      lede: 'Plain-language articles about therapy, and a simple way to ask for a free consultation.',
      readArticles: 'Read the articles',
      meetCounselors: 'Meet our counselors',
      featured: 'Start here',
      newest: 'Newest article',
      latest: 'Latest articles',
      allArticles: 'All articles',
      topics: 'Browse by topic',
      counselors: 'Our counselors',
      allCounselors: 'All counselors',
      consultation: 'Free consultation',
    },
    articles: {
      title: 'Articles',
      titlePage: (page: string, total: string) => `Articles, page ${page} of ${total}`,
      description: 'Plain-language articles about therapy, mental health and finding the right counselor.',
      lede: 'Plain-language reading about therapy and mental health, written and reviewed by our counselors.',
      none: 'No articles have been published yet.',
    },
    article: {
      breadcrumb: 'Articles',
      home: 'Home',
      by: 'By',
      reviewedBy: 'Clinically reviewed by',
      reviewedOn: 'on',
      published: 'Published',
      updated: 'Updated',
      contentNote: 'Content note',
      toc: 'On this page',
      sources: 'Sources',
      related: 'Related reading',
      topicsLabel: 'Topics',
    },
    topics: {
      title: 'Topics',
      description: 'Browse the articles by topic.',
      lede: 'Find articles about what is on your mind.',
      none: 'No topics yet.',
      eyebrow: 'Topic',
      topicTitlePage: (topic: string, page: string, total: string) => `${topic}, page ${page} of ${total}`,
      topicDescription: (topic: string) => `Articles about ${topic.toLowerCase()}.`,
      empty: 'Nothing here yet.',
      browseAll: 'Browse all articles',
      all: 'All topics',
    },
    /** The label read before a callout's text in an article (its tone). */
    callout: {
      info: 'Note',
      tip: 'Tip',
      warning: 'Caution',
      crisis: 'If you are in crisis',
    },
    /** The closing invitation, when the site settings give none of their own. */
    consultation: {
      heading: 'Wondering whether we would be a good fit?',
      body: 'A free, no-pressure consultation is a chance to ask questions and see how talking with one of our counselors feels.',
      button: 'Request a free consultation',
    },
  },

  /** The search page and its island. */
  search: {
    /** The page's title and meta description. */
    title: 'Search',
    description: 'Search the articles and counselor profiles.',
    /** The header's search form on every other page. */
    headerLabel: 'Search articles',
    button: 'Search',
    /** Without JavaScript: why search is missing, and the topic pages instead. */
    needsScript: 'Search needs JavaScript, which is turned off in this browser.',
    byTopic: 'You can still find every article through its topic:',
    allTopics: 'All topics',
    /** Under `astro dev`, where no index exists; `{build}` and `{start}` are the commands. */
    devNote: 'The search index exists only after a build: run {build}, then {start}, to try search.',
    fieldLabel: 'Search articles and counselors',
    hint: 'Results appear as you type. Ctrl+K (⌘K on a Mac) brings you back to this field.',
    filters: 'Filters',
    show: 'Show',
    everything: 'Everything',
    articles: 'Articles',
    counselors: 'Counselors',
    topics: 'Topics',
    /** After a corrected typo: "Showing results for {words}." and a link "Search for {typed} instead". */
    showingResultsFor: 'Showing results for {words}.',
    searchTypedInstead: 'Search for {typed} instead',
    more: 'Show more results',
    nothingMatched: 'Nothing matched. Some things to try:',
    tryWords:
      'Check the spelling, or use fewer or more general words (“worry” rather than “worrying at night”).',
    /** `{topics}`, `{articles}` and `{counselors}` become links with the texts below. */
    tryBrowsing: 'Browse {topics} or {articles}, or meet {counselors}.',
    topicsLink: 'the topics',
    articlesLink: 'all articles',
    counselorsLink: 'our counselors',
    clearFilters: 'Clear the filters',
    /** `{link}` is a link to the topics, with the text `browseByTopic`. */
    failed: 'Search could not load just now. You can still {link}.',
    browseByTopic: 'browse by topic',
    /**
     * What the search island says as it works. Plain strings only: the page draws them into its HTML for the
     * island (which never loads this file); `{…}` are filled in by src/lib/search/messages.ts.
     */
    island: {
      noResults: 'No results',
      oneResult: '{count} result',
      manyResults: '{count} results',
      forWords: 'for “{words}”',
      inTopics: 'in {topics}',
      topicsJoin: ' or ',
      amongArticles: 'among articles',
      amongCounselors: 'among counselors',
      article: 'Article',
      counselor: 'Counselor',
      chosen: '({count} chosen)',
      typed: '“{words}”',
    },
  },

  /** The fit checklist island's fixed text (its items and outcomes come from the checklist document). */
  checklist: {
    resultsHeading: 'What your answers may mean',
    /** Without JavaScript, above the list of every outcome. */
    countThenRead: 'Count the statements you ticked, then read the line that matches.',
    /** Before the first tick, with JavaScript. */
    prompt: 'Tick the statements that ring true; what they may mean appears here.',
    /** The running count; the island fills in `{ticked}` and `{total}`. */
    count: '{ticked} of {total} ticked',
    /** After the counts no outcome covers, e.g. "If you ticked none: no particular result applies." */
    noResult: 'no particular result applies.',
    /** How the list without JavaScript introduces each outcome, by the counts it covers (src/lib/checklist/format.ts). */
    ticks: {
      whatever: 'Whatever you ticked',
      onlyItemUnticked: 'If you left it unticked',
      onlyItemTicked: 'If you ticked it',
      none: 'If you ticked none',
      all: (total: number) => `If you ticked all ${total}`,
      exactly: (count: number) => `If you ticked exactly ${count}`,
      orMore: (from: number) => `If you ticked ${from} or more`,
      either: (from: number, to: number) => `If you ticked ${from} or ${to}`,
      between: (from: number, to: number) => `If you ticked ${from} to ${to}`,
    },
    startOver: 'Start over',
    remember: 'Remember on this device',
    rememberHint: 'Your ticks stay in this browser and are never sent anywhere. Untick to forget them.',
  },

  /** The contact page, the form, every error it can show (also in the API's JSON) and the thanks page. */
  contact: {
    /** The `/contact/` page around the form. */
    page: {
      title: 'Request a consultation',
      /** The title when the form is shown again with problems to fix. */
      titleWithErrors: 'Please check your request – Request a consultation',
      description: 'Ask for a free, no-pressure consultation. We reply within two business days.',
      heading: 'Request a consultation',
      /** The opening paragraph; `counselor` is the name of the counselor asked for, if any. */
      intro: (counselor?: string) =>
        `Tell us how to reach you and we will get back to you within two business days to find a time for a free, no-pressure consultation${counselor ? ` with ${counselor}` : ''}. You only need a name and one way to reply.`,
      /** "You can also reach {practice} directly at {phone} or by email at {email}." in pieces around the links. */
      reachDirectly: (practice: string) => `You can also reach ${practice} directly`,
      atPhone: 'at',
      or: 'or',
      byEmail: 'by email at',
    },

    /** The notice on the contact and thanks pages. */
    emergency: {
      heading: 'This form is not for emergencies',
      /** Its heading on the thanks page. */
      headingAfter: 'If you need help before we reply',
      officeHours: 'We read requests during office hours only.',
    },

    /** The form's labels, hints and buttons. */
    form: {
      labels: {
        name: 'Your name',
        email: 'Email address',
        phone: 'Phone number',
        preferredContact: 'How should we reach you?',
        counselor: 'Counselor',
        from: 'Article',
        message: 'Anything you would like us to know first',
        okToLeaveMessage: 'It is OK to leave a message',
        consent: 'Privacy agreement',
        body: 'Form',
      },
      replyLegend: 'How can we reply?',
      replyHint: 'Give an email address, a phone number, or both.',
      /** The ways to answer, as the radio buttons name them. */
      preferred: { email: 'Email', phone: 'Phone call', text: 'Text message' },
      okToLeaveHint: "A voicemail or text would only say the practice's name and ask you to call back.",
      optional: '(optional)',
      noPreference: 'No preference',
      messageHint: `For example, times that suit you or questions about fees. Please do not include health details or what you would like help with; we will talk about that together, privately. Up to ${MESSAGE_MAX} characters.`,
      /** "I agree ... as the {privacy notice} describes." in pieces around the link (the last with its own space). */
      consentBefore: 'I agree that the practice stores this request to answer it, as the',
      consentLink: 'privacy notice',
      consentAfter: ' describes.',
      /** The honeypot's label (only bots see it). */
      honeypot: 'Leave this field empty',
      submit: 'Send request',
      /** The error summary's heading for one problem, and for several (`{count}` is replaced). */
      checkOne: 'Please check one thing',
      checkMany: 'Please check {count} things',
      rateLimitedHeading: 'We have received several requests from this connection',
      rateLimitedWait: (minutes: number) =>
        `Please wait about ${minutes} minutes before sending another, or call us instead.`,
    },

    /**
     * Each field's messages, shown beside the field, in the summary and in the API's JSON. Plain strings: the page
     * hands them to the form's script as they are.
     */
    errors: {
      nameRequired: 'Enter your name.',
      nameTooLong: `Keep your name to ${NAME_MAX} characters or fewer.`,
      nameLineBreak: 'Your name has a line break in it. Please type it on one line.',
      nameHidden:
        'Your name has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      emailInvalid: 'Enter an email address like name@example.com.',
      emailTooLong: `Enter an email address of ${EMAIL_MAX} characters or fewer.`,
      emailLineBreak: 'Your email address has a line break in it. Please type it on one line.',
      emailHidden:
        'Your email address has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      phoneRequired: 'Enter a phone number.',
      phoneTooLong: `Enter a phone number of ${PHONE_MAX} characters or fewer.`,
      phoneInvalid: 'Enter a phone number with at least 7 digits, like 555 123 4567.',
      phoneLineBreak: 'Your phone number has a line break in it. Please type it on one line.',
      phoneHidden:
        'Your phone number has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      preferredInvalid: 'Choose email, phone call or text message.',
      counselorInvalid: 'Choose a counselor from the list.',
      counselorLineBreak: 'The counselor you chose has a line break in it. Please type it on one line.',
      counselorHidden:
        'The counselor you chose has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      fromInvalid: 'This link is not valid.',
      messageText: 'Enter text here.',
      messageTooLong: `Keep your message to ${MESSAGE_MAX} characters or fewer.`,
      messageControl: 'Remove the special characters from your message.',
      okToLeaveInvalid: 'Tick the box or leave it empty.',
      consentRequired: 'Tick the box to agree, so we can store your request.',
      replyNeeded: 'Give an email address or a phone number so we can reply.',
      emailForPreferred: 'Add your email address, or choose phone.',
      phoneForPreferred: 'Add your phone number, or choose email.',
    },

    /** What `POST /api/contact` answers besides field messages (docs/http.md). */
    api: {
      crossSite: 'Requests from other sites are not accepted.',
      unsupportedType: 'Send application/json or application/x-www-form-urlencoded.',
      rateLimited: 'Too many requests from this connection; try again later.',
      tooLarge: 'The request is larger than 16 KiB.',
      tooLargeForm: 'The form was larger than 16 KiB. Please shorten your message and send it again.',
      cutOff: 'The request body was cut off.',
      notUtf8: 'The request body is not valid UTF-8 text.',
      notJson: 'The request body is not valid JSON.',
      notObject: 'The request body must be a JSON object.',
      emptyForm: 'The form arrived empty.',
      /** A `language` the site is not published in. */
      unknownLanguage: (value: string) => `Unknown language ${JSON.stringify(value)}: send "en" or "es".`,
      unavailable: 'We could not save your request just now. Please try again in a minute.',
    },

    /** The `/contact/thanks/` page. */
    thanks: {
      title: 'Thank you – request received',
      heading: 'Thank you, we have your request',
      nextHeading: 'What happens next',
      /** "Someone from {practice} will reply within **two business days** (...)" in pieces around the bold part. */
      replyBefore: (practice: string) => `Someone from ${practice} will reply within`,
      replyWithin: 'two business days',
      replyAfter: '(Monday to Friday), the way you asked us to.',
      consultation:
        'We will suggest a few times for a free consultation of about 15 minutes, by phone or video, where you can ask anything about working with us.',
      noCommitment:
        'There is no commitment: after the consultation, you decide whether and when to book a first session.',
      notHeard: 'Not heard from us after three business days? Call us at',
      home: 'Back to the home page',
    },
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
      /** The rest of the counselor page (src/components/pages/CounselorPage.astro). */
      description: (name: string, practice: string) => `${name} is a counselor at ${practice}.`,
      /** The job title in the page's structured data (schema.org `jobTitle`). */
      jobTitle: 'Counselor',
      about: (firstName: string) => `About ${firstName}`,
      specialties: 'Specialties',
      workingWith: (name: string) => `Working with ${name}`,
      consultationTitle: 'Free consultation',
      consultationBody: 'A short, no-pressure conversation to see whether you would work well together.',
      consult: (name: string) => `Request a free consultation with ${name}`,
      fees: 'Fees',
      insurance: 'Insurance',
      noInsurance: 'No insurance plans listed. Ask us about payment options.',
      articlesBy: (name: string) => `Articles by ${name}`,
    },
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    title: 'Help me choose a counselor',
    /** Plain-text answers to a posted form the server cannot read (src/server/choose/read-answers.ts). */
    refused: {
      crossSite: 'Requests from other sites are not accepted.',
      type: 'Send the form from the "Help me choose" page.',
      tooLarge: 'The form was larger than 16 KiB.',
      incomplete: 'The form arrived incomplete.',
      encoding: 'The form was not valid UTF-8.',
    },
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
  },
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
