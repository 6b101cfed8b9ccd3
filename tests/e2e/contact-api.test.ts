import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { FIELDS, validateContact } from '../../src/lib/contact/schema.ts';
import { issueToken } from '../../src/server/contact/token.ts';
import { openDatabase } from '../../src/server/store/database.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  TEST_TOKEN_SECRET,
  formBody,
  freshAddress,
  rawPost,
  validFields,
  validToken,
  type RawAnswer,
} from '../support/contact.ts';
import { wireRequest } from '../support/raw-http.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let store: Store;
let dataDir: string;
let counselors: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-contact-api-'));
  const databaseUrl = `file:${path.join(dataDir, 'requests.db')}`;
  server = await startServer({
    DATABASE_URL: databaseUrl,
    CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    CONTACT_MIN_FILL_SECONDS: '2',
    CONTACT_RATE_LIMIT: '3/600',
    TRUST_PROXY: '1',
  });
  store = await openDatabase(databaseUrl);
  const page = await (await fetch(`${server.url}/contact/`)).text();
  counselors = [...page.matchAll(/<option value="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
});

afterAll(async () => {
  await store.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Kind = 'json' | 'form';
const TYPES: Record<Kind, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
};

function encode(kind: Kind, fields: Record<string, unknown>): string {
  return kind === 'json' ? JSON.stringify(fields) : formBody(fields);
}

function post(
  kind: Kind,
  body: string | Uint8Array,
  {
    headers = {},
    client = freshAddress(),
    chunked = false,
  }: { headers?: Record<string, string>; client?: string; chunked?: boolean } = {},
): Promise<RawAnswer> {
  return rawPost(
    `${server.url}/api/contact`,
    body,
    { 'content-type': TYPES[kind], 'x-forwarded-for': client, ...headers },
    { chunked },
  );
}

async function count(): Promise<number> {
  return (await store.listRequests({ includeSpam: true })).length;
}

describe.each(['json', 'form'] as const)('POST /api/contact with a %s body', (kind) => {
  it('accepts a valid request only once it is stored: 201 with its id, or 303 to the thanks page', async () => {
    const answer = await post(
      kind,
      encode(
        kind,
        validFields({
          phone: '555 123 4567',
          preferredContact: 'text',
          okToLeaveMessage: true,
          message: 'Mornings, please.',
          counselor: counselors[0] ?? '',
          from: 'some-article',
        }),
      ),
    );
    if (kind === 'json') {
      expect(answer.status).toBe(201);
      const { id } = JSON.parse(answer.body) as { id: string };
      expect(await store.getRequest(id)).toMatchObject({
        name: 'Ada Example',
        email: 'ada@example.com',
        phone: '555 123 4567',
        preferredContact: 'text',
        okToLeaveMessage: true,
        message: 'Mornings, please.',
        counselor: counselors[0] ?? null,
        from: 'some-article',
        spam: false,
      });
    } else {
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe('/contact/thanks/');
      const [latest] = await store.listRequests();
      expect(latest).toMatchObject({ name: 'Ada Example', phone: '555 123 4567', okToLeaveMessage: true });
    }
  });

  it('refuses a cross-site request with 403 before anything else', async () => {
    const before = await count();
    for (const headers of [
      { origin: 'https://elsewhere.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://elsewhere.example', 'content-type': 'text/plain' },
      { origin: 'null' },
    ]) {
      expect((await post(kind, encode(kind, validFields()), { headers })).status).toBe(403);
    }
    expect(await count()).toBe(before);
    const own = await post(kind, encode(kind, validFields()), {
      headers: { origin: server.url, 'sec-fetch-site': 'same-origin' },
    });
    expect([201, 303]).toContain(own.status);
  });

  it('answers another content type with 415, even for a client over its limit', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml', '']) {
      expect(
        (await post(kind, encode(kind, validFields()), { headers: { 'content-type': type } })).status,
      ).toBe(415);
    }
    const client = freshAddress();
    for (let i = 0; i < 3; i += 1) await post(kind, encode(kind, validFields()), { client });
    expect((await post(kind, 'x', { client, headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });

  it('limits accepted submissions per client (TRUST_PROXY picks the address) with 429 and Retry-After', async () => {
    const client = freshAddress();
    // Mistakes do not use up the allowance: only accepted submissions count.
    for (let i = 0; i < 4; i += 1)
      expect((await post(kind, encode(kind, { name: '' }), { client })).status).toBe(400);
    for (let i = 0; i < 3; i += 1)
      expect([201, 303]).toContain((await post(kind, encode(kind, validFields()), { client })).status);
    const before = await count();
    const refused = await post(kind, encode(kind, validFields()), { client });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(590);
    // The rate limit comes before the size and body checks.
    expect((await post(kind, 'x'.repeat(20_000), { client })).status).toBe(429);
    expect((await post(kind, '{', { client })).status).toBe(429);
    expect(await count()).toBe(before);
    // The address the trusted proxy saw decides, not what the client claims further left.
    expect(
      (await post(kind, encode(kind, validFields()), { client: `${freshAddress()}, ${client}` })).status,
    ).toBe(429);
    expect([201, 303]).toContain(
      (await post(kind, encode(kind, validFields()), { client: `${client}, ${freshAddress()}` })).status,
    );
    if (kind === 'form') expect(refused.body).toContain('several requests from this connection');
  });

  it('sends Referrer-Policy: same-origin, charset=utf-8 and a matching reason phrase on the form and its answers', async () => {
    if (kind === 'json') return;
    const page = await wireRequest(server.url, { target: '/contact/' });
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toEqual(['same-origin']);
    expect(page.headers.get('content-type')).toEqual(['text/html; charset=utf-8']);
    expect(page.body).toContain('<meta name="referrer" content="same-origin">');
    const client = freshAddress();
    const form: [string, string][] = [
      ['Content-Type', TYPES.form],
      ['X-Forwarded-For', client],
    ];
    const invalid = await wireRequest(server.url, {
      method: 'POST',
      target: '/api/contact',
      headers: form,
      body: encode(kind, { name: '' }),
    });
    expect([invalid.status, invalid.reason]).toEqual([400, 'Bad Request']);
    for (let i = 0; i < 3; i += 1) await post(kind, encode(kind, validFields()), { client });
    const limited = await wireRequest(server.url, {
      method: 'POST',
      target: '/api/contact',
      headers: form,
      body: encode(kind, validFields()),
    });
    expect([limited.status, limited.reason]).toEqual([429, 'Too Many Requests']);
    for (const answer of [invalid, limited]) {
      expect(answer.headers.get('referrer-policy')).toEqual(['same-origin']);
      expect(answer.headers.get('content-type')).toEqual(['text/html; charset=utf-8']);
    }
  });

  it('accepts a form a browser sends from a no-referrer page: Origin null, Sec-Fetch-Site same-origin', async () => {
    const answer = await post(kind, encode(kind, validFields()), {
      headers: { origin: 'null', 'sec-fetch-site': 'same-origin' },
    });
    expect([201, 303]).toContain(answer.status);
  });

  it('accepts a form from a browser without Sec-Fetch-Site (Safari before 16.4) that names this site as Origin', async () => {
    const answer = await post(kind, encode(kind, validFields()), { headers: { origin: server.url } });
    expect([201, 303]).toContain(answer.status);
  });

  it('refuses a body over 16 KiB with 413 while reading it, declared or chunked', async () => {
    const big = encode(kind, validFields({ message: 'x'.repeat(17_000) }));
    expect((await post(kind, big)).status).toBe(413);
    expect((await post(kind, big, { chunked: true })).status).toBe(413);
    expect((await post(kind, 'x'.repeat(2_000_000), { chunked: true })).status).toBe(413);
    // Size before form: a huge malformed body is still 413.
    expect((await post(kind, '{'.repeat(17_000))).status).toBe(413);
  });

  it('answers a malformed body with 400', async () => {
    const bodies: (string | Uint8Array)[] =
      kind === 'json' ? ['{bad', '[1,2]', '"text"', 'null', ''] : ['', new Uint8Array([0xff, 0xfe, 0x3d])];
    for (const body of bodies) {
      const answer = await post(kind, body);
      expect(answer.status).toBe(400);
      if (kind === 'json')
        expect(JSON.parse(answer.body)).toEqual({ errors: { body: expect.any(String) as unknown } });
      else expect(answer.body).toContain('<form');
    }
  });

  it('answers invalid fields with 400 and a message per field, keeping what was typed', async () => {
    const before = await count();
    const answer = await post(
      kind,
      encode(kind, {
        name: '',
        email: 'not-an-email',
        message: '<b>Hi</b> & "bye"',
        consent: false,
        website: '',
        t: validToken(),
      }),
    );
    expect(answer.status).toBe(400);
    expect(await count()).toBe(before);
    if (kind === 'json') {
      const { errors } = JSON.parse(answer.body) as { errors: Record<string, string> };
      expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'name']);
    } else {
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.body).toContain('Please check 3 things');
      expect(answer.body).toContain('value="not-an-email"');
      expect(answer.body).toContain('&lt;b&gt;Hi&lt;/b&gt; &amp; &quot;bye&quot;</textarea>');
      expect(answer.body).toMatch(/id="email"[^>]*aria-invalid="true"/);
      expect(answer.body).toContain('href="#email"');
    }
  });

  it('refuses line breaks, control and text-direction characters in every single-line field, saying which', async () => {
    const before = await count();
    const attacks: [string, string][] = [
      ['name', 'Ada\r\nBcc: eve@example.com'],
      ['name', 'Ada\nExample'],
      ['name', 'Ada \u202Emoc.elpmaxe'],
      ['name', '\u2066Ada\u2069 Example'],
      ['name', 'Ada\u0007'],
      ['name', 'Ada\u0085Example'],
      ['email', 'ada\u202E@example.com'],
      ['email', 'ada@example.com\r\nBcc: eve@example.com'],
      ['phone', '555 123\u202E 4567'],
      ['phone', '555 123\n4567'],
      ['from', 'some-article\u202E'],
      ['counselor', `${counselors[0] ?? 'x'}\r\n`.replace(/\r\n$/, '\u2067')],
    ];
    for (const [field, value] of attacks) {
      const answer = await post(kind, encode(kind, validFields({ phone: '555 123 4567', [field]: value })));
      expect(answer.status, `${field}: ${JSON.stringify(value)}`).toBe(400);
      if (kind === 'json') {
        const { errors } = JSON.parse(answer.body) as { errors: Record<string, string> };
        expect(Object.keys(errors), JSON.stringify(value)).toEqual([field]);
      } else {
        expect(answer.body).toContain(`href="#${field}"`);
      }
    }
    expect(await count()).toBe(before);
    const named = await post(kind, encode(kind, validFields({ name: 'Ada\r\nExample' })));
    const message = 'Your name has a line break in it. Please type it on one line.';
    if (kind === 'json') expect(JSON.parse(named.body)).toEqual({ errors: { name: message } });
    else expect(named.body).toContain(message);
    const hidden = await post(kind, encode(kind, validFields({ name: 'Ada \u202Eevil' })));
    expect(hidden.status).toBe(400);
    expect(hidden.body).toMatch(/Your name has a hidden formatting character/);
  });

  it('treats an unknown counselor as a field error', async () => {
    const answer = await post(kind, encode(kind, validFields({ counselor: 'no-such-counselor' })));
    expect(answer.status).toBe(400);
    if (kind === 'json')
      expect(JSON.parse(answer.body)).toEqual({ errors: { counselor: expect.any(String) as unknown } });
  });

  it('answers spam as accepted but stores it flagged: honeypot, missing, forged or too quick token, many links', async () => {
    const cases = [
      validFields({ website: 'http://spam.example' }),
      validFields({ t: undefined }),
      validFields({ t: issueToken('someone-else', Date.now() - 10_000) }),
      validFields({ t: validToken(0) }),
      validFields({ message: 'http://a.example http://b.example http://c.example' }),
    ];
    for (const fields of cases) {
      const before = (await store.listRequests()).length;
      const beforeAll = await count();
      const answer = await post(kind, encode(kind, fields));
      expect([201, 303]).toContain(answer.status);
      expect(await count()).toBe(beforeAll + 1);
      expect((await store.listRequests()).length).toBe(before);
      const [latest] = await store.listRequests({ includeSpam: true });
      expect(latest?.spam).toBe(true);
    }
  });
});

