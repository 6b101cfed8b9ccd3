import { defineField, defineType } from 'sanity';

/** The default invitation to request a consultation, closing every article. */
export const consultationSettings = defineType({
  name: 'consultationSettings',
  title: 'Consultation invitation',
  type: 'object',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'For example "Not sure where to start?".',
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'One or two sentences on what a consultation is and that it is free.',
    }),
    defineField({
      name: 'buttonLabel',
      title: 'Button label',
      type: 'string',
      description: 'What the button says, such as "Request a free consultation".',
    }),
  ],
});
