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
    },
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    title: 'Ayúdame a elegir terapeuta',
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
    accepting: 'Acepta clientes nuevos',
    notAccepting: 'Ahora no acepta clientes nuevos',
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
    refused: 'No aceptamos solicitudes desde otros sitios.',
    tooLarge: 'El formulario ocupaba más de 16 KiB.',
  },
};
