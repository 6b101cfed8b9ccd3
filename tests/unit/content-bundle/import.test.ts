import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createClient, type SanityClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  asImported,
  exportDir,
  exportDocs,
  studioImport,
  studioInstalled,
  studioSkipReason,
  type Doc,
} from './bundle.ts';

// `npm run content:import` runs `sanity dataset import content/sanity/data.ndjson --replace`. Here the same
// importer (@sanity/import, from the Studio's packages) loads the bundled export into a local stand-in for a
// Sanity project's API: real HTTP through the real client, mutations applied with Sanity's own mutator, image
// uploads turned into asset documents the way Sanity names them. What lands must be the export, with every
// image uploaded and linked.

const installed = studioInstalled('the dataset import test');

interface ImportModule {
  sanityImport: (
    input: NodeJS.ReadableStream,
    options: Record<string, unknown>,
  ) => Promise<{ numDocs: number; warnings: { message: string }[] }>;
}
interface MutatorModule {
  Mutation: new (params: { mutations: Record<string, unknown>[] }) => {
    apply: (doc: Doc | null) => Doc | null;
  };
}

/** A minimal Sanity project API: queries (groq-js), mutations (Sanity's mutator) and image uploads. */
async function startProjectApi(Mutation: MutatorModule['Mutation']) {
  const documents = new Map<string, Doc>();
  const uploads: string[] = [];
  const unknown: string[] = [];
  const readBody = async (req: http.IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const idOf = (mutation: Record<string, unknown>): string => {
    const [kind, body] = Object.entries(mutation)[0] ?? [];
    const value = body as Record<string, unknown>;
    return String(kind === 'patch' || kind === 'delete' ? value['id'] : value['_id']);
  };
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!req.headers.authorization?.startsWith('Bearer ')) {
        send(res, 401, { error: 'Unauthorized' });
        return;
      }
      if (url.pathname.endsWith('/data/query/production')) {
        const params: Record<string, unknown> = {};
        for (const [key, value] of url.searchParams)
          if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
        const dataset = [...documents.values()];
        const value = await evaluate(parse(url.searchParams.get('query') ?? '', { params }), {
          dataset,
          params,
        });
        send(res, 200, { result: (await value.get()) as unknown, ms: 1 });
        return;
      }
      if (req.method === 'POST' && url.pathname.endsWith('/data/mutate/production')) {
        const { mutations } = JSON.parse((await readBody(req)).toString('utf8')) as {
          mutations: Record<string, unknown>[];
        };
        const results = mutations.map((mutation) => {
          const id = idOf(mutation);
          const next = new Mutation({ mutations: [mutation] }).apply(documents.get(id) ?? null);
          if (next) documents.set(id, next);
          else documents.delete(id);
          return { id, operation: 'update' };
        });
        send(res, 200, { transactionId: `t${documents.size}`, results });
        return;
      }
      if (req.method === 'POST' && url.pathname.endsWith('/assets/images/production')) {
        const data = await readBody(req);
        const sha1hash = createHash('sha1').update(data).digest('hex');
        const { width, height, format } = await sharp(data).metadata();
        const _id = `image-${sha1hash}-${width}x${height}-${format}`;
        const asset: Doc = {
          _id,
          _type: 'sanity.imageAsset',
          sha1hash,
          extension: format,
          metadata: { dimensions: { width, height } },
        };
        documents.set(_id, asset);
        uploads.push(_id);
        send(res, 200, { document: asset });
        return;
      }
      unknown.push(`${req.method ?? ''} ${url.pathname}`);
      send(res, 404, { error: 'Not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    documents,
    uploads,
    unknown,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

const suite = `npm run content:import: the bundled export through Sanity’s importer${studioSkipReason(installed)}`;
describe.skipIf(!installed)(suite, () => {
  let api: Awaited<ReturnType<typeof startProjectApi>>;
  let result: { numDocs: number; warnings: { message: string }[] };
  const docs = exportDocs();

  beforeAll(async () => {
    const { sanityImport } = await studioImport<ImportModule>('@sanity/import');
    const { Mutation } = await studioImport<MutatorModule>('@sanity/mutator');
    api = await startProjectApi(Mutation);
    const client: SanityClient = createClient({
      projectId: 'bundle',
      dataset: 'production',
      apiVersion: '2025-02-19',
      token: 'test-token',
      apiHost: api.url,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only switch for a custom host
      useProjectHostname: false,
      useCdn: false,
    });
    // The options `sanity dataset import <file> --replace` passes (see @sanity/cli's datasets import command).
    result = await sanityImport(createReadStream(path.join(exportDir, 'data.ndjson')), {
      client,
      operation: 'createOrReplace',
      releasesOperation: 'replace',
      assetsBase: exportDir,
      tag: 'sanity.import',
      targetDataset: 'production',
      targetProjectId: 'bundle',
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  test('imports every document, with no warnings and no request the stand-in does not know', () => {
    expect(result.numDocs).toBe(docs.length);
    expect(result.warnings).toEqual([]);
    expect(api.unknown).toEqual([]);
  });

  test('uploads each image once and links it where the export named the file', () => {
    const files = new Set(
      docs.flatMap((doc) =>
        [...JSON.stringify(doc).matchAll(/image@file:\/\/\.\/images\/([^"]+)/g)].map((m) => m[1]),
      ),
    );
    expect(api.uploads).toHaveLength(files.size);
    for (const doc of docs) {
      const stored = api.documents.get(doc._id);
      expect(stored, doc._id).toBeDefined();
      // _rev is the project's to assign; everything else must arrive as exported.
      expect({ ...stored, _rev: '' }, doc._id).toEqual({ ...asImported(doc), _rev: '' });
    }
  });

  test('leaves no weak references behind but those the export holds (translation groups)', () => {
    // The importer weakens references while it loads, then strengthens them; the plugin's translation.metadata
    // documents keep their weak references, as the Studio writes them.
    for (const doc of docs) {
      const stored = JSON.stringify(api.documents.get(doc._id));
      if (doc._type === 'translation.metadata') expect(stored, doc._id).toContain('"_weak":true');
      else expect(stored, doc._id).not.toContain('_weak');
    }
  });
});
