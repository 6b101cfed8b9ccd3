import { TagIcon } from '@sanity/icons/Tag';
import { defineField, defineType } from 'sanity';
import { slugProblem } from '../rules/index.ts';
import { isUniqueSlug } from '../unique-slug.ts';
import { languageField } from '../objects/language-field.ts';

/** A subject articles are grouped under, with its own page at /topics/<slug>/. */
export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  description:
    'A subject such as "Anxiety" or "Grief and loss". Each topic gets a page listing its articles.',
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: "The topic's name as readers see it.",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Page address',
      type: 'slug',
      description:
        'The end of the page address: /topics/<this>/. Click "Generate" to make it from the title.',
      options: { source: 'title', maxLength: 80, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom((slug) => slugProblem(slug) ?? true),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences introducing the topic on its page.',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
});
