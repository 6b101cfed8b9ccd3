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
    // keys of this part
  },
};
