import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database.ts';
import { chromiumPath } from '../support/browser.ts';
import { caddyPath, httpsRequest, startCaddy, type Answer, type TestCaddy } from '../support/caddy.ts';
import { TEST_TOKEN_SECRET, validFields } from '../support/contact.ts';
import { freePort } from '../support/free-port.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

const PASSWORD = 'lantern harbour teaspoon';

// The test needs Debian's caddy (.ci/run installs it); without it there is nothing real to test against.
describe.skipIf(!caddyPath())('behind Caddy (deploy/Caddyfile) with TRUST_PROXY=1', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: TestServer;
  let caddy: TestCaddy;
  const cleanups: (() => Promise<unknown>)[] = [];

  const get = (pathname: string, options: Omit<Parameters<typeof httpsRequest>[1], 'ca'> = {}) =>
    httpsRequest(`${caddy.httpsOrigin}${pathname}`, { ca: caddy.rootCertificate, ...options });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-caddy-data-'));
    // The ports first: the server's SITE_URL names the origin clients use, Caddy's.
    const ports = { http: await freePort(), https: await freePort() };
    env = {
      DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}`,
      TRUST_PROXY: '1',
      SITE_URL: `https://localhost:${ports.https}`,
      CONTACT_RATE_LIMIT: '2/600',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    };
    server = await startServer(env);
    cleanups.push(() => server.stop());
    caddy = await startCaddy(new URL(server.url).host, ports);
    cleanups.push(() => caddy.stop());
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves pages over HTTPS with HSTS and the server’s own headers', async () => {
    const answer = await get('/articles/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-request-id']).toBeTruthy();
  });

  it('redirects http:// to the same path on https://', async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(`${caddy.httpOrigin}/articles/?page=2`, { agent: false }, resolve).on('error', reject);
    });
    answer.resume();
    expect([301, 308]).toContain(answer.statusCode);
    // Caddy names the standard HTTPS port (443) in the redirect, where it listens in production.
    const location = new URL(answer.headers.location ?? '');
    expect(location.protocol).toBe('https:');
    expect(location.hostname).toBe('localhost');
    expect(location.pathname + location.search).toBe('/articles/?page=2');
  });

  it('leaves compression to the server: one encoding, the server’s', async () => {
    const html = (await get('/')).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    const answer = await get(css, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toContain('immutable');
  });

  it('serves Pagefind’s files with their right types', async () => {
    const types: Record<string, RegExp> = {
      '/pagefind/pagefind.js': /^text\/javascript/,
      '/pagefind/pagefind-worker.js': /^text\/javascript/,
      '/pagefind/pagefind-entry.json': /^application\/json/,
      '/pagefind/wasm.en.pagefind': /^application\/octet-stream$/,
    };
    const fragment = fs.readdirSync(path.resolve('dist/client/pagefind/fragment'))[0] ?? '';
    types[`/pagefind/fragment/${fragment}`] = /^application\/octet-stream$/;
    for (const [pathname, type] of Object.entries(types)) {
      const answer = await get(pathname, { headers: { 'accept-encoding': 'br, gzip' } });
      expect({ pathname, status: answer.status }).toEqual({ pathname, status: 200 });
      expect(answer.headers['content-type']).toMatch(type);
    }
  });

  it('counts the real client for the rate limit: separate clients separately, a forged X-Forwarded-For changes nothing', async () => {
    const submit = (localAddress: string, forwardedFor?: string) =>
      get('/api/contact', {
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          origin: caddy.httpsOrigin,
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
        body: JSON.stringify(validFields({ name: `Rate ${localAddress}` })),
      });
    const statuses = async (answers: Promise<Answer>[]) => (await Promise.all(answers)).map((a) => a.status);
    // The limit is 2 per client.
    expect(await statuses([submit('127.0.0.2'), submit('127.0.0.2')])).toEqual([201, 201]);
    expect((await submit('127.0.0.2')).status).toBe(429);
    // A client claiming to be someone else is still itself.
    expect((await submit('127.0.0.2', '198.51.100.7')).status).toBe(429);
    expect((await submit('127.0.0.2', '198.51.100.7, 203.0.113.9')).status).toBe(429);
    // Another client is not held back by the first one.
    expect(await statuses([submit('127.0.0.3'), submit('127.0.0.3', '127.0.0.2')])).toEqual([201, 201]);
    expect((await submit('127.0.0.3')).status).toBe(429);
  });

  it('sets the staff session cookie as __Secure- with Secure at sign-in', async () => {
    const added = await staffTool(['add', 'proxy@example.com'], env);
    expect(added.code).toBe(0);
    const link = new URL(linkFrom(added.stdout));
    const cookies = new Map<string, string>();
    const seen: string[] = [];
    const request = async (pathname: string, form?: Record<string, string>) => {
      const answer = await get(pathname, {
        localAddress: '127.0.0.4',
        method: form ? 'POST' : 'GET',
        headers: {
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded', origin: caddy.httpsOrigin } : {}),
        },
        ...(form ? { body: new URLSearchParams(form).toString() } : {}),
      });
      for (const line of answer.headers['set-cookie'] ?? []) {
        seen.push(line);
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        if (/max-age=0\b/i.test(line)) cookies.delete(pair.slice(0, at));
        else cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return answer;
    };
    const setPage = await request(link.pathname + link.search);
    expect(setPage.status).toBe(200);
    const set = await request('/staff/set-password/', {
      csrf: hiddenValue(setPage.text(), 'csrf'),
      token: link.searchParams.get('token') ?? '',
      password: PASSWORD,
      confirm: PASSWORD,
    });
    expect(set.status).toBe(303);
    const signInPage = await request('/staff/sign-in/');
    const signedIn = await request('/staff/sign-in/', {
      csrf: hiddenValue(signInPage.text(), 'csrf'),
      email: 'proxy@example.com',
      password: PASSWORD,
    });
    expect(signedIn.status).toBe(303);
    expect(
      signedIn.headers['set-cookie']?.find((line) => line.startsWith('__Secure-staff-session=')),
    ).toMatch(/^__Secure-staff-session=[\w-]{43}; Path=\/staff\/; HttpOnly; Secure; SameSite=Strict$/);
    // Every cookie on the way (the pre-session form cookie too) carries the prefix and Secure.
    expect(seen.length).toBeGreaterThan(1);
    for (const line of seen) expect(line).toMatch(/^__Secure-staff-[a-z]+=.*; Secure/);
    expect((await request('/staff/')).status).toBe(200);
  });

  describe('in Chromium', () => {
    let browser: Browser;

    beforeAll(async () => {
      // Chromium trusts exactly the certificate Caddy issued for localhost (by its public key), nothing else.
      const spki = new X509Certificate(caddy.siteCertificate).publicKey.export({
        type: 'spki',
        format: 'der',
      });
      browser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`,
        ],
      });
    });

    afterAll(async () => {
      await browser.close();
    });

    it('submits the contact form through the proxy and the request is stored', async () => {
      const page = await browser.newPage();
      await page.goto(`${caddy.httpsOrigin}/contact/`);
      expect(page.url()).toBe(`${caddy.httpsOrigin}/contact/`);
      await page.fill('#name', 'Robin Proxy');
      await page.fill('#email', 'robin.proxy@example.com');
      await page.check('#consent');
      await Promise.all([
        page.waitForURL('**/contact/thanks/'),
        page.click('form[data-contact-form] button[type="submit"]'),
      ]);
      await page.close();
      const store = await openDatabase(env['DATABASE_URL'] ?? '');
      try {
        const stored = await store.listRequests({ includeSpam: true });
        const robin = stored.find((request) => request.name === 'Robin Proxy');
        expect(robin).toMatchObject({ email: 'robin.proxy@example.com', spam: false });
      } finally {
        await store.close();
      }
    });
  });
});
