import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageWithAltField } from '../objects/image-with-alt.ts';
import { seoDescriptionAdvice, timeZoneProblem } from '../rules/index.ts';
import { languageField } from '../objects/language-field.ts';

/** The practice's name, contact details, crisis message and defaults. There is exactly one. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  description: 'Settings for the whole site. There is only one of these.',
  groups: [
    { name: 'practice', title: 'Practice', default: true },
    { name: 'safety', title: 'Crisis help' },
    { name: 'defaults', title: 'Defaults' },
    { name: 'search', title: 'Search' },
  ],
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Practice name',
      type: 'string',
      group: 'practice',
      description: "The practice's name, used as the site title.",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 2,
      group: 'practice',
      description:
        'A sentence describing the practice, used for search results when a page has none of its own.',
      validation: (rule) => rule.custom((value) => seoDescriptionAdvice(value) ?? true).warning(),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      group: 'practice',
      description: "The practice's phone number, shown in the footer and on the contact page.",
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'string',
      group: 'practice',
      description: "The practice's public email address.",
      validation: (rule) => rule.email(),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'text',
      rows: 3,
      group: 'practice',
      description: 'The office address, one line per row.',
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      group: 'practice',
      description:
        'Where the practice is, as a time zone name such as "America/Chicago". The staff inbox shows times in it; without one it shows UTC.',
      validation: (rule) => rule.custom((value) => timeZoneProblem(value) ?? true),
    }),
    imageWithAltField({
      name: 'heroImage',
      title: 'Home page image',
      group: 'practice',
      description:
        'Optional. A calm, wide picture shown beside the welcome on the home page (16:9 or wider works best).',
    }),
    defineField({
      name: 'crisisMessage',
      title: 'Crisis message',
      type: 'string',
      group: 'safety',
      description:
        'Shown at the top of every page. Say plainly where to turn in an emergency, for example the 988 Lifeline (call or text) or 911.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'crisisLinks',
      title: 'Crisis links',
      type: 'array',
      group: 'safety',
      description: 'Links shown with the crisis message: call, text or visit.',
      of: [defineArrayMember({ type: 'crisisLink' })],
    }),
    defineField({
      name: 'consultation',
      title: 'Consultation invitation',
      type: 'consultationSettings',
      group: 'defaults',
      description: 'The invitation to request a consultation that closes every article.',
    }),
    defineField({
      name: 'disclaimer',
      title: 'Disclaimer',
      type: 'text',
      rows: 3,
      group: 'defaults',
      description:
        'Shown with every article: the content is educational, not a substitute for care, and not for emergencies.',
    }),
    defineField({
      name: 'searchSynonyms',
      title: 'Search synonyms',
      type: 'array',
      group: 'search',
      description:
        'Groups of words readers use for the same thing. Site search treats the words in a group alike, so a reader who types "therapist" also finds articles that say "counselor". Takes effect with the next publish of the site.',
      of: [defineArrayMember({ type: 'synonymGroup' })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
});
