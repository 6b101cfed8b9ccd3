import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/server/log.ts';
import {
  buildStartedAt,
  changedArticleIds,
  LivePages,
  type LiveRender,
} from '../../../src/server/live/live-pages.ts';

/** Live pages whose renders the test answers one by one, in any order. */
function setup(limits: { maxPaths?: number; maxBytes?: number } = {}) {
  const lines: string[] = [];
  const pending: { id: string; answer: (render: LiveRender) => void }[] = [];
  const live = new LivePages({
    logger: createLogger((line) => lines.push(line)),
    render: (id) => new Promise((resolve) => pending.push({ id, answer: resolve })),
    ...limits,
  });
  const page = (at: string, title: string, former?: string): LiveRender => ({
    status: 200,
    headers: new Headers({ 'x-live-path': at, ...(former ? { 'x-live-former-path': former } : {}) }),
    body: Buffer.from(`<h1>${title}</h1>`),
  });
  const gone = (former?: string): LiveRender => ({
    status: 404,
    headers: new Headers({
      'content-type': 'text/plain; charset=utf-8',
      ...(former ? { 'x-live-former-path': former } : {}),
    }),
    body: Buffer.from('No published article'),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const html = (at: string) => {
    const answer = live.lookup(at);
    return answer?.kind === 'page' ? answer.body.toString() : answer?.kind;
  };
  return { live, lines, pending, page, gone, settle, html };
}

describe('live pages', () => {
  it('shows a changed article at its path until a build that started after the change is served', async () => {
    const { live, pending, page, html } = setup();
    const done = live.refresh('a1', 1_000);
    pending[0]?.answer(page('/articles/a/', 'New'));
    await done;
    expect(html('/articles/a/')).toBe('<h1>New</h1>');
    expect(html('/articles/a')).toBe('<h1>New</h1>');
    // A build that started before the change arrived may not hold it: the live page stays.
    live.supersede(999);
    expect(html('/articles/a/')).toBe('<h1>New</h1>');
    live.supersede(1_000);
    expect(live.lookup('/articles/a/')).toBeUndefined();
    expect(live.stats).toEqual({ paths: 0, bytes: 0 });
  });

  it('keeps the newest change when renders finish out of order, and drops one a build overtook', async () => {
    const { live, pending, page, html } = setup();
    const older = live.refresh('a1', 1_000);
    const newer = live.refresh('a1', 2_000);
    pending[1]?.answer(page('/articles/a/', 'Second'));
    await newer;
    pending[0]?.answer(page('/articles/a/', 'First'));
    await older;
    expect(html('/articles/a/')).toBe('<h1>Second</h1>');

    const late = live.refresh('b1', 3_000);
    live.supersede(3_500);
    pending[2]?.answer(page('/articles/b/', 'Stale'));
    await late;
    expect(live.lookup('/articles/b/')).toBeUndefined();
  });

  it('answers 404 where an unpublished article was, and redirects a former slug to the new one', async () => {
    const { live, pending, page, gone, html } = setup();
    const renamed = live.refresh('a1', 1_000);
    pending[0]?.answer(page('/articles/new/', 'Renamed', '/articles/old/'));
    await renamed;
    expect(live.lookup('/articles/old/')).toMatchObject({ kind: 'moved', location: '/articles/new/' });
    // Renamed again: every path it had leads to the newest one.
    const again = live.refresh('a1', 2_000);
    pending[1]?.answer(page('/es/articles/newest/', 'Again', '/articles/old/'));
    await again;
    expect(live.lookup('/articles/new/')).toMatchObject({ kind: 'moved', location: '/es/articles/newest/' });
    expect(live.lookup('/articles/old/')).toMatchObject({ kind: 'moved', location: '/es/articles/newest/' });
    expect(html('/es/articles/newest/')).toBe('<h1>Again</h1>');
    // Unpublished: each of its paths answers 404.
    const removed = live.refresh('a1', 3_000);
    pending[2]?.answer(gone('/articles/old/'));
    await removed;
    for (const at of ['/articles/old/', '/articles/new/', '/es/articles/newest/'])
      expect(live.lookup(at)).toMatchObject({ kind: 'gone' });
  });

  it('leaves the build in place when the render fails or the live API refuses the document', async () => {
    const { live, pending, lines } = setup();
    const refused = live.refresh('a1', 1_000);
    pending[0]?.answer({ status: 422, headers: new Headers(), body: Buffer.from('excerpt is too long') });
    await refused;
    const notFoundPage = live.refresh('a2', 1_000);
    // An older build without the live route answers its 404 page (HTML): that is not "unpublished".
    pending[1]?.answer({
      status: 404,
      headers: new Headers({ 'content-type': 'text/html', 'x-live-former-path': '/articles/a/' }),
      body: Buffer.from('<h1>Not found</h1>'),
    });
    await notFoundPage;
    expect(live.stats.paths).toBe(0);
    expect(lines.join('\n')).toContain('excerpt is too long');
  });

  it('holds at most its limits; past them a change waits for the build', async () => {
    const { live, pending, page, lines } = setup({ maxPaths: 2, maxBytes: 1_000 });
    for (const [i, id] of ['a', 'b', 'c'].entries()) {
      const done = live.refresh(id, 1_000 + i);
      pending[i]?.answer(page(`/articles/${id}/`, id));
      await done;
    }
    expect(live.stats.paths).toBe(2);
    expect(live.lookup('/articles/c/')).toBeUndefined();
    const big = live.refresh('a', 2_000);
    pending[3]?.answer({ ...page('/articles/a/', 'x'), body: Buffer.alloc(2_000) });
    await big;
    expect(live.stats.bytes).toBeLessThanOrEqual(1_000);
    expect(lines.filter((line) => line.includes('waits for the full build'))).toHaveLength(2);
  });
});

describe('what a webhook names', () => {
  it('reads the document id of an article, a draft as its published id, and the older ids lists', () => {
    expect(changedArticleIds('{"_id":"a1","_type":"article","title":"x"}')).toEqual(['a1']);
    expect(changedArticleIds('{"_id":"drafts.a1"}')).toEqual(['a1']);
    expect(changedArticleIds('{"_id":"c1","_type":"counselor"}')).toEqual([]);
    expect(changedArticleIds('{"ids":{"created":["a1"],"updated":["a2","a1"],"deleted":["a3"]}}')).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
    expect(changedArticleIds('not json')).toEqual([]);
    expect(changedArticleIds('{"_id":"../etc/passwd"}')).toEqual([]);
    expect(
      changedArticleIds(JSON.stringify({ ids: { updated: Array.from({ length: 50 }, (_, i) => `a${i}`) } })),
    ).toHaveLength(20);
  });

  it('knows when a background build started from its folder name', () => {
    const started = Date.UTC(2026, 11, 3, 9, 0, 0);
    expect(buildStartedAt(`/srv/.builds/build-${started.toString(36)}-4242`)).toBe(started);
    expect(buildStartedAt('/srv/dist')).toBeUndefined();
  });
});
