import { UserIcon } from '@sanity/icons/User';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugProblem } from '../rules/index.ts';
import { imageWithAltField } from '../objects/image-with-alt.ts';
import { isUniqueSlug } from '../unique-slug.ts';
import { languageField } from '../objects/language-field.ts';
import { counselorField, requiredOnEnglish } from '../translations.ts';

/** A counselor at the practice, with a profile page at /counselors/<slug>/. */
export const counselor = defineType({
  name: 'counselor',
  title: 'Counselor',
  type: 'document',
  icon: UserIcon,
  description:
    "A counselor's public profile: who they are, what they help with, fees and insurance. The Spanish translation holds only the text; facts come from the English profile.",
  groups: [
    { name: 'profile', title: 'Profile', default: true },
    { name: 'practical', title: 'Fees and availability' },
  ],
  // A translation holds the text (bio, specialties, pronouns); the facts (COUNSELOR_FACT_FIELDS) stay on the
  // English document, hidden here on a translation.
  fields: [
    languageField(),
    ...[
      defineField({
        name: 'name',
        title: 'Name',
        type: 'string',
        group: 'profile',
        description: 'Full name as it should appear on the site.',
        validation: (rule) => rule.custom(requiredOnEnglish<string>()),
      }),
      defineField({
        name: 'slug',
        title: 'Page address',
        type: 'slug',
        group: 'profile',
        description:
          'The end of the profile\'s address: /counselors/<this>/. Click "Generate" to make it from the name.',
        options: { source: 'name', maxLength: 80, isUnique: isUniqueSlug },
        validation: (rule) =>
          rule.custom(requiredOnEnglish<{ current?: string }>((slug) => slugProblem(slug) ?? true)),
      }),
      defineField({
        name: 'credentials',
        title: 'Credentials',
        type: 'string',
        group: 'profile',
        description:
          'Licenses and degrees shown after the name, such as "LPC" or "PhD, Licensed Psychologist".',
      }),
      defineField({
        name: 'pronouns',
        title: 'Pronouns',
        type: 'string',
        group: 'profile',
        description: 'Optional, such as "she/her" or "they/them".',
      }),
      imageWithAltField({
        name: 'photo',
        title: 'Photo',
        group: 'profile',
        description: 'A friendly portrait. Square images work best; set the hotspot on the face.',
      }),
      defineField({
        name: 'bio',
        title: 'About',
        type: 'simpleBlockContent',
        group: 'profile',
        description:
          'A few short paragraphs in plain language: how they work and who they like working with.',
      }),
      defineField({
        name: 'specialties',
        title: 'Specialties',
        type: 'array',
        group: 'profile',
        description: 'What they help with most, one per entry, such as "Anxiety" or "Couples".',
        of: [defineArrayMember({ type: 'string' })],
        options: { layout: 'tags' },
      }),
      defineField({
        name: 'offersFreeConsultation',
        title: 'Offers a free consultation',
        type: 'boolean',
        group: 'practical',
        description: 'Turn on if people can request a free phone consultation with this counselor.',
        initialValue: false,
      }),
      defineField({
        name: 'acceptingNewClients',
        title: 'Accepting new clients',
        type: 'boolean',
        group: 'practical',
        description: 'Turn off when their schedule is full; the profile says so.',
        initialValue: true,
      }),
      defineField({
        name: 'fees',
        title: 'Fees',
        type: 'text',
        rows: 3,
        group: 'practical',
        description: 'Session fees in plain words, including any sliding scale.',
      }),
      defineField({
        name: 'insurance',
        title: 'Insurance accepted',
        type: 'array',
        group: 'practical',
        description: 'Insurance plans accepted, one per entry. Leave empty if they are out of network only.',
        of: [defineArrayMember({ type: 'string' })],
        options: { layout: 'tags' },
      }),
    ].map(counselorField),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials', media: 'photo' } },
});
