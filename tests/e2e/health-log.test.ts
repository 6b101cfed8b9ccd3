import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET, rawPost, validFields } from '../support/contact.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { startServer, type TestServer } from '../support/server.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('GET /api/health', () => {
  it('answers 200 with the id of the build being served, and nothing else', async () => {
    const server = await startServer();
    try {
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ ok: true, build: 'dist' });
      const head = await fetch(`${server.url}/api/health`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      const post = await fetch(`${server.url}/api/health`, { method: 'POST' });
      expect(post.status).toBe(405);
    } finally {
      await server.stop();
    }
  });

  describe('on PostgreSQL', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.cleanup();
    });

    it('answers 503 once the database stops answering', async () => {
      const server = await startServer({ DATABASE_URL: db.url });
      try {
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        // Dropping the database ends the server's connections and leaves nothing to reconnect to.
        await db.cleanup();
        const response = await fetch(`${server.url}/api/health`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ ok: false });
      } finally {
        await server.stop();
      }
      db = await createTestDatabase();
    });
  });

  it('answers 503 when the build it serves is gone', async () => {
    // Inside the project, so the copied server bundle still finds node_modules.
    const base = path.resolve('.builds', `health-${process.pid}`);
    fs.rmSync(base, { recursive: true, force: true });
    fs.cpSync(path.resolve('dist'), path.join(base, 'dist'), { recursive: true });
    const server = await startServer({
      DIST_DIR: path.join(base, 'dist'),
      BUILDS_DIR: path.join(base, 'builds'),
    });
    try {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      fs.rmSync(path.join(base, 'dist'), { recursive: true, force: true });
      expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
    } finally {
      await server.stop();
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('LOG_FORMAT=json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      LOG_FORMAT: 'json',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('writes one JSON object per line, requests with exactly time, level, id, method, path, status and ms', async () => {
    const response = await fetch(
      `${server.url}/articles/?q=my%20panic%20attacks&email=someone%40example.org`,
    );
    const id = response.headers.get('x-request-id') ?? '';
    await settle();
    const lines = server.output().trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries) {
      expect(Date.parse(String(entry['time']))).not.toBeNaN();
      expect(['info', 'error']).toContain(entry['level']);
    }
    const entry = entries.find((e) => e['id'] === id);
    expect(Object.keys(entry ?? {})).toEqual(['time', 'level', 'id', 'method', 'path', 'status', 'ms']);
    expect(entry).toMatchObject({ level: 'info', method: 'GET', path: '/articles/', status: 200 });
    expect(typeof entry?.['ms']).toBe('number');
  });

  it('never logs a query string or anything a person wrote', async () => {
    const answer = await rawPost(
      `${server.url}/api/contact?ref=newsletter-someone`,
      JSON.stringify(
        validFields({
          name: 'Grace Unlogged',
          email: 'grace.unlogged@example.org',
          message: 'Weekday mornings',
        }),
      ),
      { 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(201);
    await fetch(`${server.url}/no-such-page%0a{"level":"error"}`);
    await settle();
    const output = server.output();
    for (const secret of ['Grace', 'grace.unlogged', 'Weekday', 'newsletter', 'ref=', 'panic', 'someone'])
      expect(output).not.toContain(secret);
    for (const line of output.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(output).toMatch(/"method":"POST","path":"\/api\/contact","status":201/);
  });

  it('refuses to start with a format it does not know, saying which ones it does', async () => {
    await expect(startServer({ LOG_FORMAT: 'xml' })).rejects.toThrow(/LOG_FORMAT must be "text" or "json"/);
  });
});
