import { defineField, defineType } from 'sanity';
import { referenceUrlProblem } from '../rules/index.ts';

/** One work an article draws on, listed under "Sources" at its end. */
export const referenceSource = defineType({
  name: 'referenceSource',
  title: 'Source',
  type: 'object',
  fields: [
    defineField({
      name: 'citation',
      title: 'Citation',
      type: 'text',
      rows: 2,
      description:
        'The full citation as readers should see it: authors, year, title, journal or publisher, volume and pages.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      type: 'url',
      description: 'Optional. Where to read it, such as its DOI address (https://doi.org/…).',
      validation: (rule) => rule.custom((url) => referenceUrlProblem(url) ?? true),
    }),
  ],
  preview: { select: { title: 'citation', subtitle: 'url' } },
});
