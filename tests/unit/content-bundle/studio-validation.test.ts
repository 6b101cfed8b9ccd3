import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGroqServer, type GroqServer } from '../../support/groq-server.ts';
import {
  asImported,
  exportDir,
  exportDocs,
  root,
  studioImport,
  studioInstalled,
  studioSkipReason,
  type Doc,
} from './bundle.ts';

// Sanity's own validation (the same code the Studio and `sanity documents validate` run) over every bundled
// document, with the Studio's real schema. It needs the Studio's packages, which live in sanity/node_modules
// (CI installs them; the site itself never needs them), so without them this file skips and says why.

const installed = studioInstalled('the Studio validation tests');

interface Marker {
  level: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  path: (string | number)[];
}
interface ValidationModule {
  validateDocument: (options: {
    document: Doc;
    schema: unknown;
    client: unknown;
    getDocumentExists: (options: { id: string }) => Promise<boolean>;
  }) => Promise<{ status: string; markers: Marker[] }>;
}
interface SanityModule {
  /** Compiles schema types the way the Studio does: built-in types included, validation rules attached. */
  createSchema: (options: { name: string; types: unknown[] }) => unknown;
}

const suite = `the Studio's validation rules accept every bundled document${studioSkipReason(installed)}`;
describe.skipIf(!installed)(suite, () => {
  let server: GroqServer;
  let validation: ValidationModule;
  let schema: unknown;
  let client: unknown;
  const docs = exportDocs();
  const ids = new Set(docs.map((doc) => doc._id));

  beforeAll(async () => {
    server = await startGroqServer({ exportDir });
    validation = await studioImport<ValidationModule>('@sanity/validation');
    const { createSchema } = await studioImport<SanityModule>('sanity');
    const { schemaTypes } = (await import(
      /* @vite-ignore */ pathToFileURL(path.join(root, 'sanity/schemaTypes/index.ts')).href
    )) as { schemaTypes: unknown[] };
    schema = createSchema({ name: 'default', types: schemaTypes });
    // The real client, talking HTTP to a local GROQ server holding the bundled content (slug uniqueness).
    client = createClient({
      projectId: 'bundle',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: server.url,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only switch for a custom host
      useProjectHostname: false,
      useCdn: false,
    });
  }, 120_000);

  afterAll(async () => {
    await server.close();
  });

  const validate = (doc: Doc) =>
    validation.validateDocument({
      document: asImported(doc),
      schema,
      client,
      getDocumentExists: ({ id }) => Promise.resolve(ids.has(id) || id.startsWith('image-')),
    });

  // translation.metadata is the document-internationalization plugin's own type (sanity.config.ts adds it with the
  // plugin, not schemaTypes/); checkDataset in rules.test.ts checks those groups.
  const content = docs.filter((doc) => doc._type !== 'translation.metadata');
  test.each(content.map((doc) => [doc._id, doc] as const))(
    '%s has no errors or warnings',
    async (_id, doc) => {
      const result = await validate(doc);
      expect(result.markers.map((m) => `${m.level} at ${JSON.stringify(m.path)}: ${m.message}`)).toEqual([]);
      expect(result.status).toBe('passed');
    },
  );

  test('an over-long excerpt, missing alt text and a taken slug are errors; a long SEO title is a warning', async () => {
    const flagship = docs.find((doc) => doc._id === 'article-what-is-the-therapeutic-alliance');
    const other = docs.find((doc) => doc._id === 'article-sleep-and-mood');
    if (!flagship || !other) throw new Error('flagship or sleep article missing from the bundle');
    const broken: Doc = {
      ...structuredClone(other),
      _id: 'article-copy',
      slug: { _type: 'slug', current: 'what-is-the-therapeutic-alliance' },
      excerpt: 'x'.repeat(201),
      mainImage: { ...(other['mainImage'] as object), alt: '' },
      seo: { title: 'A search title that goes on and on well past what any search engine shows' },
    };
    const { markers } = await validate(broken);
    const at = (level: string) =>
      markers.filter((m) => m.level === level && m.code !== 'slug.not-unique').map((m) => m.path.join('.'));
    expect(at('error').sort()).toEqual(['excerpt', 'mainImage.alt']);
    expect(at('warning')).toEqual(['seo.title']);
    // The slug check asks the dataset (through the client) whether another article uses the slug. Outside the
    // Studio, Sanity also wraps object types in an unknown-field check at warning level, which carries the
    // slug rules along; its marker wins the de-duplication, so only the code is asserted here.
    expect(markers.filter((m) => m.code === 'slug.not-unique').map((m) => m.path.join('.'))).toEqual([
      'slug',
    ]);
    expect(server.requests.some((r) => r.query?.includes('slug.current == $slug'))).toBe(true);
  });
});
