import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env.ts';

export default defineCliConfig({
  api: { projectId, dataset },
  // Staff get the Studio version pinned in package-lock.json, not one loaded from Sanity's CDN at runtime.
  deployment: { autoUpdates: false },
  typegen: {
    // The site's GROQ queries (written with defineQuery) and where their result types go.
    path: ['../src/**/*.ts'],
    schema: 'schema.json',
    generates: '../src/lib/sanity/sanity.types.ts',
  },
});
