import { article } from './documents/article.ts';
import { counselor } from './documents/counselor.ts';
import { fitChecklist } from './documents/fit-checklist.ts';
import { topic } from './documents/topic.ts';
import { blockContent, simpleBlockContent } from './objects/block-content.ts';
import { callout } from './objects/callout.ts';
import { checklistEmbed } from './objects/checklist-embed.ts';
import { checklistItem } from './objects/checklist-item.ts';
import { checklistOutcome } from './objects/checklist-outcome.ts';
import { consultationCta } from './objects/consultation-cta.ts';
import { consultationSettings } from './objects/consultation-settings.ts';
import { crisisLink } from './objects/crisis-link.ts';
import { referenceSource } from './objects/reference-source.ts';
import { seo } from './objects/seo.ts';
import { synonymGroup } from './objects/synonym-group.ts';
import { siteSettings } from './singletons/site-settings.ts';

/** Document types staff create and edit (listed in the Studio's sidebar). */
export const documentTypes = [article, counselor, topic, fitChecklist];

/** Types with exactly one document, whose `_id` equals the type name. */
export const singletonTypes = [siteSettings];

/** Every schema type of the content model, which every content source follows (docs/content-model.md). */
export const schemaTypes = [
  ...documentTypes,
  ...singletonTypes,
  blockContent,
  simpleBlockContent,
  callout,
  checklistEmbed,
  consultationCta,
  checklistItem,
  checklistOutcome,
  consultationSettings,
  crisisLink,
  referenceSource,
  seo,
  synonymGroup,
];
