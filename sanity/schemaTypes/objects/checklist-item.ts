import { defineField, defineType } from 'sanity';

/** One statement in a fit checklist, shown with a checkbox. */
export const checklistItem = defineType({
  name: 'checklistItem',
  title: 'Checklist item',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Statement',
      type: 'string',
      description: 'Written in the reader\'s voice, such as "I feel listened to without judgment".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'detail',
      title: 'Explanation',
      type: 'text',
      rows: 2,
      description: 'Optional: a sentence on what this looks like in practice.',
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'detail' } },
});
