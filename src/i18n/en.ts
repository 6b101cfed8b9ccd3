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
