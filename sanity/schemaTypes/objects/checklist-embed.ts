import { defineField, defineType } from 'sanity';
import { sameLanguageFilter } from '../translations.ts';

/** Places an interactive fit checklist inside an article. */
export const checklistEmbed = defineType({
  name: 'checklistEmbed',
  title: 'Fit checklist',
  type: 'object',
  description:
    'Shows a fit checklist readers can tick through privately; nothing they tick leaves their device.',
  fields: [
    defineField({
      name: 'checklist',
      title: 'Checklist',
      type: 'reference',
      to: [{ type: 'fitChecklist' }],
      // A checklist in the article's own language.
      options: { filter: sameLanguageFilter },
      description: 'Which checklist to show here.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'checklist.title' },
    prepare({ title }: { title?: string }) {
      return { title: title ?? 'Choose a checklist', subtitle: 'Fit checklist' };
    },
  },
});
