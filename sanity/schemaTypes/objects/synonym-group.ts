import { defineArrayMember, defineField, defineType } from 'sanity';

/** Words that mean the same to a reader searching the site, such as "therapist" and "counselor". */
export const synonymGroup = defineType({
  name: 'synonymGroup',
  title: 'Words that mean the same',
  type: 'object',
  fields: [
    defineField({
      name: 'terms',
      title: 'Words',
      type: 'array',
      description:
        'Two or more single words a reader might use for the same thing, for example therapist, counselor, therapy, counseling. A search for any of them also finds pages that use the others (listed after the exact matches).',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) =>
        rule
          .required()
          .min(2)
          .unique()
          .custom((terms) => {
            const bad = (terms ?? []).find(
              (term) => typeof term !== 'string' || !/^[\p{L}\p{N}'’-]+$/u.test(term.trim()),
            );
            return bad === undefined ? true : `"${String(bad)}" is not one word: use single words only.`;
          }),
    }),
  ],
  preview: {
    select: { terms: 'terms' },
    prepare: ({ terms }: { terms?: string[] }) => ({
      title: (terms ?? []).join(', ') || 'No words yet',
    }),
  },
});
