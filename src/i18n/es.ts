import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, PHONE_MAX } from '../lib/contact/limits.ts';
import type { Messages } from './en.ts';

/** Every string of the interface in Spanish; see `en.ts` for the layout. */
export const es: Messages = {
  languageName: 'Español',

  /** The page frame: skip link, header, menu, language switch, crisis bar, footer, 404 and privacy pages. */
  site: {
    locale: 'es-US',
    ogLocale: 'es_US',
    skipLink: 'Saltar al contenido principal',
    nav: {
      label: 'Principal',
      articles: 'Artículos',
      topics: 'Temas',
      counselors: 'Consejeros',
      search: 'Buscar',
      contact: 'Contacto',
    },
    menu: 'Menú',
    crisis: {
      label: 'Ayuda en crisis',
      summary: '¿En crisis?',
      getHelp: 'Busca ayuda ahora',
    },
    languageSwitch: {
      untranslated: (section: string) => `Aún no está en español: ir a ${section}`,
    },
    sections: {
      home: 'la página de inicio',
      articles: 'los artículos',
      topics: 'los temas',
      counselors: 'los consejeros',
    },
    footer: {
      label: 'Pie de página',
      privacy: 'Privacidad',
      rss: 'Canal RSS',
      copyright: (year: number, practice: string) => `© ${year} ${practice}`,
    },
    rss: {
      title: (practice: string) => `${practice}: artículos`,
      description: (practice: string) => `Artículos de ${practice}.`,
    },
    moved: {
      title: 'Esta página se mudó',
      body: 'Ahora está en',
    },
    notFound: {
      title: 'No encontramos la página',
      eyebrow: 'Error 404',
      heading: 'No encontramos esa página',
      lede: 'Puede que se haya movido o que nunca haya existido. Quizás esto te ayude a encontrar lo que buscabas:',
      searchLabel: 'Buscar en el sitio',
      searchField: 'Buscar artículos',
      searchPlaceholder: '¿Qué estás buscando?',
      searchButton: 'Buscar',
      home: 'Página de inicio',
      articles: 'Todos los artículos',
      counselors: 'Nuestros consejeros',
      topics: 'Temas',
    },
    privacy: {
      title: 'Privacidad',
      description: (practice: string) =>
        `Qué guarda el sitio web de ${practice}, por cuánto tiempo y quién puede verlo.`,
      lede: 'Leer sobre salud mental es algo privado. Este sitio está hecho para que tu lectura deje el menor rastro posible.',
      readingHeading: 'Mientras lees',
      reading: [
        'Sin cookies, sin analíticas, sin publicidad ni píxeles de seguimiento.',
        'Todas las páginas, imágenes, fuentes y scripts salen de este mismo sitio. Tu navegador no se conecta con ninguna otra empresa mientras lees aquí, así que nadie más sabe qué artículos abres.',
        'Nuestro servidor anota un registro técnico breve de cada visita (la dirección de la página sin nada de lo que escribiste, la hora y si funcionó) para mantener el sitio en marcha. No guarda lo que buscas ni lo que escribes en formularios.',
        'La búsqueda funciona dentro de tu navegador, con un índice que se descarga de este sitio. Las palabras que buscas solo llegan a nuestro servidor como parte de la dirección de la página, que nunca se registra, y no van a ningún otro lugar.',
      ],
      checklistHeading: 'La lista para saber si encajamos',
      checklist:
        'Lo que marques se queda en tu navegador. Solo se recuerda si eliges «Recordar en este dispositivo», y únicamente en ese dispositivo, hasta que lo borres. Nunca nos llega.',
      contactHeading: 'Cuando pides una consulta',
      contact:
        'El formulario de contacto nos envía lo que escribes: tu nombre, cómo localizarte (correo o teléfono), cómo prefieres que te contactemos, si podemos dejarte un mensaje y, si quieres, el consejero con quien te gustaría hablar, el artículo desde el que llegaste y una nota breve. Por favor, no incluyas detalles de salud; eso lo hablarás en persona con un consejero.',
      retention: (days: number) =>
        `Guardamos las solicitudes de contacto durante ${days} días y después se borran solas. Si nos lo pides, el personal las borra antes.`,
      access: (practice: string) =>
        `Solo el personal de ${practice} que organiza las consultas puede ver las solicitudes. No las vendemos ni las compartimos. Para evitar envíos repetidos guardamos, como máximo un día, un código cifrado que sale de tu dirección de red, nunca la dirección en sí.`,
      choicesHeading: 'Tus opciones',
      choices:
        'Puedes preguntarnos en cualquier momento qué datos tenemos sobre ti, pedir que los corrijamos o que los borremos.',
      email: 'Correo:',
      phone: 'Teléfono:',
      emergencyHeading: 'No es para emergencias',
    },
  },

  /** Home, article lists, article pages, topics: dates, reading time, counts, pagination, closing invitation. */
  reader: {
    minutesToRead: (minutes: string) => `${minutes} min de lectura`,
    articleCount: (count: number, formatted: string) =>
      count === 1 ? '1 artículo' : `${formatted} artículos`,
    pageOf: (page: string, total: string) => `Página ${page} de ${total}`,
    pagination: {
      label: 'Páginas',
      newer: 'Más recientes',
      older: 'Anteriores',
      page: (page: string) => `Página ${page}`,
    },
    home: {
      heading: 'Encontrar al consejero adecuado empieza por entender',
      lede: 'Artículos claros sobre la terapia y una forma sencilla de pedir una consulta gratuita.',
      readArticles: 'Lee los artículos',
      meetCounselors: 'Conoce a nuestros consejeros',
      featured: 'Para empezar',
      newest: 'El artículo más reciente',
      latest: 'Artículos recientes',
      allArticles: 'Todos los artículos',
      topics: 'Explora por tema',
      counselors: 'Nuestros consejeros',
      allCounselors: 'Todos los consejeros',
      consultation: 'Consulta gratuita',
    },
    articles: {
      title: 'Artículos',
      titlePage: (page: string, total: string) => `Artículos, página ${page} de ${total}`,
      description:
        'Artículos claros sobre la terapia, la salud mental y cómo encontrar al consejero adecuado.',
      lede: 'Lecturas claras sobre terapia y salud mental, escritas y revisadas por nuestros consejeros.',
      none: 'Todavía no hay artículos publicados.',
    },
    article: {
      breadcrumb: 'Artículos',
      home: 'Inicio',
      by: 'Por',
      reviewedBy: 'Revisión clínica de',
      reviewedOn: 'el',
      published: 'Publicado el',
      updated: 'Actualizado el',
      contentNote: 'Aviso sobre el contenido',
      toc: 'En esta página',
      sources: 'Fuentes',
      related: 'Para seguir leyendo',
      topicsLabel: 'Temas',
    },
    topics: {
      title: 'Temas',
      description: 'Explora los artículos por tema.',
      lede: 'Encuentra artículos sobre lo que te preocupa.',
      none: 'Todavía no hay temas.',
      eyebrow: 'Tema',
      topicTitlePage: (topic: string, page: string, total: string) => `${topic}, página ${page} de ${total}`,
      topicDescription: (topic: string) => `Artículos sobre ${topic.toLowerCase()}.`,
      empty: 'Todavía no hay nada aquí.',
      browseAll: 'Ver todos los artículos',
      all: 'Todos los temas',
    },
    callout: {
      info: 'Nota',
      tip: 'Consejo',
      warning: 'Atención',
      crisis: 'Si estás en crisis',
    },
    consultation: {
      heading: '¿Te preguntas si podríamos ayudarte?',
      body: 'Una consulta gratuita y sin compromiso es la oportunidad de hacer preguntas y ver cómo te sientes hablando con uno de nuestros consejeros.',
      button: 'Pide una consulta gratuita',
    },
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
    page: {
      title: 'Solicita una consulta',
      titleWithErrors: 'Revisa tu solicitud – Solicita una consulta',
      description: 'Pide una primera consulta gratuita y sin compromiso. Te respondemos en dos días hábiles.',
      heading: 'Solicita una consulta',
      intro: (counselor?: string) =>
        `Dinos cómo comunicarnos contigo y en un plazo de dos días hábiles te escribiremos para buscar un horario para una consulta gratuita y sin compromiso${counselor ? ` con ${counselor}` : ''}. Solo necesitamos tu nombre y una forma de responderte.`,
      reachDirectly: (practice: string) => `También puedes comunicarte directamente con ${practice}`,
      atPhone: 'al',
      or: 'o',
      byEmail: 'por correo electrónico a',
    },

    emergency: {
      heading: 'Este formulario no es para emergencias',
      headingAfter: 'Si necesitas ayuda antes de que te respondamos',
      officeHours: 'Leemos las solicitudes solo en horario de oficina.',
    },

    form: {
      labels: {
        name: 'Tu nombre',
        email: 'Correo electrónico',
        phone: 'Teléfono',
        preferredContact: '¿Cómo prefieres que te contactemos?',
        counselor: 'Terapeuta',
        from: 'Artículo',
        message: 'Algo que quieras contarnos antes',
        okToLeaveMessage: 'Pueden dejarme un mensaje',
        consent: 'Acuerdo de privacidad',
        body: 'Formulario',
      },
      replyLegend: '¿Cómo podemos responderte?',
      replyHint: 'Danos un correo electrónico, un teléfono o los dos.',
      preferred: { email: 'Correo electrónico', phone: 'Llamada', text: 'Mensaje de texto' },
      okToLeaveHint:
        'Un mensaje de voz o de texto solo diría el nombre de la consulta y te pediría que nos devuelvas la llamada.',
      optional: '(opcional)',
      noPreference: 'Sin preferencia',
      messageHint: `Por ejemplo, los horarios que te vienen bien o dudas sobre las tarifas. Por favor, no incluyas datos de salud ni el motivo por el que buscas ayuda: de eso hablaremos juntos, en privado. Hasta ${MESSAGE_MAX} caracteres.`,
      consentBefore: 'Acepto que la consulta guarde esta solicitud para responderla, como explica el',
      consentLink: 'aviso de privacidad',
      consentAfter: '.',
      honeypot: 'Deja este campo vacío',
      submit: 'Enviar solicitud',
      checkOne: 'Revisa un dato',
      checkMany: 'Revisa {count} datos',
      rateLimitedHeading: 'Hemos recibido varias solicitudes desde esta conexión',
      rateLimitedWait: (minutes: number) =>
        `Espera unos ${minutes} minutos antes de enviar otra, o llámanos si lo prefieres.`,
    },

    errors: {
      nameRequired: 'Escribe tu nombre.',
      nameTooLong: `Tu nombre puede tener como máximo ${NAME_MAX} caracteres.`,
      nameLineBreak: 'Tu nombre tiene un salto de línea. Escríbelo en una sola línea.',
      nameHidden:
        'Tu nombre tiene un carácter de formato oculto (por ejemplo, una marca de dirección del texto). Vuelve a escribirlo sin él.',
      emailInvalid: 'Escribe un correo electrónico como nombre@ejemplo.com.',
      emailTooLong: `El correo electrónico puede tener como máximo ${EMAIL_MAX} caracteres.`,
      emailLineBreak: 'Tu correo electrónico tiene un salto de línea. Escríbelo en una sola línea.',
      emailHidden:
        'Tu correo electrónico tiene un carácter de formato oculto (por ejemplo, una marca de dirección del texto). Vuelve a escribirlo sin él.',
      phoneRequired: 'Escribe un número de teléfono.',
      phoneTooLong: `El teléfono puede tener como máximo ${PHONE_MAX} caracteres.`,
      phoneInvalid: 'Escribe un teléfono de al menos 7 dígitos, como 555 123 4567.',
      phoneLineBreak: 'Tu teléfono tiene un salto de línea. Escríbelo en una sola línea.',
      phoneHidden:
        'Tu teléfono tiene un carácter de formato oculto (por ejemplo, una marca de dirección del texto). Vuelve a escribirlo sin él.',
      preferredInvalid: 'Elige correo electrónico, llamada o mensaje de texto.',
      counselorInvalid: 'Elige a alguien de la lista de terapeutas.',
      counselorLineBreak: 'El terapeuta elegido tiene un salto de línea. Elígelo de nuevo en la lista.',
      counselorHidden:
        'El terapeuta elegido tiene un carácter de formato oculto (por ejemplo, una marca de dirección del texto). Elígelo de nuevo en la lista.',
      fromInvalid: 'Este enlace no es válido.',
      messageText: 'Escribe aquí un texto.',
      messageTooLong: `Tu mensaje puede tener como máximo ${MESSAGE_MAX} caracteres.`,
      messageControl: 'Quita los caracteres especiales de tu mensaje.',
      okToLeaveInvalid: 'Marca la casilla o déjala vacía.',
      consentRequired: 'Marca la casilla para aceptar; sin eso no podemos guardar tu solicitud.',
      replyNeeded: 'Danos un correo electrónico o un teléfono para poder responderte.',
      emailForPreferred: 'Añade tu correo electrónico o elige el teléfono.',
      phoneForPreferred: 'Añade tu teléfono o elige el correo electrónico.',
    },

    api: {
      crossSite: 'No aceptamos solicitudes enviadas desde otros sitios.',
      unsupportedType: 'Envía application/json o application/x-www-form-urlencoded.',
      rateLimited: 'Demasiadas solicitudes desde esta conexión; inténtalo de nuevo más tarde.',
      tooLarge: 'La solicitud ocupa más de 16 KiB.',
      tooLargeForm: 'El formulario ocupaba más de 16 KiB. Acorta tu mensaje y vuelve a enviarlo.',
      cutOff: 'El cuerpo de la solicitud llegó cortado.',
      notUtf8: 'El cuerpo de la solicitud no es texto UTF-8 válido.',
      notJson: 'El cuerpo de la solicitud no es JSON válido.',
      notObject: 'El cuerpo de la solicitud debe ser un objeto JSON.',
      emptyForm: 'El formulario llegó vacío.',
      unknownLanguage: (value: string) => `Idioma desconocido ${JSON.stringify(value)}: envía "en" o "es".`,
      unavailable: 'No hemos podido guardar tu solicitud en este momento. Inténtalo de nuevo en un minuto.',
    },

    thanks: {
      title: 'Gracias – solicitud recibida',
      heading: 'Gracias, hemos recibido tu solicitud',
      nextHeading: 'Qué pasa ahora',
      replyBefore: (practice: string) => `Alguien de ${practice} te responderá en un plazo de`,
      replyWithin: 'dos días hábiles',
      replyAfter: '(de lunes a viernes), por la vía que elegiste.',
      consultation:
        'Te propondremos algunos horarios para una consulta gratuita de unos 15 minutos, por teléfono o videollamada, en la que puedes preguntarnos todo lo que quieras sobre cómo trabajamos.',
      noCommitment:
        'No hay ningún compromiso: después de la consulta, tú decides si quieres reservar una primera sesión y cuándo.',
      notHeard: '¿Han pasado tres días hábiles sin noticias nuestras? Llámanos al',
      home: 'Volver a la página de inicio',
    },
  },

  /** The counselor list, its filters and the counselor page. */
  counselors: {
    /** How they meet clients (values from sanity/schemaTypes/rules/counselor-facts.ts). */
    formats: { 'in-person': 'En persona', telehealth: 'En línea' },
    /** The ages they work with. */
    ages: { children: 'Niños', teens: 'Adolescentes', adults: 'Adultos', 'older-adults': 'Personas mayores' },
    /** Who they see together. */
    clientTypes: { individuals: 'Personas', couples: 'Parejas', families: 'Familias', groups: 'Grupos' },
    /** When they have sessions. */
    availability: {
      'weekday-daytime': 'Entre semana, de día',
      'weekday-evening': 'Entre semana, por la tarde',
      weekend: 'Fines de semana',
    },
    /** Names for language codes the browser's own list lacks (others come from Intl.DisplayNames). */
    languageNames: { ase: 'lengua de señas americana' },
    /** Paying without insurance. */
    selfPay: 'Pago por tu cuenta',
    slidingScale: 'Tarifa según ingresos',
    /** The list page and its filters (docs/counselor-finder.md). */
    finder: {
      title: 'Profesionales',
      heading: 'Nuestro equipo',
      description:
        'Conoce a nuestro equipo y encuentra a quien encaje contigo: con qué ayuda, seguro, modalidad, idioma y horarios.',
      lede: 'Sentirte a gusto con quien te acompaña importa más que casi cualquier otra cosa en la terapia. Filtra la lista según lo que necesitas y conócenos.',
      filtersHeading: 'Encuentra a quien encaje contigo',
      legends: {
        concern: 'Qué te trae por aquí',
        insurance: 'Cómo vas a pagar',
        format: 'Cómo quieres reunirte',
        language: 'Idioma',
        ages: 'Para quién son las sesiones',
        clientType: 'Quién viene a las sesiones',
        availability: 'Horarios que te vienen bien',
      },
      accepting: 'Acepta clientes nuevos',
      submit: 'Mostrar resultados',
      clear: 'Quitar filtros',
      empty: 'Todavía no hay perfiles.',
      text: {
        many: '{n} profesionales',
        one: '1 profesional',
        none: 'Nadie cumple todo esto a la vez',
        but: '{met}, pero no {missed}',
        or: ' ni ',
        full: 'Ahora mismo no acepta clientes nuevos',
      },
      noMatchHeading: 'Nadie de aquí cumple todo eso',
      noMatchBody:
        'No pasa nada. Estas personas son las que más se acercan; y en una consulta gratuita te ayudamos a encontrar a alguien que encaje contigo, aquí o en otro centro.',
      nearHeading: 'Lo más parecido',
      consultation: 'Pide una consulta gratuita',
    },
    /** The counselor page's facts box. */
    profile: {
      accepting: 'Acepta clientes nuevos',
      notAccepting: 'Ahora mismo no acepta clientes nuevos',
      worksWith: 'Trabaja con',
      sessions: 'Sesiones',
      formats: 'Cómo',
      languages: 'Idiomas',
      ages: 'Edades',
      clientTypes: 'Atiende a',
      availability: 'Cuándo',
      location: 'Dónde',
      payment: 'Pago',
      selfPayYes: 'Puedes pagar las sesiones por tu cuenta.',
      slidingScaleYes: 'Tarifa según ingresos: pagas menos si ganas menos.',
      jobTitle: 'Terapeuta',
      description: (name: string, practice: string) =>
        `${name} forma parte del equipo de consejería de ${practice}.`,
      about: (firstName: string) => `Conoce a ${firstName}`,
      specialties: 'Especialidades',
      workingWith: (name: string) => `Trabajar con ${name}`,
      consultationTitle: 'Consulta gratuita',
      consultationBody: 'Una conversación breve y sin compromiso para ver si trabajar juntos te conviene.',
      consult: (name: string) => `Pide una consulta gratuita con ${name}`,
      fees: 'Tarifas',
      insurance: 'Seguro médico',
      noInsurance: 'No hay planes de seguro en la lista. Pregúntanos por otras formas de pago.',
      articlesBy: (name: string) => `Artículos de ${name}`,
    },
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    title: 'Ayúdame a elegir terapeuta',
    refused: {
      crossSite: 'No aceptamos solicitudes desde otros sitios.',
      type: 'Envía el formulario desde la página «Ayúdame a elegir».',
      tooLarge: 'El formulario ocupaba más de 16 KiB.',
      incomplete: 'El formulario llegó incompleto.',
      encoding: 'El formulario no venía en UTF-8 válido.',
    },
    description:
      'Cinco preguntas breves, que puedes saltarte, para ver qué terapeutas de nuestro equipo encajan mejor contigo.',
    lede: 'Responde lo que quieras y salta el resto. Ordenamos a nuestro equipo según lo bien que encaja con tus respuestas.',
    privacy:
      'Tus respuestas se quedan en este navegador: mientras eliges no se envía ni se guarda nada, salvo que nos pidas recordarlas.',
    privacyNoScript:
      'Sin JavaScript, tus respuestas llegan una vez a nuestro servidor para ordenar la lista. No guardamos nada.',
    skipHint: 'Marca lo que encaje contigo o salta esta pregunta.',
    concern: '¿Qué te trae por aquí?',
    format: '¿Cómo prefieres que nos veamos?',
    insurance: '¿Cómo vas a pagar?',
    language: '¿En qué idioma quieres hablar?',
    availability: '¿Qué horarios te vienen bien?',
    payOptions: {
      'self-pay': 'Pago por mi cuenta',
      'sliding-scale': 'Tarifa según ingresos (más baja si vas justo de dinero)',
    },
    submit: 'Ver con quién encajo',
    startOver: 'Empezar de nuevo',
    remember: 'Recordar en este dispositivo',
    rememberHint: 'Tus respuestas se quedan en este navegador y nunca se envían. Desmárcalo para olvidarlas.',
    share: 'Compartir estos resultados',
    shared: 'La dirección de tu navegador ahora incluye tus respuestas: cópiala para compartirlas.',
    resultsHeading: 'Terapeutas, de más a menos afinidad',
    noAnswers:
      'Aún no has respondido nada, así que te mostramos a todo el equipo, primero quienes aceptan clientes nuevos.',
    summary: 'Hemos ordenado {count} terapeutas según tus respuestas. Quien más encaja: {name}.',
    nobodyAccepting:
      'Ahora mismo nadie de nuestro equipo acepta clientes nuevos. Una consulta gratuita puede ayudarte igualmente a encontrar a alguien, aquí o en otro lugar.',
    consult: 'Pedir una consulta gratuita con {name}',
    askAbout: 'Preguntar por {name}',
    consultPractice: 'Pedir una consulta gratuita',
    reasons: {
      concern: 'Trabaja con {}',
      format: 'Ofrece {}',
      insurance: 'Acepta {}',
      language: 'Sesiones en {}',
      availability: 'Atiende {}',
    },
    formatReasons: { 'in-person': 'sesiones presenciales', telehealth: 'sesiones por videollamada' },
    availabilityReasons: {
      'weekday-daytime': 'entre semana durante el día',
      'weekday-evening': 'entre semana por la tarde',
      weekend: 'los fines de semana',
    },
    ownReasons: { 'self-pay': 'Acepta pago particular', 'sliding-scale': 'Tiene tarifa según ingresos' },
    fit: {
      all: 'Encaja con todas tus respuestas',
      some: 'Encaja con {met} de tus {answered} respuestas',
      none: 'No encaja con ninguna de tus respuestas',
    },
  },
};
