/** Grief has no timeline, in Spanish. */
export default {
  slug: 'el-duelo-no-tiene-calendario',
  translationOf: 'grief-has-no-timeline',
  title: 'El duelo no tiene calendario',
  excerpt:
    'No hay plazos para dejar de extrañar a alguien. Cómo suele vivirse el duelo, qué ayuda a sobrellevarlo y cuándo buscar acompañamiento.',
  publishedAt: '2025-10-09T09:00:00.000Z',
  author: 'ruth-abernathy',
  reviewedBy: 'sam-ortega',
  reviewedAt: '2025-10-01',
  topics: [],
  contentNote: 'Este artículo habla de la muerte de un ser querido.',
  body: `
Después de una pérdida, mucha gente escucha frases como "ya deberías estar mejor". Pero el duelo no sigue un calendario. Hay días buenos y días en que la ausencia pesa como el primero, y las dos cosas son normales.

## No hay una forma correcta de vivirlo

Hay quien llora mucho y quien casi no llora. Hay quien necesita hablar de la persona que se fue y quien prefiere mantenerse ocupado. También es común sentir rabia, culpa o incluso alivio, sobre todo tras una enfermedad larga. Ninguna de estas reacciones significa que quisieras menos a esa persona.

## Lo que suele ayudar

- **Darte permiso.** Permítete estar triste sin exigirte "superarlo" en una fecha.
- **Cuidar lo básico.** Comer, dormir y moverte un poco sostienen el cuerpo cuando el ánimo flaquea.
- **Recordar en compañía.** Compartir anécdotas, fotos o recetas de la persona querida mantiene vivo el vínculo.
- **Prepararte para las fechas difíciles.** Cumpleaños, aniversarios y fiestas pueden remover mucho; planear cómo pasarlos ayuda.

## Cuándo pedir ayuda

Busca apoyo profesional si, pasados los meses, el dolor no te deja funcionar en el día a día, si te aíslas de todo o si piensas que no vale la pena seguir. Una terapeuta especializada en duelo puede acompañarte a tu ritmo.

:::crisis
Si piensas en quitarte la vida, llama ahora al 988 y marca 2, o escribe AYUDA al 988. En una emergencia, llama al 911.
:::
`,
};
