import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { evaluate, parse } from 'groq-js';

/** A request the server answered, for assertions (how many queries, which method). */
export interface RecordedRequest {
  method: string;
  path: string;
  query?: string | undefined;
  authorization?: string | undefined;
}

/** A local stand-in for the Sanity API: real HTTP, GROQ answered by groq-js. */
export interface GroqServer {
  /** `http://127.0.0.1:<port>`: pass as `SANITY_API_HOST`. */
  url: string;
  /** The documents it holds (import form: asset documents, no `_sanityAsset`). */
  documents: Record<string, unknown>[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Doc = Record<string, unknown> & { _id: string; _type: string };

/**
 * Turns a dataset export into what `sanity dataset import` leaves in a project: each
 * `_sanityAsset: "image@file://./images/<file>"` becomes a reference to a `sanity.imageAsset` document
 * whose `url` is served by this server and whose `metadata.dimensions` come from the file name.
 */
export function importForm(exportDocs: Doc[], assetBaseUrl: string): Doc[] {
  const assets = new Map<string, Doc>();
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '_sanityAsset' && typeof child === 'string' && child.startsWith('image@file://')) {
        const file = path.basename(child);
        const ext = path.extname(file).slice(1);
        const stem = file.slice(0, -(ext.length + 1));
        const [, w, h] = /-(\d+)x(\d+)$/.exec(stem) ?? [];
        const id = `image-${stem}-${ext}`;
        assets.set(id, {
          _id: id,
          _type: 'sanity.imageAsset',
          url: `${assetBaseUrl}/images/${file}`,
          path: `images/test/production/${stem}.${ext}`,
          extension: ext,
          mimeType: `image/${ext === 'jpg' ? 'jpeg' : ext}`,
          originalFilename: file,
          metadata: { _type: 'sanity.imageMetadata', dimensions: { width: Number(w), height: Number(h) } },
        });
        out['asset'] = { _type: 'reference', _ref: id };
      } else {
        out[key] = visit(child);
      }
    }
    return out;
  };
  const docs = exportDocs.map((doc) => visit(doc) as Doc);
  return [...docs, ...assets.values()];
}

/** Reads an export folder's `data.ndjson`. */
export function readNdjson(file: string): Doc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The `drafts` perspective: a draft stands in for its published document (under the published `_id`, with
 * `_originalId` naming the draft), documents without a draft show as published, release versions stay hidden.
 */
function draftsOverlay(documents: Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const doc of documents) {
    const id = String(doc['_id']);
    if (id.startsWith('versions.')) continue;
    if (id.startsWith('drafts.')) {
      const base = id.slice('drafts.'.length);
      byId.set(base, { ...doc, _id: base, _originalId: id });
    } else if (!byId.has(id)) {
      byId.set(id, doc);
    }
  }
  return [...byId.values()];
}

/**
 * Starts the server on a free port. It answers `GET /v<version>/data/query/<dataset>?query=…&$param=…`
 * and the `POST` form (`{"query", "params"}`) the client uses for long queries, applies the
 * `published` perspective like the real API (drafts and release versions are invisible) and the `drafts`
 * perspective for preview, and serves
 * the export's `images/` at `/images/<file>`.
 */
export async function startGroqServer(options: {
  /** A dataset export folder (`data.ndjson` + `images/`). */
  exportDir: string;
  dataset?: string;
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  token?: string;
}): Promise<GroqServer> {
  const dataset = options.dataset ?? 'production';
  const requests: RecordedRequest[] = [];
  let documents: Record<string, unknown>[] = [];

  /** Answers one API request with a status and a JSON body. */
  async function answer(
    req: http.IncomingMessage,
    url: URL,
    record: RecordedRequest,
  ): Promise<[number, unknown]> {
    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname);
    if (match?.[1] !== dataset) return [404, { error: 'Not found' }];
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return [401, { error: 'Unauthorized' }];
    }
    let query: string | undefined;
    let params: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query?: string; params?: Record<string, unknown> };
      query = body.query;
      params = body.params ?? {};
    } else {
      query = url.searchParams.get('query') ?? undefined;
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value) as unknown;
      }
    }
    record.query = query;
    if (!query) return [400, { error: 'query is required' }];
    const perspective = url.searchParams.get('perspective') ?? 'raw';
    const visible =
      perspective === 'published'
        ? documents.filter(
            (d) => !String(d['_id']).startsWith('drafts.') && !String(d['_id']).startsWith('versions.'),
          )
        : perspective === 'drafts'
          ? draftsOverlay(documents)
          : documents;
    const byId = new Map(visible.map((d) => [d['_id'], d]));
    const started = performance.now();
    try {
      const tree = parse(query, { params });
      const value = await evaluate(tree, {
        dataset: visible,
        params,
        dereference: ({ _ref }) => byId.get(_ref) ?? null,
      });
      return [
        200,
        { query, result: (await value.get()) as unknown, ms: Math.round(performance.now() - started) },
      ];
    } catch (error) {
      return [400, { error: { description: (error as Error).message, type: 'queryParseError' } }];
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        authorization: req.headers.authorization,
      };
      requests.push(record);
      if (url.pathname.startsWith('/images/')) {
        try {
          const bytes = await readFile(path.join(options.exportDir, 'images', path.basename(url.pathname)));
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
          res.end(bytes);
        } catch {
          send(res, 404, { error: 'not found' });
        }
        return;
      }
      const [status, body] = await answer(req, url, record);
      send(res, status, body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  documents = importForm(readNdjson(path.join(options.exportDir, 'data.ndjson')), url);
  return {
    url,
    documents,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
