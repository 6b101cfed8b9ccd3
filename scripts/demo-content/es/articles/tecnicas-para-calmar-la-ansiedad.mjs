/** Grounding skills, in Spanish. */
export default {
  slug: 'tecnicas-para-calmar-la-ansiedad',
  translationOf: 'grounding-skills-for-anxious-moments',
  title: 'Cinco técnicas para volver al presente cuando te gana la ansiedad',
  excerpt:
    'Ejercicios sencillos para bajar las revoluciones en un momento de ansiedad, en casa, en el trabajo o en el autobús.',
  publishedAt: '2026-05-27T09:00:00.000Z',
  author: 'theo-marsh',
  reviewedBy: 'maya-lindqvist',
  reviewedAt: '2026-05-15',
  topics: ['ansiedad'],
  body: `
Cuando la ansiedad aprieta, la cabeza se va al futuro: ¿y si sale mal?, ¿y si pasa algo? Las técnicas de "anclaje" te ayudan a volver al aquí y ahora. No hacen desaparecer el problema, pero te dan un respiro para pensar con más claridad.

## 1. Cinco, cuatro, tres, dos, uno

Nombra cinco cosas que ves, cuatro que puedes tocar, tres que oyes, dos que hueles y una que saboreas. Así tu atención sale de los pensamientos y vuelve a los sentidos.

## 2. Respirar despacio

Inhala por la nariz contando hasta cuatro y suelta el aire por la boca contando hasta seis. Que la exhalación dure más que la inhalación le dice al cuerpo que puede relajarse. Repite unas cuantas veces.

## 3. Los pies en el suelo

Apoya bien los pies y nota el peso del cuerpo en la silla. Aprieta un poco los dedos de los pies y suéltalos. Es discreto y puedes hacerlo en cualquier sitio.

## 4. Agua fría

Mojarte las muñecas o la cara con agua fría, o sostener algo frío en la mano, ayuda a cortar la subida de nervios.

## 5. Ponerle nombre

Di para tus adentros: "Esto es ansiedad. Es incómoda, pero pasará". Nombrar lo que sientes le quita parte de su fuerza.

:::tip
Practica estas técnicas cuando estés tranquilo. Así, en un mal momento, te saldrán casi solas.
:::

Si la ansiedad aparece muy a menudo, una terapeuta puede ayudarte a entender de dónde viene y a manejarla a la larga.
`,
};
