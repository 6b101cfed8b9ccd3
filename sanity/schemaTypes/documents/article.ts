import { articleStatus } from '../rules/status.ts';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity';
import {
  excerptProblem,
  futureDateAdvice,
  LIMITS,
  readingLevelAdvice,
  reviewAdvice,
  slugProblem,
} from '../rules/index.ts';
import { imageWithAltField } from '../objects/image-with-alt.ts';
import { isUniqueSlug } from '../unique-slug.ts';
import { languageField } from '../objects/language-field.ts';
import { ENGLISH_COUNSELOR_FILTER, sameLanguageFilter } from '../translations.ts';

/** A plain-language article, published at /articles/<slug>/. */
export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  description: 'A plain-language article for people thinking about therapy or looking for help.',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'details', title: 'Dates, people and topics' },
    { name: 'seo', title: 'Search and sharing' },
  ],
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description: 'A clear title that says what readers will learn, ideally as they would ask it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Page address',
      type: 'slug',
      group: 'content',
      description:
        'The end of the article\'s address: /articles/<this>/. If you change it after publishing, add the old one to "Former addresses" so links keep working.',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom((slug) => slugProblem(slug) ?? true),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: `One or two sentences for listing cards and search results. At most ${LIMITS.excerptMax} characters.`,
      validation: (rule) => [rule.required(), rule.custom((value) => excerptProblem(value) ?? true)],
    }),
    defineField({
      name: 'contentNote',
      title: 'Content note',
      type: 'string',
      group: 'content',
      description:
        'Optional. A gentle heads-up about sensitive subjects (such as suicide or loss), shown above the article together with crisis resources.',
    }),
    imageWithAltField({
      name: 'mainImage',
      title: 'Main image',
      group: 'content',
      caption: true,
      description: 'Shown at the top of the article and on listing cards. Wide images (16:9) work best.',
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      description:
        'Write at about an eighth-grade reading level (in Spanish, a Fernández-Huerta ease of about 65): short sentences, everyday words, headings every few paragraphs.',
      validation: (rule) =>
        rule
          .custom((body, context) => readingLevelAdvice(body, context.document?.['language']) ?? true)
          .warning(),
    }),
    defineField({
      name: 'references',
      title: 'Sources',
      type: 'array',
      group: 'content',
      description:
        'Optional. The research and books the article draws on, listed under "Sources" at its end and given to search engines as its citations.',
      of: [defineArrayMember({ type: 'referenceSource' })],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'details',
      description: 'When the article goes live. A date in the future keeps it off the site until then.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => [
        rule.required(),
        rule.custom((value) => futureDateAdvice(value) ?? true).warning(),
      ],
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      type: 'datetime',
      group: 'details',
      description: 'Set when you make a meaningful change, so readers know the article is current.',
      validation: (rule) =>
        rule
          .custom((value, context) => {
            const published = context.document?.['publishedAt'];
            if (typeof value !== 'string' || typeof published !== 'string') return true;
            return Date.parse(value) >= Date.parse(published)
              ? true
              : 'The update date is before the publish date.';
          })
          .warning(),
    }),
    defineField({
      name: 'author',
      title: 'Written by',
      type: 'reference',
      group: 'details',
      to: [{ type: 'counselor' }],
      options: { filter: ENGLISH_COUNSELOR_FILTER },
      description: 'The counselor who wrote the article (optional).',
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Clinically reviewed by',
      type: 'reference',
      group: 'details',
      to: [{ type: 'counselor' }],
      options: { filter: ENGLISH_COUNSELOR_FILTER },
      description: 'The counselor who checked the article for accuracy; shown as a byline.',
      validation: (rule) =>
        rule
          .custom((value, context) => {
            const advice = reviewAdvice(value, context.document?.['reviewedAt']);
            return advice?.field === 'reviewedBy' ? advice.message : true;
          })
          .warning(),
    }),
    defineField({
      name: 'reviewedAt',
      title: 'Reviewed on',
      type: 'date',
      group: 'details',
      description: 'When the clinical review last happened. Review articles at least every two years.',
      validation: (rule) =>
        rule
          .custom((value, context) => {
            const advice = reviewAdvice(context.document?.['reviewedBy'], value);
            return advice?.field === 'reviewedAt' ? advice.message : true;
          })
          .warning(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'details',
      description: "The topics this article belongs to; it is listed on each topic's page.",
      // Topics in the article's own language (a Spanish article is listed on Spanish topic pages).
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'topic' }],
          options: { filter: sameLanguageFilter },
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'featured',
      title: 'Featured',
      type: 'boolean',
      group: 'details',
      description: 'Turn on to show the article prominently on the home page.',
      initialValue: false,
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Former addresses',
      type: 'array',
      group: 'seo',
      description:
        'Slugs this article used before. Visitors to /articles/<former>/ are sent to the current page.',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => rule.custom((value) => slugProblem({ current: value }) ?? true),
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      author: 'author.name',
      publishedAt: 'publishedAt',
      reviewedAt: 'reviewedAt',
      reviewer: 'reviewedBy.name',
      media: 'mainImage',
    },
    prepare({
      title,
      author,
      publishedAt,
      reviewedAt,
      reviewer,
      media,
    }: {
      title?: string;
      author?: string;
      publishedAt?: string;
      reviewedAt?: string;
      reviewer?: string;
      media?: PreviewValue['media'];
    }) {
      return {
        title: title ?? 'Untitled article',
        subtitle: [author ?? 'No author', articleStatus({ publishedAt, reviewedAt, reviewer })].join(' · '),
        media,
      };
    },
  },
});
