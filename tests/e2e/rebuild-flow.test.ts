import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/server/rebuild/signature.ts';
import { holdProjectRoot } from '../support/project-root-lock.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Real builds against the real server: each takes a while, so the flow runs once, in order.
const secret = 'flow-webhook-secret';
const work = path.resolve('.builds', `e2e-flow-${process.pid}`);
const content = path.join(work, 'content');
const fixture = path.resolve('tests/fixtures/datasets/basic');
let server: TestServer;
// The server rebuilds from the project root, as in production.
let letGo: (() => void) | undefined;

type Doc = Record<string, unknown> & { _id: string };

/** Rewrites the test export, changing documents by id. */
function writeExport(change: (doc: Doc) => Doc = (doc) => doc) {
  const lines = fs.readFileSync(path.join(fixture, 'data.ndjson'), 'utf8').trim().split('\n');
  const docs = lines.map((line) => change(JSON.parse(line) as Doc));
  fs.writeFileSync(
    path.join(content, 'data.ndjson'),
    docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n',
  );
}

const webhook = () => {
  const body = JSON.stringify({ _id: 'article-worry', at: Date.now(), nonce: Math.random() });
  return fetch(`${server.url}/api/rebuild`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signBody(body, secret) },
    body,
  });
};

const env = {
  SANITY_WEBHOOK_SECRET: secret,
  SANITY_EXPORT: content,
  CONTENT_MDX_DIR: path.join(work, 'mdx'),
  BUILDS_DIR: path.join(work, 'builds'),
};

const BUILD_MS = 240_000;
// Long enough for a server to start and read its schedule on a loaded machine; a late start fails the test
// (no "next scheduled article" line), it never passes by chance.
const SCHEDULED_IN_MS = 8_000;

beforeAll(async () => {
  letGo = await holdProjectRoot();
  fs.mkdirSync(path.join(work, 'mdx'), { recursive: true });
  fs.cpSync(fixture, content, { recursive: true });
  writeExport();
  server = await startServer(env);
});

afterAll(async () => {
  await server.stop();
  fs.rmSync(work, { recursive: true, force: true });
  letGo?.();
});

describe('publishing reaches the running site', () => {
  it('coalesces a burst of webhooks into two builds and switches to the new content', async () => {
    expect((await fetch(`${server.url}/articles/understanding-worry/`)).status).toBe(404);
    const statuses = [((await (await webhook()).json()) as { status: string }).status];
    // The rest of the burst comes once the first build reads the content: requests before that are absorbed into it
    // (it waits for the live pages first), and the run would end after one build.
    await server.waitForOutput(/rebuild started: build-/, 1, BUILD_MS);
    for (let i = 1; i < 4; i++)
      statuses.push(((await (await webhook()).json()) as { status: string }).status);
    expect(statuses).toEqual(['started', 'queued', 'queued', 'queued']);
    await server.waitForOutput(/rebuild finished/, 2, BUILD_MS);
    expect(server.output().match(/rebuild finished/g)).toHaveLength(2);
    const page = await fetch(`${server.url}/articles/understanding-worry/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Understanding worry');
  }, 300_000);

  it('keeps serving the current site when a build fails, and logs the reason', async () => {
    writeExport((doc) => (doc._id === 'article-worry' ? { ...doc, excerpt: 'x'.repeat(201) } : doc));
    const answer = await webhook();
    expect(answer.status).toBe(202);
    // Started, not queued: the burst above left no third build running or waiting.
    expect(((await answer.json()) as { status: string }).status).toBe('started');
    await server.waitForOutput(
      /rebuild failed, still serving the previous build: .*article-worry/,
      1,
      BUILD_MS,
    );
    expect(server.output()).toMatch(/article "article-worry": excerpt is longer than 200 characters/);
    const page = await fetch(`${server.url}/articles/understanding-worry/`);
    expect(page.status).toBe(200);
  }, 300_000);

  it('puts a scheduled article live when its publication time passes, with no webhook', async () => {
    // The server reads the schedule as it starts (and after every build), so a restart arms the timer without a
    // build, and the date can be seconds away rather than a build's length.
    await server.stop();
    const due = new Date(Date.now() + SCHEDULED_IN_MS).toISOString();
    writeExport((doc) => (doc._id === 'article-future' ? { ...doc, publishedAt: due } : doc));
    server = await startServer(env);
    await server.waitForOutput(
      new RegExp(`next scheduled article goes live at ${due.replace(/[.]/g, '\\.')}`),
      1,
      SCHEDULED_IN_MS,
    );
    expect((await fetch(`${server.url}/articles/not-yet/`)).status).toBe(404);
    await server.waitForOutput(/scheduled article due/, 1, SCHEDULED_IN_MS + 30_000);
    await server.waitForOutput(/rebuild finished/, 1, BUILD_MS);
    expect((await fetch(`${server.url}/articles/not-yet/`)).status).toBe(200);
  }, 300_000);
});
