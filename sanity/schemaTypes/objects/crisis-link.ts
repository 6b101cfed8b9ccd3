import { defineField, defineType } from 'sanity';
import { crisisHrefProblem } from '../rules/index.ts';

/** A way to reach crisis help, shown in the crisis bar on every page. */
export const crisisLink = defineType({
  name: 'crisisLink',
  title: 'Crisis link',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'What the link says, such as "Call 988" or "Text 988".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'href',
      title: 'Address',
      type: 'string',
      description: 'tel:988 to call, sms:988 to text, or a https:// page.',
      validation: (rule) => rule.custom((href) => crisisHrefProblem(href) ?? true),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
});
