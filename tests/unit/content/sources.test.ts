import { mkdirSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@sanity/client';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CollectionName } from '../../../src/lib/sanity/loader.ts';
import { articlesQuery } from '../../../src/lib/sanity/queries.ts';
import { basicDocuments, basicExport, load, root } from '../../support/content-fixtures.ts';
import { startGroqServer, type GroqServer } from '../../support/groq-server.ts';

const collections: CollectionName[] = ['articles', 'topics', 'counselors', 'checklists', 'siteSettings'];

describe('the live API and a dataset export give the same site', () => {
  test.each(collections)('%s: normalized entries are identical from both sources', async (collection) => {
    const fromExport = await load('export', collection);
    const fromLive = await load('live', collection);
    expect(fromExport.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(fromLive.entries)).toBe(JSON.stringify(fromExport.entries));
    expect(fromLive.warnings).toEqual(fromExport.warnings);
  });

  test('each collection is one request to the API (references resolved in the projection)', async () => {
    for (const collection of ['articles', 'topics', 'counselors', 'checklists', 'siteSettings'] as const) {
      expect((await load('live', collection)).requests).toBe(1);
    }
    // With MDX articles beside the CMS ones: one more, for the counselor and topic slugs frontmatter names.
    const mdxDir = path.join(root, 'tests/fixtures/mdx/basic');
    expect((await load('live', 'articles', { mdxDir })).requests).toBe(2);
  });
});

describe('the live source talks to the API through the real @sanity/client', () => {
  let server: GroqServer;
  beforeAll(async () => {
    server = await startGroqServer({ exportDir: basicExport, token: 'sk-test-token' });
  });
  afterAll(() => server.close());

  const client = () =>
    createClient({
      projectId: 'fixture',
      dataset: 'production',
      apiVersion: '2025-02-19',
      useCdn: false,
      perspective: 'published',
      token: 'sk-test-token',
      apiHost: server.url,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only switch for a custom host
      useProjectHostname: false,
    });

  test('short queries go as GET, long ones as the POST form, with the same answer', async () => {
    const short = await client().fetch<{ _id: string }[]>('*[_type == "topic"]{_id}');
    // The client switches to POST above ~11 KB of query string; a long parameter makes this one POST.
    const long = await client().fetch<{ _id: string }[]>('*[_type == "topic" && _id != $pad]{_id}', {
      pad: 'x'.repeat(12_000),
    });
    expect(long).toEqual(short);
    const methods = server.requests.filter((r) => r.path.includes('/data/query/')).map((r) => r.method);
    expect(methods).toEqual(['GET', 'POST']);
  });

  test('the server holds content as `sanity dataset import` leaves it: asset documents, no _sanityAsset', () => {
    const text = JSON.stringify(server.documents);
    expect(text).not.toContain('_sanityAsset');
    const asset = server.documents.find((d) => d['_type'] === 'sanity.imageAsset') as {
      url: string;
      metadata: { dimensions: { width: number } };
    };
    expect(asset.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/images\//);
    expect(asset.metadata.dimensions.width).toBe(80);
  });

  test('the published perspective hides drafts and release versions', async () => {
    const ids = await client().fetch<string[]>('*[_type == "article"]._id');
    expect(ids.some((id) => id.startsWith('drafts.') || id.startsWith('versions.'))).toBe(false);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer sk-test-token');
  });

  test('the article query runs unchanged against the API', async () => {
    const { documents } = await client().fetch(articlesQuery);
    expect(documents.find((a) => a._id === 'article-worry')?.author?.name).toBe('Ana Reyes');
  });
});

describe('an export is read in each form `sanity dataset export` and staff produce', () => {
  const expected = async () => JSON.stringify((await load('export', 'articles')).entries);

  test('a bare .ndjson file (images beside it)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-ndjson-'));
    cpSync(basicExport, dir, { recursive: true });
    const file = path.join(dir, 'production.ndjson');
    cpSync(path.join(dir, 'data.ndjson'), file);
    const result = await load('export', 'articles', { exportPath: file });
    expect(JSON.stringify(result.entries)).toBe(await expected());
  });

  test('a folder holding data.ndjson and images/', async () => {
    const result = await load('export', 'articles', { exportPath: basicExport });
    expect(result.entries.map((e) => e.id).sort()).toEqual(['grief-at-work', 'understanding-worry']);
  });

  test('a .tar.gz whose files sit in one top-level folder', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-tar-'));
    const top = path.join(dir, 'production-export-2026-01-01');
    mkdirSync(top);
    cpSync(basicExport, top, { recursive: true });
    const file = path.join(dir, 'production.tar.gz');
    // Fixed mtime and portable headers: the same bytes every run.
    await create({ gzip: true, file, cwd: dir, portable: true, mtime: new Date('2026-01-01T00:00:00Z') }, [
      'production-export-2026-01-01',
    ]);
    const result = await load('export', 'articles', { exportPath: file });
    expect(JSON.stringify(result.entries)).toBe(await expected());
  });

  test('a missing export means no CMS content, with a warning (the build still succeeds)', async () => {
    const { createContentSource } = await import('../../../src/lib/sanity/source.ts');
    const { readContentConfig } = await import('../../../src/lib/sanity/content-config.ts');
    const source = createContentSource(readContentConfig({ SANITY_EXPORT: '/nonexistent/export' }));
    expect(await source.fetch('*[_type == "article"]')).toEqual([]);
    expect((await source.notices())[0]).toMatch(/No dataset export at \/nonexistent\/export/);
  });

  test('an export that is not NDJSON fails with the line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-bad-'));
    writeFileSync(path.join(dir, 'data.ndjson'), `${JSON.stringify(basicDocuments()[0])}\n{oops\n`);
    await expect(load('export', 'topics', { exportPath: dir })).rejects.toThrow(/line 2 is not valid JSON/);
  });
});
