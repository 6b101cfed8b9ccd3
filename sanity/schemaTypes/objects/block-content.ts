import { defineArrayMember, defineField, defineType } from 'sanity';
import { linkProblem } from '../rules/index.ts';
import { bodyImageMember } from './image-with-alt.ts';

/** A link annotation whose address must be one the site renders as a link. */
const linkAnnotation = defineArrayMember({
  name: 'link',
  type: 'object',
  title: 'Link',
  fields: [
    defineField({
      name: 'href',
      type: 'string',
      title: 'Address',
      description:
        'A web address (https://…), an email (mailto:…), a phone number (tel:… or sms:…) or a page on this site (/articles/…).',
      validation: (rule) => rule.custom((href) => linkProblem(href) ?? true),
    }),
  ],
});

/** The text block used everywhere: paragraphs, subheadings, lists, bold, italics and links. */
const textBlock = (headings: boolean) =>
  defineArrayMember({
    type: 'block',
    styles: headings
      ? [
          { title: 'Paragraph', value: 'normal' },
          { title: 'Heading', value: 'h2' },
          { title: 'Subheading', value: 'h3' },
          { title: 'Minor heading', value: 'h4' },
          { title: 'Quote', value: 'blockquote' },
        ]
      : [{ title: 'Paragraph', value: 'normal' }],
    lists: [
      { title: 'Bullets', value: 'bullet' },
      { title: 'Numbered', value: 'number' },
    ],
    marks: {
      decorators: [
        { title: 'Bold', value: 'strong' },
        { title: 'Italic', value: 'em' },
      ],
      annotations: [linkAnnotation],
    },
  });

/** Rich text for short passages (counselor bios, callouts): paragraphs, lists and links, no headings. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Simple rich text',
  type: 'array',
  description: 'Paragraphs, lists, bold, italics and links.',
  of: [textBlock(false)],
});

/** An article's body: rich text plus images, callouts, the fit checklist and a consultation invitation. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Article body',
  type: 'array',
  description: 'The article itself. Use headings to break it into short sections.',
  of: [
    textBlock(true),
    bodyImageMember,
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'checklistEmbed' }),
    defineArrayMember({ type: 'consultationCta' }),
  ],
});
