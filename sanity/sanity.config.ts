import { documentInternationalization } from '@sanity/document-internationalization';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { dataset, projectId } from './env.ts';
import { schemaTypes, singletonTypes } from './schemaTypes/index.ts';
import { CONTENT_LANGUAGES, SITE_SETTINGS_IDS } from './schemaTypes/rules/languages.ts';
import { structure } from './structure.ts';

const singletonNames = new Set<string>(singletonTypes.map((type) => type.name));
// A singleton can be edited and published, never created a second time, duplicated or deleted.
const singletonActions = new Set(['publish', 'discardChanges', 'restore']);
// Each language's site settings start with their language set (structure.ts opens them by id).
const settingsTemplates = CONTENT_LANGUAGES.map(({ id, title }) => ({
  id: SITE_SETTINGS_IDS[id],
  title: `Site settings (${title})`,
  schemaType: 'siteSettings',
  value: { language: id },
}));
const settingsTemplateIds = new Set(settingsTemplates.map(({ id }) => id));

export default defineConfig({
  name: 'default',
  title: 'Abide Counseling',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    // Document-level translations: a Translations menu on each document creates and links the other language's
    // document (joined by translation.metadata documents). Site settings are translated as two singletons instead
    // (siteSettings, siteSettings-es), which the plugin's generated ids could not give; see docs/content-model.md.
    documentInternationalization({
      supportedLanguages: CONTENT_LANGUAGES.map(({ id, title }) => ({ id, title })),
      schemaTypes: ['article', 'topic', 'counselor', 'fitChecklist'],
      languageField: 'language',
    }),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      ...templates.filter(({ schemaType }) => !singletonNames.has(schemaType)),
      ...settingsTemplates,
    ],
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletonNames.has(schemaType)
        ? actions.filter(({ action }) => action && singletonActions.has(action))
        : actions,
    newDocumentOptions: (options, { creationContext }) =>
      creationContext.type === 'global'
        ? options.filter(
            ({ templateId }) => !singletonNames.has(templateId) && !settingsTemplateIds.has(templateId),
          )
        : options,
  },
});
