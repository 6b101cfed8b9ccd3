import { defineField, defineType } from 'sanity';
import { LIMITS, seoDescriptionAdvice, seoTitleAdvice } from '../rules/index.ts';

/** How a page appears in search results and link previews. */
export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  description: 'Optional. Without these, the title and excerpt are used.',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: `The title shown in search results, if it should differ from the page title. About ${LIMITS.seoTitleMin}–${LIMITS.seoTitleMax} characters.`,
      validation: (rule) => rule.custom((value) => seoTitleAdvice(value) ?? true).warning(),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: `The summary shown in search results. About ${LIMITS.seoDescriptionMin}–${LIMITS.seoDescriptionMax} characters.`,
      validation: (rule) => rule.custom((value) => seoDescriptionAdvice(value) ?? true).warning(),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Turn on to ask search engines not to list this page. It stays on the site.',
      initialValue: false,
    }),
  ],
});