describe('POST /api/contact in Spanish (language=es)', () => {
  const m = es.contact;

  it('answers JSON field errors in Spanish, and in English when no language is given', async () => {
    const spanish = await post('json', JSON.stringify({ name: '', consent: false, language: 'es' }));
    expect(spanish.status).toBe(400);
    expect(JSON.parse(spanish.body)).toEqual({
      errors: {
        name: m.errors.nameRequired,
        email: m.errors.replyNeeded,
        phone: m.errors.replyNeeded,
        consent: m.errors.consentRequired,
      },
    });
    const english = await post('json', JSON.stringify({ name: '', consent: false }));
    expect((JSON.parse(english.body) as { errors: { name: string } }).errors.name).toBe(
      en.contact.errors.nameRequired,
    );
  });

  it('stores the language with the request and sends a form to the Spanish thanks page', async () => {
    const json = await post('json', JSON.stringify(validFields({ name: 'Inés JSON', language: 'es' })));
    expect(json.status).toBe(201);
    const { id } = JSON.parse(json.body) as { id: string };
    expect(await store.getRequest(id)).toMatchObject({ name: 'Inés JSON', language: 'es' });

    const form = await post('form', formBody(validFields({ name: 'Inés Form', language: 'es' })));
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe('/es/contact/thanks/');
    const [latest] = await store.listRequests();
    expect(latest).toMatchObject({ name: 'Inés Form', language: 'es' });

    const plain = await post('json', JSON.stringify(validFields({ name: 'No Language' })));
    const plainId = (JSON.parse(plain.body) as { id: string }).id;
    expect(await store.getRequest(plainId)).toMatchObject({ language: 'en' });
  });

  it('shows a form with errors again as the Spanish page, keeping what was typed', async () => {
    const answer = await post('form', formBody({ name: 'Inés', email: 'no-es-un-correo', language: 'es' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<html lang="es"');
    expect(answer.body).toContain(m.errors.emailInvalid);
    expect(answer.body).toContain(m.errors.consentRequired);
    expect(answer.body).toContain('value="no-es-un-correo"');
    expect(answer.body).toContain('action="/api/contact?language=es"');
  });

  it('answers refusals made before the body is read in the language of the query', async () => {
    const url = `${server.url}/api/contact?language=es`;
    const unsupported = await rawPost(url, 'x', {
      'content-type': 'text/plain',
      'x-forwarded-for': freshAddress(),
    });
    expect(unsupported).toMatchObject({ status: 415, body: m.api.unsupportedType });
    const foreign = await rawPost(url, '{}', {
      'content-type': 'application/json',
      origin: 'https://elsewhere.example',
      'x-forwarded-for': freshAddress(),
    });
    expect(foreign).toMatchObject({ status: 403, body: m.api.crossSite });
    const large = await rawPost(url, 'x'.repeat(20_000), {
      'content-type': TYPES.form,
      'x-forwarded-for': freshAddress(),
    });
    expect(large).toMatchObject({ status: 413, body: m.api.tooLargeForm });
    const malformed = await rawPost(url, '{', {
      'content-type': TYPES.json,
      'x-forwarded-for': freshAddress(),
    });
    expect(JSON.parse(malformed.body)).toEqual({ errors: { body: m.api.notJson } });
  });

  it('refuses a language the site is not published in with a precise 400, storing nothing', async () => {
    const before = await count();
    const json = await post('json', JSON.stringify(validFields({ language: 'fr' })));
    expect(json.status).toBe(400);
    expect(JSON.parse(json.body)).toEqual({ errors: { language: en.contact.api.unknownLanguage('fr') } });
    const number = await post('json', JSON.stringify(validFields({ language: 7 })));
    expect(JSON.parse(number.body)).toEqual({ errors: { language: en.contact.api.unknownLanguage('7') } });
    const form = await post('form', formBody(validFields({ language: 'klingon' })));
    expect(form).toMatchObject({ status: 400, body: en.contact.api.unknownLanguage('klingon') });
    const query = await rawPost(`${server.url}/api/contact?language=de`, JSON.stringify(validFields()), {
      'content-type': TYPES.json,
      'x-forwarded-for': freshAddress(),
    });
    expect(query.status).toBe(400);
    expect(JSON.parse(query.body)).toEqual({ errors: { language: en.contact.api.unknownLanguage('de') } });
    expect(await count()).toBe(before);
  });

  it('says "too many requests" in Spanish', async () => {
    const client = freshAddress();
    for (let i = 0; i < 3; i += 1)
      expect((await post('json', JSON.stringify(validFields({ language: 'es' })), { client })).status).toBe(
        201,
      );
    // A JSON client over its limit is refused before its body is read: the query names the language.
    const json = await rawPost(`${server.url}/api/contact?language=es`, JSON.stringify(validFields()), {
      'content-type': TYPES.json,
      'x-forwarded-for': client,
    });
    expect(json.status).toBe(429);
    expect(JSON.parse(json.body)).toEqual({ errors: { body: m.api.rateLimited } });
    const form = await rawPost(
      `${server.url}/api/contact?language=es`,
      formBody(validFields({ language: 'es' })),
      {
        'content-type': TYPES.form,
        'x-forwarded-for': client,
      },
    );
    expect(form.status).toBe(429);
    expect(form.body).toContain('<html lang="es"');
    expect(form.body).toContain(es.contact.form.rateLimitedHeading);
  });
});

describe('the API never answers 5xx and stores exactly the valid requests', () => {
  const field = fc.constantFrom(...FIELDS, 'website', 't', 'language', 'extra', '__proto__', 'constructor');
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      'on',
      'true',
      '1',
      'ada@example.com',
      '555 123 4567',
      'email',
      'phone',
      'text',
      'some-article',
      'en',
      'es',
      'fr',
    ),
    fc.constant('COUNSELOR'),
    fc.boolean(),
    fc.integer(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const fields = fc.dictionary(field, value, { maxKeys: 12 });
  const origin = fc.constantFrom<string | undefined>(undefined, 'SELF', 'https://elsewhere.example');
  const resolve = (raw: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k,
        v === 'COUNSELOR' ? (counselors[0] ?? 'x') : k === 't' && v === true ? validToken() : v,
      ]),
    );

  it.each(['json', 'form'] as const)('for %s bodies', async (kind) => {
    await fc.assert(
      fc.asyncProperty(fields, origin, fc.boolean(), async (raw, originChoice, withBase) => {
        const values = resolve(withBase ? { ...validFields(), ...raw } : raw);
        const body = kind === 'json' ? JSON.stringify(values) : formBody(values);
        const headers: Record<string, string> = {};
        if (originChoice) headers['origin'] = originChoice === 'SELF' ? server.url : originChoice;
        const before = await count();
        const answer = await post(kind, body, { headers });
        expect(answer.status).toBeLessThan(500);
        expect([201, 303, 400, 403, 413]).toContain(answer.status);
        const parsedBack =
          kind === 'json'
            ? (JSON.parse(body) as Record<string, unknown>)
            : Object.fromEntries(new URLSearchParams(body));
        const sent = kind === 'form' ? firstValues(body) : parsedBack;
        // Absent (or empty) means English; only the site's languages are accepted.
        const language = Object.hasOwn(sent, 'language') ? sent['language'] : undefined;
        const valid =
          originChoice !== 'https://elsewhere.example' &&
          Buffer.byteLength(body) <= 16_384 &&
          [undefined, null, '', 'en', 'es'].includes(language as string) &&
          validateContact(sent, kind, en.contact.errors, counselors).ok;
        expect(await count()).toBe(before + (valid ? 1 : 0));
        expect([201, 303].includes(answer.status)).toBe(valid);
      }),
      { numRuns: 150 },
    );
  });

  it('for arbitrary bytes and content types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(
          'application/json',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-8',
          'text/plain',
          'APPLICATION/JSON',
        ),
        async (bytes, type) => {
          const answer = await rawPost(`${server.url}/api/contact`, bytes, {
            'content-type': type,
            'x-forwarded-for': freshAddress(),
          });
          expect([201, 303, 400, 415]).toContain(answer.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('no method, Host or header oddity produces a 5xx', () => {
  const method = fc.oneof(
    fc.constantFrom('GET', 'HEAD', 'POST', 'TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'),
    fc.constantFrom('CONNECT', 'MKCOL', 'LOCK', 'SEARCH', 'QUERY', 'get', 'Post'),
    fc.stringMatching(/^[A-Z]{1,10}$/),
  );
  const host = fc.oneof(
    fc.constantFrom<string | null>(
      null,
      '',
      '127.0.0.1:4391@evil.example',
      'user:pass@127.0.0.1',
      'evil.example/x',
      'evil.example?x',
      'evil.example#x',
      '[::1',
      '[::1]:99999',
      'x:99999',
      'x:',
      ':80',
      'a b',
      'a\\b',
      '%2e%2e',
      'xn--',
      '..',
      'localhost',
      '[::1]:80',
      '127.0.0.1:4391',
    ),
    fc.string({ maxLength: 40 }).map((v) => v.replace(/[\r\n\0]/g, '')),
  );
  const oddity = fc.constantFrom<[string, string]>(
    ['Cookie', 'staff-session=%E0%A4%A'],
    ['Cookie', 'staff-session'],
    ['Cookie', '=;;=;staff-form=%'],
    ['X-Forwarded-Proto', 'https, http'],
    ['X-Forwarded-Proto', 'gopher'],
    ['X-Forwarded-For', 'not an address, ::::, 300.1.1.1'],
    ['X-Forwarded-Host', 'evil.example@x'],
    ['X-Forwarded-Port', 'abc'],
    ['Origin', 'http://[::1'],
    ['Origin', 'null'],
    ['Sec-Fetch-Site', 'sideways'],
    ['Accept-Encoding', 'br;q=x, *;q=-1'],
    ['If-None-Match', '*'],
    ['Range', 'bytes=99999999-'],
    ['Content-Type', 'multipart/form-data; boundary='],
    ['Content-Type', 'application/json; charset=ebcdic'],
    ['Accept', '\u00ff\u00fe'],
    ['Referer', '//evil.example/'],
  );
  const target = fc.constantFrom(
    '/',
    '/contact/',
    '/contact/thanks/',
    '/es/contact/',
    '/es/contact/thanks/',
    '/staff/',
    '/staff/sign-in/',
    '/staff/export',
    '/api/contact',
    '/api/contact?language=es',
    '/api/contact?language=%FF%00',
    '/api/health',
    '/articles/',
    '/search/',
    '/no-such-page',
    '//evil.example/..%2farticles',
  );

  it('for methods, Host values and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        target,
        host,
        fc.array(oddity, { maxLength: 3 }),
        async (m, path, h, headers) => {
          const answer = await wireRequest(server.url, {
            method: m,
            target: path,
            host: h,
            headers: [...headers, ['X-Forwarded-For', freshAddress()]],
          });
          expect(answer.status, `${m} ${path} Host: ${String(h)} ${JSON.stringify(headers)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});

function firstValues(body: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) if (!Object.hasOwn(values, key)) values[key] = value;
  return values;
}
