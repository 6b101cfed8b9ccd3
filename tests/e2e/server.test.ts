import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { header, wireRequest } from '../support/raw-http.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name)).toBe(value);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('set-cookie')).toBeNull();
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

describe('the project server', () => {
  it('serves the built home page with its hashed Content-Security-Policy', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<main id="main"');
  });

  it('compresses text and lets hashed assets be cached for good', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const response = await fetch(`${server.url}${css ?? ''}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expectSecurityHeaders(response);
  });

  it('compresses a server-rendered page as it does the static ones, but never a staff page', async () => {
    const raw = async (at: string, encoding: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(`${server.url}${at}`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
            });
          })
          .on('error', reject);
      });
    const plain = await raw('/contact/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const page = await raw('/contact/', `${encoding}, deflate`);
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe(encoding);
      expect(page.headers.vary).toContain('Accept-Encoding');
      expect(Number(page.headers['content-length'])).toBe(page.body.length);
      const html = decode(page.body).toString('utf8');
      expect(html).toContain('<form');
      expect(page.body.length).toBeLessThan(plain.body.length / 2);
    }
    const staff = await raw('/staff/sign-in/', 'br, gzip');
    expect(staff.headers['content-encoding']).toBeUndefined();
    expect(staff.body.toString('utf8')).toContain('<form');
  });

  it('answers a repeat visit with 304 when nothing changed', async () => {
    const first = await fetch(`${server.url}/`);
    const etag = first.headers.get('etag') ?? '';
    const second = await fetch(`${server.url}/`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
  });

  it('reports health from the store through a server-rendered route', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, build: 'dist' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response);
  });

  it('serves the 404 page with status 404 for unknown paths', async () => {
    const response = await fetch(`${server.url}/no/such/page/`);
    expect(response.status).toBe(404);
    // The message file writes a typographic apostrophe (an ASCII one would reach the page as &#39;).
    expect(await response.text()).toContain('couldn’t find that page');
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const response = await fetch(`${server.url}/404?x=1`, { redirect: 'manual' });
    expect([301, 404]).toContain(response.status);
  });

  it("answers an article's former address with a 301 to its current one", async () => {
    const redirects = (await (await fetch(`${server.url}/redirects.json`)).json()) as Record<string, string>;
    const [from, to] = Object.entries(redirects)[0] ?? [];
    expect(from).toBeDefined();
    for (const path of [from ?? '', (from ?? '').replace(/\/$/, '')]) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(to);
    }
  });

  it('sends HSTS only when a trusted proxy says the request came over HTTPS', async () => {
    const proxied = await startServer({ TRUST_PROXY: '1' });
    try {
      const https = await fetch(`${proxied.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      const plain = await fetch(`${proxied.url}/`);
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await proxied.stop();
    }
  });

  it('logs method, path, status and a request id, never the query string', async () => {
    const response = await fetch(`${server.url}/api/health?email=someone%40example.org&token=abc`);
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).not.toBe('');
    await server.waitForOutput(new RegExp(`id=${id}`));
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(id));
    expect(line).toMatch(/GET \/api\/health 200 [\d.]+ms id=/);
    expect(server.output()).not.toContain('someone');
    expect(server.output()).not.toContain('token=');
  });
});

/** Paths crafted to turn the trailing-slash redirect into one to another site (or to break it). */
const CRAFTED_PATHS = [
  '//evil.example/..%2farticles',
  '//evil.example/..%2fcounselors',
  '//evil.example/..%2ftopics',
  '//evil.example/..%2fsearch',
  '//evil.example/..%2farticles%2fpage%2f2',
  '//evil.example/..%2farticles?x=1',
  '//evil.example/..%2Farticles',
  '///evil.example/..%2farticles',
  '//evil.example/%2e%2e%2farticles',
  '/\\evil.example/..%2farticles',
  '/\\/evil.example/../articles',
  '/%5cevil.example/..%2farticles',
  '/%5Cevil.example/..%5carticles',
  '/%2fevil.example/..%2farticles',
  '/%2F%2Fevil.example/..%2Farticles',
  '/articles%2fpage%2f2',
  '/articles/..%2f..%2fcounselors',
  '/.//evil.example/../articles',
  '/./evil.example/../../articles',
  '/articles/../counselors',
  '/articles/./page/2',
  '/topics/%2e%2e/search',
  '/articles/page/2?next=//evil.example/',
  '/%09/evil.example/../articles',
  '/articles?//evil.example',
  '/articles',
];

