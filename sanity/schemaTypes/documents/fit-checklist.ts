import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { LIMITS } from '../rules/index.ts';
import { languageField } from '../objects/language-field.ts';

/** A private checklist readers tick through to think about fit; nothing they tick is sent anywhere. */
export const fitChecklist = defineType({
  name: 'fitChecklist',
  title: 'Fit checklist',
  type: 'document',
  icon: CheckmarkCircleIcon,
  description:
    'A short list of statements readers can tick, with outcomes that depend on how many they tick. Place it in an article with the "Fit checklist" block.',
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Shown above the checklist, such as "Signs of a good fit".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'text',
      rows: 3,
      description: 'A sentence or two on how to use it. Mention that nothing ticked is saved or sent.',
    }),
    defineField({
      name: 'items',
      title: 'Statements',
      type: 'array',
      description: `Between ${LIMITS.checklistItemsMin} and ${LIMITS.checklistItemsMax} statements, each with a checkbox.`,
      of: [defineArrayMember({ type: 'checklistItem' })],
      validation: (rule) => rule.required().min(LIMITS.checklistItemsMin).max(LIMITS.checklistItemsMax),
    }),
    defineField({
      name: 'outcomes',
      title: 'Outcomes',
      type: 'array',
      description:
        'What readers see depending on how many statements they tick. The outcome with the highest threshold not above their count is shown.',
      of: [defineArrayMember({ type: 'checklistOutcome' })],
      validation: (rule) => [
        rule.required().min(1),
        rule
          .custom((outcomes, context) => {
            const items = (context.document?.['items'] as unknown[] | undefined)?.length ?? 0;
            const unreachable = (outcomes as { minChecked?: number }[] | undefined)?.find(
              (outcome) => (outcome.minChecked ?? 0) > items,
            );
            return unreachable
              ? `An outcome needs ${unreachable.minChecked} ticks, but there are only ${items} statements.`
              : true;
          })
          .warning(),
      ],
    }),
  ],
  preview: {
    select: { title: 'title', items: 'items' },
    prepare({ title, items }: { title?: string; items?: unknown[] }) {
      return { title: title ?? 'Checklist', subtitle: `${items?.length ?? 0} statements` };
    },
  },
});
