import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/server/rebuild/signature.ts';
import { openDatabase } from '../../src/server/store/database.ts';
import { TEST_TOKEN_SECRET, rawPost, validFields } from '../support/contact.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { holdProjectRoot } from '../support/project-root-lock.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { createTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

// Two server processes sharing one PostgreSQL database and nothing else (own builds folder each), as behind a
// load balancer (docs/deploy.md, "Several instances").
const SITE_URL = 'https://practice.test';
const PASSWORD = 'saucepan meadow lighthouse';
const SECRET = 'instances-webhook-secret';
const work = path.resolve('.builds', `e2e-instances-${process.pid}`);
const content = path.join(work, 'content');
const fixture = path.resolve('tests/fixtures/datasets/basic');

let db: TestDatabase;
let smtp: TestSmtp;
let env: Record<string, string>;
let a: TestServer;
let b: TestServer;
let clients = 0;
// Both instances rebuild from the project root, as in production (and as tests/e2e/rebuild-flow.test.ts does).
let letGo: (() => void) | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A client address no other test here used (the instances trust one proxy hop, as behind a load balancer). */
const freshAddress = () => `10.88.${++clients >> 8}.${clients & 255}`;

type Doc = Record<string, unknown> & { _id: string };
/** Rewrites the export both instances build from (standing in for the Sanity API they would share). */
function writeExport(change: (doc: Doc) => Doc = (doc) => doc) {
  const lines = fs.readFileSync(path.join(fixture, 'data.ndjson'), 'utf8').trim().split('\n');
  const docs = lines.map((line) => change(JSON.parse(line) as Doc));
  fs.writeFileSync(
    path.join(content, 'data.ndjson'),
    docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n',
  );
}

beforeAll(async () => {
  letGo = await holdProjectRoot();
  db = await createTestDatabase();
  smtp = await createTestSmtp();
  fs.mkdirSync(path.join(work, 'mdx'), { recursive: true });
  fs.cpSync(fixture, content, { recursive: true });
  writeExport();
  env = {
    DATABASE_URL: db.url,
    TRUST_PROXY: '1',
    SITE_URL,
    CONTACT_MIN_FILL_SECONDS: '0',
    CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    SMTP_URL: smtp.url,
    NOTIFY_TO: 'staff@practice.test',
    NOTIFY_FROM: 'website@practice.test',
    SANITY_WEBHOOK_SECRET: SECRET,
    SANITY_EXPORT: content,
    CONTENT_MDX_DIR: path.join(work, 'mdx'),
  };
});

afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await smtp.stop();
  await db.cleanup();
  fs.rmSync(work, { recursive: true, force: true });
  letGo?.();
});

