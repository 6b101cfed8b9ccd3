import { defineField, defineType } from 'sanity';

/** What a reader sees after ticking at least a given number of items. */
export const checklistOutcome = defineType({
  name: 'checklistOutcome',
  title: 'Outcome',
  type: 'object',
  fields: [
    defineField({
      name: 'minChecked',
      title: 'Shown from this many ticks',
      type: 'number',
      description:
        'The outcome with the highest number that is not above the number of ticked items is shown. Use 0 for the message shown before (or without) any ticks.',
      validation: (rule) => rule.required().integer().min(0),
    }),
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'A short summary, such as "This sounds like a good fit".',
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'A few kind, practical sentences about what this could mean and what to do next.',
    }),
    defineField({
      name: 'showConsultation',
      title: 'Offer a consultation',
      type: 'boolean',
      description: 'Turn on to show the consultation invitation under this outcome.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { heading: 'heading', minChecked: 'minChecked' },
    prepare({ heading, minChecked }: { heading?: string; minChecked?: number }) {
      return { title: heading ?? 'Outcome', subtitle: `From ${minChecked ?? 0} ticked` };
    },
  },
});
