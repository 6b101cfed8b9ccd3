import { UserIcon } from '@sanity/icons/User';
import { type ArrayRule, defineArrayMember, defineField, defineType } from 'sanity';
import {
  AGES_SERVED,
  AVAILABILITY,
  CLIENT_TYPES,
  languageTagProblem,
  SESSION_FORMATS,
  slugProblem,
} from '../rules/index.ts';
import { imageWithAltField } from '../objects/image-with-alt.ts';
import { isUniqueSlug } from '../unique-slug.ts';
import { languageField } from '../objects/language-field.ts';
import { counselorField, requiredOnEnglish } from '../translations.ts';

/** Studio labels for the fixed lists (the values are in sanity/schemaTypes/rules/counselor-facts.ts). */
const LABELS: Record<string, string> = {
  'in-person': 'In person',
  telehealth: 'Telehealth (video or phone)',
  children: 'Children (under 13)',
  teens: 'Teens (13–17)',
  adults: 'Adults',
  'older-adults': 'Older adults (65+)',
  individuals: 'Individuals',
  couples: 'Couples',
  families: 'Families',
  groups: 'Groups',
  'weekday-daytime': 'Weekday daytime',
  'weekday-evening': 'Weekday evenings',
  weekend: 'Weekends',
};

/** A multiple choice from a fixed list, shown as checkboxes. */
function choices(values: readonly string[]) {
  return {
    of: [defineArrayMember({ type: 'string' })],
    options: { list: values.map((value) => ({ title: LABELS[value] ?? value, value })) },
    validation: (rule: ArrayRule<unknown[]>) => rule.unique(),
  };
}

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
    { name: 'finder', title: 'Who and how they see' },
  ],
  fields: [
    // A translation holds the text (bio, specialties, pronouns, location); the facts (COUNSELOR_FACT_FIELDS) stay
    // on the English document, hidden here on a translation.
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
        name: 'topics',
        title: 'Concerns they work with',
        type: 'array',
        group: 'finder',
        description:
          'The practice\'s topics this counselor works with. Readers filter counselors by these on /counselors/; "Specialties" stays the words shown on the profile.',
        of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
        validation: (rule) => rule.unique(),
      }),
      defineField({
        name: 'sessionFormats',
        title: 'Session formats',
        type: 'array',
        group: 'finder',
        description: 'How they meet clients.',
        ...choices(SESSION_FORMATS),
      }),
      defineField({
        name: 'languages',
        title: 'Languages',
        type: 'array',
        group: 'finder',
        description:
          'Languages they hold sessions in, as language codes: "en" English, "es" Spanish, "ase" American Sign Language, "vi" Vietnamese, and so on.',
        of: [
          defineArrayMember({
            type: 'string',
            validation: (rule) => rule.custom((value) => languageTagProblem(value) ?? true),
          }),
        ],
        options: { layout: 'tags' },
        validation: (rule) => rule.unique(),
      }),
      defineField({
        name: 'agesServed',
        title: 'Ages they work with',
        type: 'array',
        group: 'finder',
        ...choices(AGES_SERVED),
      }),
      defineField({
        name: 'clientTypes',
        title: 'Who they see',
        type: 'array',
        group: 'finder',
        description: 'Who can come to a session together.',
        ...choices(CLIENT_TYPES),
      }),
      defineField({
        name: 'availability',
        title: 'When they have sessions',
        type: 'array',
        group: 'finder',
        ...choices(AVAILABILITY),
      }),
      defineField({
        name: 'location',
        title: 'Where',
        type: 'string',
        group: 'finder',
        description: 'Where in-person sessions happen, in a few words, such as "Maple Grove office".',
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
        name: 'selfPay',
        title: 'Takes clients paying for themselves',
        type: 'boolean',
        group: 'practical',
        description: 'Turn on if people can pay the fee themselves, without insurance.',
      }),
      defineField({
        name: 'slidingScale',
        title: 'Offers a sliding scale',
        type: 'boolean',
        group: 'practical',
        description: 'Turn on if they lower the fee for people with lower incomes.',
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
