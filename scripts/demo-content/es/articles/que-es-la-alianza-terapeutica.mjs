/** The flagship in Spanish: the therapeutic alliance, retold for Spanish-speaking readers. */
export default {
  slug: 'que-es-la-alianza-terapeutica',
  translationOf: 'what-is-the-therapeutic-alliance',
  title: '¿Qué es la alianza terapéutica?',
  excerpt:
    'El vínculo con tu terapeuta es una de las mejores pistas de que la terapia te va a ayudar. Te contamos qué es, por qué importa tanto y cómo saber si lo tienes.',
  publishedAt: '2026-09-22T09:00:00.000Z',
  updatedAt: '2026-10-20T14:30:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-10-18',
  topics: ['empezar-terapia'],
  featured: true,
  image: {
    art: 'alliance',
    palette: 'sage',
    alt: 'Dos círculos verdes que se superponen y comparten un centro más oscuro.',
  },
  references: [
    {
      citation:
        'Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance. Psychotherapy: Theory, Research & Practice, 16(3), 252–260.',
      url: 'https://doi.org/10.1037/h0085885',
    },
    {
      citation:
        'Flückiger, C., Del Re, A. C., Wampold, B. E., & Horvath, A. O. (2018). The alliance in adult psychotherapy: A meta-analytic synthesis. Psychotherapy, 55(4), 316–340.',
      url: 'https://doi.org/10.1037/pst0000172',
    },
  ],
  seo: {
    title: 'La alianza terapéutica: por qué la química cuenta en terapia',
    description:
      'Qué es la alianza terapéutica, por qué los estudios la ligan a los buenos resultados de la terapia y cómo saber si tu terapeuta y tú hacen buen equipo.',
  },
  body: `
Cuando pensamos en terapia, solemos imaginar una técnica: una forma de conversar, unos ejercicios, alguna hoja para llenar. Todo eso cuenta. Pero por debajo hay algo que pesa igual o más: la relación entre tú y la persona que te acompaña. En el mundo de la terapia se le llama **alianza terapéutica**.

## Qué es la alianza terapéutica

Es la relación de trabajo que se forma entre terapeuta y paciente. Se sostiene sobre tres pilares:

- **Confianza.** Te sientes con la seguridad suficiente para ser sincero, incluso con lo que cuesta decir en voz alta.
- **Trabajo en equipo.** Los dos están de acuerdo en hacia dónde quieren ir y en cómo llegar.
- **Vínculo.** Notas que tu terapeuta se interesa por ti y te entiende, cada semana un poco más.

No es una amistad. Tu terapeuta no te va a contar sus problemas y el tiempo de la sesión es para ti. Aun así, es una relación real entre dos personas, y puede ser de lo más valioso de todo el proceso.

## Lo que dice la investigación

Durante décadas se ha intentado averiguar qué hace que la terapia funcione. Se han comparado muchos enfoques para muchos tipos de dificultades, y un resultado aparece una y otra vez: **la solidez de la alianza es uno de los mejores predictores de cómo irá la terapia**, sea cual sea el método.

Dicho de otra forma: el método importa, pero la química también. Una terapeuta con experiencia y un método bien probado suelen ayudar más cuando hay buena sintonía. Y eso es una buena noticia, porque significa que tú tienes voz en cómo va tu terapia: puedes fijarte en cómo se siente la relación y hablar de ello.

## Por qué te importa a ti

Cuando la alianza es fuerte, se abren muchas puertas:

- **Te sientes en confianza.** Puedes hablar de lo que de verdad te pasa, no solo de lo fácil.
- **Avanzan juntos.** La terapia se vive como un trabajo compartido, no como algo que te hacen. Tú también decides en qué centrarse.
- **Aguantas cuando se pone cuesta arriba.** Cambiar puede incomodar. Una buena relación de trabajo ayuda a seguir en las semanas difíciles y a decir en voz alta cuando algo no te sirve.
- **Recuperas la esperanza.** Sentirte comprendido puede devolverte la idea de que el cambio es posible y de que tú puedes lograrlo.

## Señales de que hay buena química

No existe una prueba perfecta, pero hay señales que vale la pena buscar. Usa esta lista después de una llamada de consulta o de tus primeras sesiones. Es privada: lo que marques se queda en esta página.

::checklist checklist-good-fit-es

## Está bien buscar con calma

Mucha gente cree que tiene que quedarse con el primer terapeuta que conoce. No es así. Es normal, y sensato, hablar con más de una persona antes de decidir, igual que harías para encontrar un médico de familia de confianza.

Muchos terapeutas ofrecen una **llamada de consulta gratuita**, normalmente de unos 15 minutos. Sirve para hacer preguntas, contar qué buscas y ver cómo habla y escucha la otra persona. No hace falta que lo tengas todo claro antes de llamar.

:::tip
Algunas preguntas para esa llamada: ¿Cómo sueles trabajar con alguien en mi situación? ¿Cómo serían las primeras sesiones? ¿Cómo sabremos si la terapia está funcionando?
:::

## Cuando algo no encaja

A veces la química no aparece, incluso con una profesional muy preparada. Si algo no te cuadra, tienes opciones:

1. **Dilo.** Cuéntale a tu terapeuta qué no te está funcionando: el ritmo, el enfoque o algo que dijo. Muchos problemas se arreglan en cuanto se nombran, y hablarlo puede fortalecer la alianza.
2. **Date un poco de tiempo.** La confianza suele tardar unas cuantas sesiones en construirse. Sentirse algo incómodo al principio es muy común.
3. **Cambia si lo necesitas.** Si sigue sin sentirse bien, está bien buscar a otra persona. Un buen terapeuta no se lo tomará como algo personal: quiere que recibas ayuda, aunque sea con otra persona, y muchas veces puede recomendarte a alguien.

Decidas lo que decidas, que te fijes en la química ya es una buena señal: quiere decir que te tomas en serio lo que necesitas.

::cta ¿Buscas un terapeuta con quien te sientas a gusto? | Pide una llamada gratuita de 15 minutos. Te escuchamos, resolvemos tus dudas y te ayudamos a encontrar a alguien que encaje contigo.
`,
};
