/** Understanding anxiety, in Spanish. */
export default {
  slug: 'entender-la-ansiedad',
  translationOf: 'understanding-anxiety',
  title: 'Entender la ansiedad',
  excerpt:
    'La ansiedad es una alarma que a veces suena de más. Qué pasa en el cuerpo, cuándo conviene pedir ayuda y qué suele funcionar.',
  publishedAt: '2025-11-19T09:00:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2025-11-10',
  topics: ['ansiedad'],
  body: `
Todos sentimos ansiedad alguna vez: antes de un examen, de una entrevista o de una conversación difícil. Es la manera que tiene el cuerpo de prepararse ante un peligro. El problema llega cuando esa alarma salta sin motivo claro, con demasiada fuerza o casi todos los días.

## Qué pasa en el cuerpo

Cuando el cerebro detecta una amenaza, acelera el corazón, tensa los músculos y hace que respires más rápido. Es útil si tienes que esquivar un carro, pero resulta agotador cuando la "amenaza" es un correo sin contestar. Por eso la ansiedad se nota tanto en el cuerpo: dolor de estómago, presión en el pecho, insomnio o la sensación de no poder quedarte quieto.

## Cuándo pedir ayuda

Vale la pena hablar con un profesional si la preocupación:

- te quita el sueño o las ganas de comer durante semanas;
- te hace evitar lugares, personas o tareas que antes hacías sin problema;
- aparece en forma de ataques de pánico que te asustan;
- te impide disfrutar de lo que te importa.

## Qué suele funcionar

La ansiedad tiene muy buen pronóstico con tratamiento. La terapia cognitivo-conductual ayuda a revisar los pensamientos que alimentan el miedo y a acercarte poco a poco a lo que evitas. Moverte, dormir con horarios regulares y reducir la cafeína también suman. Y hablarlo con alguien de confianza quita mucho peso.

:::crisis
Si sientes que no puedes más o piensas en hacerte daño, llama al 988 y marca 2 para hablar en español, o escribe AYUDA al 988. Atienden a cualquier hora.
:::
`,
};
