import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { ArticlesQueryResult } from '../../../src/lib/sanity/sanity.types.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { fetchToFile, type FetchPolicy } from '../../../src/lib/sanity/fetch-asset.ts';
import { normalizeArticles } from '../../../src/lib/sanity/normalize.ts';

// Images from the live API come from its CDN over HTTP. A local server here answers the way a bad network does:
// never, halfway, with errors that pass, and with errors that do not.

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Handler): Promise<{ url: string; requests: () => number; most: () => number }> {
  let count = 0;
  let open = 0;
  let most = 0;
  const server = http.createServer((req, res) => {
    count += 1;
    open += 1;
    most = Math.max(most, open);
    res.on('close', () => (open -= 1));
    handler(req, res, count);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests: () => count, most: () => most };
}

const quick: FetchPolicy = { timeoutMs: 300, attempts: 3, backoffMs: 20, concurrency: 2 };
const target = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'alliance-fetch-')), 'image.png');
let png: Buffer | undefined;
const image = async () =>
  (png ??= await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } })
    .png()
    .toBuffer());

describe('an image download never hangs the build', () => {
  test('a server that never answers: each attempt times out, then the download fails', async () => {
    const server = await serve(() => undefined);
    const file = target();
    await expect(fetchToFile(`${server.url}/a.png`, file, quick)).rejects.toThrow(
      /could not be fetched from .*\/a\.png \(3 attempts; no answer within 300 ms\)/,
    );
    expect(server.requests()).toBe(3);
    expect(existsSync(file)).toBe(false);
    // No half-written file is left behind.
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });

  test('a server that stops halfway through the file times out too', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': '1000' });
      res.write(Buffer.alloc(10));
    });
    await expect(fetchToFile(`${server.url}/b.png`, target(), quick)).rejects.toThrow(
      /no complete answer within 300 ms/,
    );
  });

  test('errors that pass (503, then 500) are retried with backoff, and the third attempt succeeds', async () => {
    const bytes = await image();
    const server = await serve((_req, res, count) => {
      if (count < 3) res.writeHead(count === 1 ? 503 : 500).end();
      else res.writeHead(200, { 'content-type': 'image/png' }).end(bytes);
    });
    const file = target();
    await fetchToFile(`${server.url}/c.png`, file, quick);
    expect(server.requests()).toBe(3);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a missing image (404) fails at once, without retrying', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end());
    await expect(fetchToFile(`${server.url}/d.png`, target(), quick)).rejects.toThrow(
      /1 attempt; .* answered 404/,
    );
    expect(server.requests()).toBe(1);
  });

  test('no more downloads run at once than the policy allows', async () => {
    const bytes = await image();
    const server = await serve((_req, res) => {
      setTimeout(() => res.writeHead(200).end(bytes), 60);
    });
    await Promise.all(
      Array.from({ length: 7 }, (_, i) => fetchToFile(`${server.url}/${i}.png`, target(), quick)),
    );
    expect(server.requests()).toBe(7);
    expect(server.most()).toBeLessThanOrEqual(2);
  });
});

describe('a failing image fails the build, naming asset, document and field', () => {
  test('an article whose body image never arrives', async () => {
    const server = await serve(() => undefined);
    const assetId = 'image-5d41402abc4b2a76b9719d911017c592aaaaaaaa-40x30-png';
    const article = {
      _id: 'article-stalled',
      title: 'Stalled',
      slug: 'stalled',
      excerpt: 'An image that never comes.',
      publishedAt: '2026-01-01T00:00:00Z',
      body: [
        {
          _type: 'block',
          _key: 'p',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', text: 'Hi' }],
        },
        {
          _type: 'image',
          _key: 'img',
          alt: 'Never seen',
          assetRef: assetId,
          asset: { _id: assetId, url: `${server.url}/never.png`, extension: 'png', width: 40, height: 30 },
        },
      ],
    };
    await expect(
      normalizeArticles([article] as unknown as ArticlesQueryResult['documents'], {
        now: new Date('2026-06-01T00:00:00Z'),
        warn: () => undefined,
        imageDir: mkdtempSync(path.join(os.tmpdir(), 'alliance-fetch-build-')),
        imageFetch: { ...quick, attempts: 2 },
      }),
    ).rejects.toThrow(
      `article "article-stalled": body[1]: image asset "${assetId}": could not be fetched from ${server.url}/never.png (2 attempts; no answer within 300 ms)`,
    );
  });
});
