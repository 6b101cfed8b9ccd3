import { defineField, defineType } from 'sanity';

/** An invitation to request a free consultation, placed inside an article. */
export const consultationCta = defineType({
  name: 'consultationCta',
  title: 'Consultation call to action',
  type: 'object',
  description:
    'A box inviting readers to request a consultation, linking to the contact page. Leave the fields empty to use the wording from Site settings.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description:
        'A short, warm heading, such as "Want to talk it through?". Empty: the Site settings heading.',
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about what happens next. Empty: the Site settings text.',
    }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare({ heading }: { heading?: string }) {
      return {
        title: heading ?? 'Consultation call to action (site default)',
        subtitle: 'Consultation call to action',
      };
    },
  },
});
