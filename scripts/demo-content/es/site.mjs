// The demo practice in Spanish: its site settings, two topics, two counselors' pages and the fit checklist, written
// for Spanish-speaking readers rather than translated line by line. `translationOf` names the English document each
// one translates (build.mjs joins them with translation.metadata documents, as the Studio's plugin does).
// A counselor's translation holds only text: name, photo, fees and the other facts come from the English document.

/** The siteSettings-es singleton (phone, email, address, time zone and home picture are shared with English). */
export const siteSettingsEs = {
  title: 'Abide Counseling',
  description:
    'Abide Counseling es una pequeña consulta de terapia: artículos claros sobre salud emocional y una llamada gratis para encontrar al terapeuta que te encaje.',
  crisisMessage:
    '¿Estás en crisis o piensas en el suicidio? Llama al 988 y marca 2 para hablar en español con la Línea 988 de Prevención del Suicidio y Crisis, o escribe AYUDA al 988. Es gratis y atienden a cualquier hora. En una emergencia, llama al 911.',
  crisisLinks: [
    { label: 'Llamar al 988 (marca 2)', href: 'tel:988' },
    { label: 'Escribir AYUDA al 988', href: 'sms:988?body=AYUDA' },
    { label: 'Chat en 988lineadevida.org', href: 'https://988lineadevida.org/' },
    { label: 'Llamar al 911', href: 'tel:911' },
  ],
  consultation: {
    heading: '¿No sabes por dónde empezar?',
    body: 'Pide una llamada gratuita de 15 minutos. Cuéntanos un poco lo que buscas, pregunta lo que quieras y te ayudamos a dar con un terapeuta que te encaje. No cuesta nada y no te compromete a nada.',
    buttonLabel: 'Pedir una llamada gratuita',
  },
  disclaimer:
    'Nuestros artículos sirven para informarte; no diagnostican ni tratan nada, y no sustituyen la atención de un terapeuta o un médico que te conozca. Si estás en crisis, no esperes nuestra respuesta: llama al 988 y marca 2, o al 911.',
  searchSynonyms: [
    ['terapeuta', 'psicólogo', 'psicóloga', 'consejero', 'terapia'],
    ['costo', 'precio', 'tarifa', 'pagar'],
    ['internet', 'virtual', 'videollamada', 'telesalud'],
    ['ansiedad', 'nervios', 'angustia'],
  ],
};

/** Spanish topics, each the translation of an English one. */
export const topicsEs = [
  {
    slug: 'empezar-terapia',
    translationOf: 'starting-therapy',
    title: 'Empezar terapia',
    description:
      'Cómo es la terapia por dentro, cómo elegir a alguien con quien te sientas a gusto y qué esperar de la primera llamada y las primeras sesiones.',
  },
  {
    slug: 'ansiedad',
    translationOf: 'anxiety',
    title: 'Ansiedad y estrés',
    description:
      'Por qué aparecen la preocupación y el pánico, cómo se notan en el cuerpo y qué puedes hacer para sentirte más en calma, por tu cuenta y en terapia.',
  },
];

/** Spanish pages of two counselors: only their text (bio, specialties, pronouns). */
export const counselorsEs = [
  {
    translationOf: 'maya-lindqvist',
    pronouns: 'ella',
    bio: `Maya es consejera profesional con licencia y acompaña a adultos que viven con ansiedad, estrés o cambios importantes en su vida. Muchas de las personas que la buscan nunca han ido a terapia, así que suele empezar explicando con calma cómo funciona.

Sus sesiones son prácticas y cercanas. Se apoya en la terapia cognitivo-conductual y en la atención plena, y a menudo propone pequeños experimentos para probar entre una sesión y otra. Atiende en la consulta o en línea, por videollamada segura.

Maya es una consejera ficticia, creada para el sitio de demostración de Abide Counseling.`,
    specialties: ['Ansiedad', 'Estrés y agotamiento', 'Cambios de etapa', 'Primera vez en terapia'],
  },
  {
    translationOf: 'sam-ortega',
    pronouns: 'elle',
    bio: `Sam tiene licencia en trabajo social clínico. Acompaña a jóvenes desde los 16 años y a adultos que pasan por el desánimo, una pérdida o preguntas sobre su identidad. Ofrece un espacio afirmativo para personas LGBTQ+ y recibe con gusto a quienes han tenido malas experiencias con la terapia.

Sam mira el cuadro completo: el sueño, el dinero, el trabajo, la familia y la comunidad influyen en cómo nos sentimos. Las sesiones suelen combinar hablar las cosas con uno o dos pasos concretos para la semana. También atiende por videollamada.

Sam es una persona ficticia, creada para el sitio de demostración de Abide Counseling.`,
    specialties: ['Depresión', 'Duelo', 'Atención afirmativa LGBTQ+', 'Adultos jóvenes'],
  },
];

/** The fit checklist in Spanish, embedded in the Spanish flagship article. */
export const fitChecklistEs = {
  _id: 'checklist-good-fit-es',
  translationOf: 'checklist-good-fit',
  title: 'Señales de que hay buena química',
  intro:
    'Después de una llamada de consulta o de tus primeras sesiones, marca las frases que sientas verdaderas. Tus respuestas se quedan en tu navegador: no se envían a ningún sitio y solo se guardan en este dispositivo si tú lo eliges.',
  items: [
    {
      label: 'Me siento a gusto y con respeto.',
      detail: 'Puedes ser tal como eres, y tu terapeuta respeta tu tiempo, tu cultura y tus decisiones.',
    },
    {
      label: 'Siento que me escucha sin juzgarme.',
      detail: 'Puedes contar cosas difíciles o que te dan vergüenza sin sentir críticas ni indiferencia.',
    },
    {
      label: 'Mi terapeuta muestra interés de verdad por mi historia.',
      detail: 'Hace buenas preguntas y se acuerda de lo que es importante para ti.',
    },
    {
      label: 'Toma en serio mis metas y mis preocupaciones.',
      detail: 'Lo que tú quieres lograr marca el rumbo del trabajo que hacen juntos.',
    },
    {
      label: 'Entiendo cómo vamos a trabajar y lo decidimos entre los dos.',
      detail: 'Sabes más o menos cómo será el proceso y puedes preguntar o proponer cambios.',
    },
  ],
  outcomes: [
    {
      minChecked: 0,
      heading: 'Quizá todavía no es la persona indicada, y no pasa nada',
      body: 'La química importa y está bien seguir buscando. Prueba a decirle a tu terapeuta qué echas de menos, o habla con otra persona. Una llamada gratuita puede ayudarte a encontrar a alguien que te encaje mejor.',
      showConsultation: true,
    },
    {
      minChecked: 3,
      heading: 'Hay buenas señales',
      body: 'Varias piezas importantes ya están en su sitio. Piensa en lo que falta y plantéalo en la próxima sesión: a un buen terapeuta le alegra tener esa conversación.',
      showConsultation: false,
    },
    {
      minChecked: 5,
      heading: 'Suena a una relación de trabajo sólida',
      body: 'Te sientes en confianza, sientes que te escuchan y que formas parte del proceso. Es una base excelente para lo que viene. Sigue hablando con franqueza a medida que las cosas cambien.',
      showConsultation: false,
    },
  ],
};
