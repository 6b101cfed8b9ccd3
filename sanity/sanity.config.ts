import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { dataset, projectId } from './env.ts';
import { schemaTypes, singletonTypes } from './schemaTypes/index.ts';
import { structure } from './structure.ts';

const singletonNames = new Set<string>(singletonTypes.map((type) => type.name));
// A singleton can be edited and published, never created a second time, duplicated or deleted.
const singletonActions = new Set(['publish', 'discardChanges', 'restore']);

export default defineConfig({
  name: 'default',
  title: 'Abide Counseling',
  projectId,
  dataset,
  plugins: [structureTool({ structure })],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({ schemaType }) => !singletonNames.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletonNames.has(schemaType)
        ? actions.filter(({ action }) => action && singletonActions.has(action))
        : actions,
    newDocumentOptions: (options, { creationContext }) =>
      creationContext.type === 'global'
        ? options.filter(({ templateId }) => !singletonNames.has(templateId))
        : options,
  },
});
