import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, PHONE_MAX } from '../lib/contact/limits.ts';
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
    // keys of this part
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    // keys of this part
  },
};
