import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublicationSchedule } from '../../../src/server/rebuild/schedule.ts';
import { manualClock, type ManualClock } from '../../support/manual-clock.ts';
import { root, variant } from '../../support/content-fixtures.ts';

// The schedule against a real export and MDX folder, on a clock the test moves: days pass in no time.
const DAY = 86_400_000;
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** An export whose "article-future" goes live at `due`, and an MDX folder with the given frontmatter dates. */
function content(due: Date, mdxDates: Date[] = []) {
  const exportDir = variant((docs) =>
    docs.map((doc) => (doc._id === 'article-future' ? { ...doc, publishedAt: due.toISOString() } : doc)),
  );
  const mdxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-schedule-mdx-'));
  folders.push(exportDir, mdxDir);
  mdxDates.forEach((date, i) => {
    fs.writeFileSync(
      path.join(mdxDir, `later-${i}.mdx`),
      `---\ntitle: Later ${i}\npublishedAt: '${date.toISOString()}'\n---\n\nText.\n`,
    );
  });
  return { SANITY_EXPORT: exportDir, CONTENT_MDX_DIR: mdxDir };
}

function schedule(clock: ManualClock, env: NodeJS.ProcessEnv) {
  const due: string[] = [];
  const log: string[] = [];
  const scheduled = createPublicationSchedule({
    root,
    env,
    clock,
    logger: { info: (line) => log.push(line), error: (line) => log.push(line) },
    onDue: () => due.push(new Date(clock.now()).toISOString()),
  });
  return { scheduled, due, log };
}

describe('scheduled articles go live on their own', () => {
  it('asks for a rebuild one second after the next publication date, once', async () => {
    const clock = manualClock();
    const at = new Date(clock.now() + 2 * 60 * 60_000);
    const { scheduled, due, log } = schedule(clock, content(at));
    expect(await scheduled.refresh()).toEqual(at);
    expect(log).toContain(`next scheduled article goes live at ${at.toISOString()}`);
    await clock.advance(at.getTime() - clock.now());
    expect(due).toEqual([]);
    await clock.advance(1000);
    expect(due).toEqual([new Date(at.getTime() + 1000).toISOString()]);
    expect(log).toContain(`scheduled article due (${at.toISOString()}): rebuilding`);
    await clock.advance(DAY);
    expect(due).toHaveLength(1);
    expect(clock.pending()).toBe(0);
  });

  it('takes the earliest date of the CMS and the MDX articles, ignoring those already published', async () => {
    const clock = manualClock();
    const cms = new Date(clock.now() + 3 * DAY);
    const mdx = new Date(clock.now() + DAY);
    const past = new Date(clock.now() - DAY);
    const { scheduled } = schedule(clock, content(cms, [past, mdx]));
    expect(await scheduled.refresh()).toEqual(mdx);
  });

  it('waits out a date further away than one Node timer can (about 25 days)', async () => {
    const clock = manualClock();
    const at = new Date(clock.now() + 60 * DAY);
    const { scheduled, due } = schedule(clock, content(at));
    await scheduled.refresh();
    await clock.advance(60 * DAY);
    expect(due).toEqual([]);
    await clock.advance(1000);
    expect(due).toHaveLength(1);
  });

  it('re-arms on refresh: a date moved later is not announced at its old time', async () => {
    const clock = manualClock();
    const first = new Date(clock.now() + DAY);
    const env = content(first);
    const { scheduled, due } = schedule(clock, env);
    await scheduled.refresh();
    const later = new Date(clock.now() + 2 * DAY);
    const moved = content(later);
    Object.assign(env, moved);
    await scheduled.refresh();
    await clock.advance(DAY + 1000);
    expect(due).toEqual([]);
    await clock.advance(DAY);
    expect(due).toHaveLength(1);
    expect(clock.pending()).toBe(0);
  });

  it('sets no timer when nothing is scheduled, and none after stop()', async () => {
    const clock = manualClock();
    const { scheduled, log } = schedule(clock, content(new Date(clock.now() - DAY)));
    expect(await scheduled.refresh()).toBeUndefined();
    expect(clock.pending()).toBe(0);
    expect(log).toEqual([]);

    const later = schedule(clock, content(new Date(clock.now() + DAY)));
    await later.scheduled.refresh();
    expect(clock.pending()).toBe(1);
    later.scheduled.stop();
    expect(clock.pending()).toBe(0);
    expect(await later.scheduled.refresh()).toBeUndefined();
    await clock.advance(2 * DAY);
    expect(later.due).toEqual([]);
  });

  it('logs a schedule it cannot read and keeps running', async () => {
    const clock = manualClock();
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-schedule-broken-'));
    folders.push(broken);
    fs.writeFileSync(path.join(broken, 'data.ndjson'), '{"_id": "half a document\n');
    const { scheduled, log } = schedule(clock, { SANITY_EXPORT: broken });
    expect(await scheduled.refresh()).toBeUndefined();
    expect(log.join('\n')).toMatch(/could not read the publication schedule/);
  });
});
