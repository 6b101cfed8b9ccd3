/** What a first session is like, in Spanish. "Desahogarte" appears only on the Spanish site (the search tests use it). */
export default {
  slug: 'tu-primera-sesion-de-terapia',
  translationOf: 'what-to-expect-in-your-first-therapy-session',
  title: 'Tu primera sesión de terapia: qué esperar',
  excerpt:
    'Es normal llegar con nervios a la primera cita. Te contamos cómo suele ser, qué te van a preguntar y cómo prepararte sin agobiarte.',
  publishedAt: '2026-03-11T10:00:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'sam-ortega',
  reviewedAt: '2026-03-01',
  topics: ['empezar-terapia'],
  body: `
Pedir la primera cita ya es un paso grande. Es muy común llegar a esa sesión con un nudo en el estómago y sin saber muy bien qué decir. No te preocupes: nadie espera que llegues con un discurso preparado.

## Cómo suele ser la primera sesión

La primera cita se parece más a una conversación para conocerse que a un tratamiento. Tu terapeuta te preguntará qué te trae, cómo te afecta en el día a día y qué te gustaría que cambiara. También te hablará de cómo trabaja, de la confidencialidad y de sus límites, y de aspectos prácticos como la frecuencia de las sesiones y el pago.

Muchas personas aprovechan ese primer encuentro para desahogarse de lo que llevan tiempo guardando, y está bien. Si tú también necesitas desahogarte, adelante: para eso es ese espacio. Otras prefieren ir poco a poco. Las dos formas valen.

## Preguntas que pueden hacerte

- ¿Qué te ha llevado a buscar ayuda ahora?
- ¿Cómo duermes, comes y te concentras últimamente?
- ¿Con quién cuentas cuando lo pasas mal?
- ¿Has ido a terapia antes? ¿Qué te sirvió y qué no?

Puedes contestar lo que quieras y dejar para más adelante lo que todavía no te sientas lista o listo para contar.

## Cómo prepararte

:::tip
Anota en el celular dos o tres cosas que quieras mencionar. Si te bloqueas, puedes leerlas tal cual.
:::

También ayuda pensar qué te gustaría que fuera distinto dentro de unos meses. No tiene que ser una meta perfecta: "dormir mejor" o "discutir menos en casa" es un buen punto de partida.

## Después de la sesión

Es normal salir con cansancio, con alivio o con las dos cosas a la vez. Fíjate en cómo te sentiste con esa persona: si te escuchó, si te trató con respeto y si te explicó las cosas con claridad. Esa primera impresión dice mucho de la alianza que pueden construir.

::cta ¿Quieres dar el primer paso? | Pide una llamada gratuita de 15 minutos y te ayudamos a encontrar a alguien con quien empezar.
`,
};