describe('two instances on one PostgreSQL', () => {
  it('start at once on an empty database and migrate it once, without error', async () => {
    [a, b] = await Promise.all([
      startServer({ ...env, BUILDS_DIR: path.join(work, 'builds-a') }),
      startServer({ ...env, BUILDS_DIR: path.join(work, 'builds-b') }),
    ]);
    for (const server of [a, b]) {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect(server.output()).not.toMatch(/ error /);
    }
    const store = await openDatabase(db.url);
    try {
      const versions = await store.migrations();
      expect(versions.length).toBeGreaterThan(0);
      expect(new Set(versions).size).toBe(versions.length);
    } finally {
      await store.close();
    }
  });

  it.each([
    ['the first', () => a],
    ['the second', () => b],
  ])(
    'holds the rate limit across both: the sixth request is refused when %s instance gets it',
    async (_, sixth) => {
      const address = freshAddress();
      const submit = (server: TestServer) =>
        rawPost(`${server.url}/api/contact`, JSON.stringify(validFields()), {
          'content-type': 'application/json',
          'x-forwarded-for': address,
        });
      const statuses = [];
      for (const server of [a, b, a, b, b]) statuses.push((await submit(server)).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201]);
      expect((await submit(sixth())).status).toBe(429);
      expect((await submit(a)).status).toBe(429);
      expect((await submit(b)).status).toBe(429);
    },
  );

  it('sends each notification email exactly once while both outbox workers run', async () => {
    await smtp.waitFor(10, 60_000);
    const ids: string[] = [];
    for (let n = 0; n < 8; n += 1) {
      const answer = await rawPost(
        `${(n % 2 ? a : b).url}/api/contact`,
        JSON.stringify(validFields({ name: `Mail ${n}` })),
        { 'content-type': 'application/json', 'x-forwarded-for': freshAddress() },
      );
      expect(answer.status).toBe(201);
      ids.push((JSON.parse(answer.body) as { id: string }).id);
    }
    await smtp.waitFor(18, 60_000);
    // No duplicate can follow: every notification is marked sent, and each was claimed once (a row is sent only by
    // the worker that claimed it, and a sent row is never claimed again).
    const outbox = async () => {
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ unsent: string; claims: string; rows: string }>(
          'SELECT count(*) FILTER (WHERE sent_at IS NULL) AS unsent, sum(attempts) AS claims, count(*) AS rows FROM outbox',
        );
        return rows[0];
      } finally {
        await admin.end();
      }
    };
    const deadline = Date.now() + 60_000;
    while ((await outbox())?.unsent !== '0') {
      if (Date.now() > deadline) throw new Error('the outbox still holds unsent notifications');
      await sleep(100);
    }
    expect(await outbox()).toEqual({ unsent: '0', claims: '18', rows: '18' });
    expect(smtp.messages).toHaveLength(18);
    for (const id of ids) expect(smtp.messages.filter((mail) => mail.raw.includes(id))).toHaveLength(1);
  });

  it('accepts a form token once: sent again to the other instance, it stores nothing new', async () => {
    const fields = validFields({ name: 'One Token Two Instances' });
    const send = (server: TestServer) =>
      rawPost(`${server.url}/api/contact`, JSON.stringify(fields), {
        'content-type': 'application/json',
        'x-forwarded-for': freshAddress(),
      });
    const first = await send(a);
    const again = await send(b);
    expect([first.status, again.status]).toEqual([201, 201]);
    // Answered as the first was: the same request id, from the instance that never saw it.
    expect(again.body).toBe(first.body);
    const store = await openDatabase(db.url);
    try {
      const stored = (await store.listRequests({ includeSpam: true })).filter(
        (request) => request.name === 'One Token Two Instances',
      );
      expect(stored).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  describe('staff', () => {
    type Jar = ReturnType<typeof cookieJar>;
    const request = async (
      server: TestServer,
      jar: Jar,
      pathname: string,
      { form, address = '10.88.255.1' }: { form?: Record<string, string>; address?: string } = {},
    ) => {
      const response = await fetch(`${server.url}${pathname}`, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          'X-Forwarded-For': address,
          ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}),
          ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE_URL } : {}),
        },
        ...(form ? { body: new URLSearchParams(form).toString() } : {}),
      });
      jar.take(response);
      return { response, body: await response.text() };
    };
    const attempt = async (server: TestServer, email: string, password: string) => {
      const jar = cookieJar();
      const address = freshAddress();
      const page = await request(server, jar, '/staff/sign-in/', { address });
      const result = await request(server, jar, '/staff/sign-in/', {
        address,
        form: { csrf: hiddenValue(page.body, 'csrf'), email, password },
      });
      return { jar, status: result.response.status };
    };

    beforeAll(async () => {
      for (const email of ['shared@example.com', 'locked@example.com']) {
        const added = await staffTool(['add', email], env);
        expect(added.code).toBe(0);
        const link = new URL(linkFrom(added.stdout));
        const jar = cookieJar();
        // The link made on one instance works on the other.
        const page = await request(b, jar, link.pathname + link.search);
        const set = await request(a, jar, '/staff/set-password/', {
          form: {
            csrf: hiddenValue(page.body, 'csrf'),
            token: link.searchParams.get('token') ?? '',
            password: PASSWORD,
            confirm: PASSWORD,
          },
        });
        expect(set.response.status).toBe(303);
      }
    });

    it('keeps a session made on one instance on the other, and signing out on one ends it on both', async () => {
      const { jar, status } = await attempt(a, 'shared@example.com', PASSWORD);
      expect(status).toBe(303);
      const session = jar.header();
      expect((await request(a, jar, '/staff/')).response.status).toBe(200);
      const inbox = await request(b, jar, '/staff/');
      expect(inbox.response.status).toBe(200);
      const out = await request(b, jar, '/staff/sign-out/', {
        form: { csrf: hiddenValue(inbox.body, 'csrf') },
      });
      expect(out.response.status).toBe(303);
      for (const server of [a, b]) {
        const replay = await fetch(`${server.url}/staff/`, {
          redirect: 'manual',
          headers: { Cookie: session },
        });
        expect(replay.status).toBe(303);
      }
    });

    it('shares the sign-in lockout: failures on either instance add up', async () => {
      const statuses = [];
      for (const server of [a, b, a])
        statuses.push((await attempt(server, 'locked@example.com', 'wrong guess')).status);
      expect(statuses).toEqual([403, 403, 429]);
      expect((await attempt(b, 'locked@example.com', PASSWORD)).status).toBe(429);
    });
  });

  describe('rebuilds', () => {
    const health = async (server: TestServer) =>
      (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean; build?: string };
    const webhook = (server: TestServer) => {
      const body = JSON.stringify({ _id: 'article-worry', at: Date.now(), nonce: Math.random() });
      return fetch(`${server.url}/api/rebuild`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signBody(body, SECRET) },
        body,
      });
    };
    const count = (pattern: RegExp) =>
      (a.output() + b.output()).match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    const publishedBuilds = async () => {
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        return (await admin.query<{ n: string }>('SELECT count(*) AS n FROM site_builds')).rows[0]?.n;
      } finally {
        await admin.end();
      }
    };
    async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 240_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`timed out; logs:\n${a.output()}\n---\n${b.output()}`);
        await sleep(250);
      }
    }

    it('a webhook to either instance puts every instance on the new build', async () => {
      expect((await fetch(`${a.url}/articles/understanding-worry/`)).status).toBe(404);
      expect((await webhook(b)).status).toBe(202);
      await until(async () => {
        const [ha, hb] = await Promise.all([health(a), health(b)]);
        return ha.build !== 'dist' && ha.build === hb.build;
      });
      expect(count(/rebuild finished/)).toBe(1);
      expect(a.output()).toMatch(/now serving build-\S+, built by another instance/);
      for (const server of [a, b]) {
        const page = await fetch(`${server.url}/articles/understanding-worry/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Understanding worry');
      }
    }, 300_000);

    it('runs one build at a time: webhooks to both at once never build side by side, and both end on one build', async () => {
      const before = (await health(a)).build;
      const answers = await Promise.all([webhook(a), webhook(b)]);
      expect(answers.map((answer) => answer.status)).toEqual([202, 202]);
      // Each request either builds (after the other's build) or finds that a build which started after it was
      // made is already published.
      await until(() => count(/rebuild finished/) + count(/rebuild not needed/) === 3);
      await until(async () => {
        const [ha, hb] = await Promise.all([health(a), health(b)]);
        return ha.build !== before && ha.build === hb.build;
      });
      const spans = [
        ...(a.output() + b.output()).matchAll(/^(\S+) info building (build-\S+), holding/gm),
      ].map(([, start = '', id = '']) => {
        const end = new RegExp(`^(\\S+) info published ${id}; build lock released$`, 'm').exec(
          a.output() + b.output(),
        )?.[1];
        return [Date.parse(start), Date.parse(end ?? '')] as const;
      });
      expect(spans.length).toBe(count(/rebuild finished/));
      spans.sort((x, y) => x[0] - y[0]);
      for (let n = 1; n < spans.length; n += 1)
        expect(spans[n]?.[0]).toBeGreaterThanOrEqual(spans[n - 1]?.[1] ?? 0);
    }, 300_000);

    it('hears about new builds again after losing its listening connection', async () => {
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        const killed = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
        );
        expect(killed.rowCount).toBe(2);
      } finally {
        await admin.end();
      }
      await until(() => count(/reconnecting/) === 2);
      await until(() => count(/listening for new builds again/) === 2);
      const before = (await health(a)).build;
      const finished = count(/rebuild finished/);
      expect((await webhook(b)).status).toBe(202);
      await until(async () => {
        const [ha, hb] = await Promise.all([health(a), health(b)]);
        return count(/rebuild finished/) > finished && ha.build !== before && ha.build === hb.build;
      });
    }, 300_000);

    it('a failed build leaves every instance on the build it had', async () => {
      const before = [(await health(a)).build, (await health(b)).build];
      const published = await publishedBuilds();
      writeExport((doc) => (doc._id === 'article-worry' ? { ...doc, excerpt: 'x'.repeat(201) } : doc));
      expect((await webhook(a)).status).toBe(202);
      await until(() => count(/rebuild failed, still serving the previous build/) === 1);
      // Nothing was published for an instance to switch to (an instance serves only what it built or adopted
      // from site_builds), so both stay where they were.
      expect(await publishedBuilds()).toBe(published);
      expect([(await health(a)).build, (await health(b)).build]).toEqual(before);
      for (const server of [a, b])
        expect((await fetch(`${server.url}/articles/understanding-worry/`)).status).toBe(200);
    }, 300_000);
  });
});