describe('redirects never leave the site', () => {
  it('answers every crafted path without a 5xx, and any Location is a path on this site', async () => {
    expect(CRAFTED_PATHS.length).toBeGreaterThanOrEqual(20);
    const origin = new URL(server.url).origin;
    for (const target of CRAFTED_PATHS) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await wireRequest(server.url, { method, target });
        expect(answer.status, `${method} ${target}`).toBeLessThan(500);
        const location = header(answer, 'location');
        if (location === undefined) continue;
        expect(location, `${method} ${target}`).toMatch(/^\/(?![/\\])/);
        expect(new URL(location, `${origin}/`).origin, `${method} ${target}`).toBe(origin);
      }
    }
  });

  it('refuses with 404 a path that starts with // or holds an encoded slash or a backslash', async () => {
    for (const target of [
      '//evil.example/..%2farticles',
      '//evil.example/..%2fcounselors?x=1',
      '/articles%2fpage%2f2',
      '/\\evil.example/..%2farticles',
      '/%5carticles',
    ]) {
      const answer = await wireRequest(server.url, { target });
      expect(answer.status, target).toBe(404);
      expect(header(answer, 'location'), target).toBeUndefined();
    }
  });

  it('still adds the trailing slash to a folder, from the normalized path and keeping the query', async () => {
    const plain = await wireRequest(server.url, { target: '/articles?x=1' });
    expect(plain.status).toBe(301);
    expect(header(plain, 'location')).toBe('/articles/?x=1');
    const dotted = await wireRequest(server.url, { target: '/.//evil.example/../articles' });
    expect(dotted.status).toBe(301);
    expect(header(dotted, 'location')).toBe('/articles/');
  });
});

describe('odd methods and hosts get a 4xx before the site sees them', () => {
  it('answers TRACE and other unknown methods with 405 and Allow, on static and server-rendered paths', async () => {
    for (const target of ['/', '/contact/', '/staff/', '/api/contact', '/api/health', '/articles/']) {
      for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS']) {
        const answer = await wireRequest(server.url, { method, target });
        expect(answer.status, `${method} ${target}`).toBe(405);
        expect(header(answer, 'allow'), `${method} ${target}`).toBe('GET, HEAD, POST');
      }
    }
  });

  it('answers a Host that cannot form a URL with 400, and logs no stack trace', async () => {
    for (const target of ['/contact/', '/staff/', '/api/contact', '/']) {
      for (const host of [
        '127.0.0.1:4391@evil.example',
        'a b',
        'evil.example/x',
        '[::1',
        'x:99999',
        'a\\b',
      ]) {
        const answer = await wireRequest(server.url, { target, host });
        expect(answer.status, `${target} Host: ${host}`).toBe(400);
      }
    }
    expect(server.output()).not.toMatch(/\n\s+at /);
  });

  it('still serves HTTP/1.1 requests that name this server by any well-formed host', async () => {
    for (const host of ['localhost', 'example.org', '127.0.0.1:4321', '[::1]:8080', 'www.example.org.']) {
      const answer = await wireRequest(server.url, { target: '/api/health', host });
      expect(answer.status, host).toBe(200);
    }
  });
});

describe('stopping the server', () => {
  it('exits cleanly on SIGTERM after finishing what it was doing', async () => {
    const other = await startServer();
    const { port } = new URL(other.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => {
      socket.once('close', () => {
        resolve();
      });
    });
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    // A first answered request proves the server holds this connection; the second is left half-sent so the
    // server is in the middle of a request when the signal arrives.
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    // The whole answer, whether sent with a length or chunked.
    await until(() => /^HTTP\/1\.1 200 [\s\S]*\}(\r\n0\r\n\r\n)?$/.test(received));
    received = '';
    await new Promise<void>((resolve, reject) => {
      socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n', (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
    // The server reads what is waiting on its connections in the order it arrived: once it has answered a request
    // sent after those bytes, it has read them, and this connection is in the middle of a request.
    const later = await fetch(`${other.url}/api/health`);
    expect(later.status).toBe(200);
    const exit = other.stop('SIGTERM');
    await until(() => other.output().includes('SIGTERM received'));
    socket.write('Connection: close\r\n\r\n');
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(await exit).toBe(0);
    expect(other.output()).toContain('stopped');
  });
});
