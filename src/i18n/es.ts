import type { Messages } from './en.ts';

/** Every string of the interface in Spanish; see `en.ts` for the layout. */
export const es: Messages = {
  languageName: 'Español',

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
    title: 'Buscar',
    description: 'Busca entre los artículos y los perfiles de nuestros consejeros.',
    headerLabel: 'Buscar artículos',
    button: 'Buscar',
    needsScript: 'La búsqueda necesita JavaScript, y este navegador lo tiene desactivado.',
    byTopic: 'Aun así, puedes llegar a cada artículo por su tema:',
    allTopics: 'Todos los temas',
    devNote:
      'El índice de búsqueda solo existe después de compilar el sitio: ejecuta {build} y luego {start} para probarla.',
    fieldLabel: 'Buscar artículos y consejeros',
    hint: 'Los resultados aparecen mientras escribes. Con Ctrl+K (⌘K en Mac) vuelves a este campo.',
    filters: 'Filtros',
    show: 'Mostrar',
    everything: 'Todo',
    articles: 'Artículos',
    counselors: 'Consejeros',
    topics: 'Temas',
    showingResultsFor: 'Mostramos resultados de {words}.',
    searchTypedInstead: 'Buscar {typed} tal como lo escribiste',
    more: 'Ver más resultados',
    nothingMatched: 'No encontramos nada. Puedes probar lo siguiente:',
    tryWords:
      'Revisa la ortografía o usa menos palabras, o más generales («preocupación» en vez de «preocuparme por las noches»).',
    tryBrowsing: 'Explora {topics} o {articles}, o conoce a {counselors}.',
    topicsLink: 'los temas',
    articlesLink: 'todos los artículos',
    counselorsLink: 'nuestros consejeros',
    clearFilters: 'Quitar los filtros',
    failed: 'La búsqueda no pudo cargarse en este momento. Aun así, puedes {link}.',
    browseByTopic: 'explorar por tema',
    island: {
      noResults: 'Ningún resultado',
      oneResult: '{count} resultado',
      manyResults: '{count} resultados',
      forWords: 'para «{words}»',
      inTopics: 'en {topics}',
      topicsJoin: ' o ',
      amongArticles: 'entre los artículos',
      amongCounselors: 'entre los consejeros',
      article: 'Artículo',
      counselor: 'Consejero',
      chosen: '({count} elegidos)',
      typed: '«{words}»',
    },
  },

  /** The fit checklist island's fixed text (its items and outcomes come from the checklist document). */
  checklist: {
    resultsHeading: 'Lo que pueden indicar tus respuestas',
    countThenRead: 'Cuenta las afirmaciones que marcaste y lee la línea que corresponde.',
    prompt: 'Marca las afirmaciones que sientas ciertas; aquí verás lo que pueden indicar.',
    count: '{ticked} de {total} marcadas',
    noResult: 'no corresponde ningún resultado en particular.',
    ticks: {
      whatever: 'Marques lo que marques',
      onlyItemUnticked: 'Si la dejaste sin marcar',
      onlyItemTicked: 'Si la marcaste',
      none: 'Si no marcaste ninguna',
      all: (total: number) => `Si marcaste las ${total}`,
      exactly: (count: number) => `Si marcaste exactamente ${count}`,
      orMore: (from: number) => `Si marcaste ${from} o más`,
      either: (from: number, to: number) => `Si marcaste ${from} o ${to}`,
      between: (from: number, to: number) => `Si marcaste entre ${from} y ${to}`,
    },
    startOver: 'Empezar de nuevo',
    remember: 'Recordar en este dispositivo',
    rememberHint:
      'Lo que marques se queda en este navegador y nunca se envía a ningún lado. Desmárcalo para borrarlo.',
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
