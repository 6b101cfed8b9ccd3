import { defineField, defineType } from 'sanity';
import { CALLOUT_TONES } from '../rules/index.ts';

const toneTitles: Record<(typeof CALLOUT_TONES)[number], string> = {
  info: 'Information',
  tip: 'Tip',
  warning: 'Caution',
  crisis: 'Crisis help',
};

/** A highlighted box inside an article: a tip, some background, a caution, or where to get help in a crisis. */
export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  description: 'A highlighted box that stands out from the text around it.',
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      description:
        'How the box looks and what it is for. Use "Crisis help" only for how to reach emergency or crisis services.',
      options: { list: CALLOUT_TONES.map((value) => ({ value, title: toneTitles[value] })), layout: 'radio' },
      initialValue: 'info',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'simpleBlockContent',
      description: 'What the box says. Keep it short: a sentence or two, or a short list.',
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {
    select: { tone: 'tone', body: 'body' },
    prepare({ tone, body }: { tone?: string; body?: { children?: { text?: string }[] }[] }) {
      const text = body?.[0]?.children?.map((child) => child.text ?? '').join('') ?? '';
      return { title: text || 'Empty callout', subtitle: `Callout: ${tone ?? 'info'}` };
    },
  },
});
