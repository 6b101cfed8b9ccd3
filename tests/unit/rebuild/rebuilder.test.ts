import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/server/log.ts';
import { buildFailureReason, Rebuilder } from '../../../src/server/rebuild/rebuilder.ts';

function setup(outcomes: ('ok' | 'fail')[]) {
  const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-rebuilds-'));
  const lines: string[] = [];
  const activated: string[] = [];
  let release: () => void = () => undefined;
  let builds = 0;
  const rebuilder = new Rebuilder({
    buildsDir,
    logger: createLogger((line) => lines.push(line)),
    build: async (outDir) => {
      const outcome = outcomes[builds++] ?? 'ok';
      await new Promise<void>((resolve) => (release = resolve));
      if (outcome === 'fail') throw new Error('article "a1": excerpt is longer than 200 characters');
      fs.mkdirSync(outDir, { recursive: true });
      return 'built' as const;
    },
    activate: (dir) => {
      activated.push(dir);
      return Promise.resolve();
    },
  });
  const finishBuild = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { rebuilder, lines, activated, finishBuild, buildsDir, buildCount: () => builds };
}

describe('rebuilding after a publish', () => {
  it('absorbs a burst of requests into one more build after the running one', async () => {
    const { rebuilder, activated, finishBuild, buildCount } = setup([]);
    expect(rebuilder.request('publish 1')).toBe('started');
    for (let i = 2; i <= 6; i++) expect(rebuilder.request(`publish ${i}`)).toBe('queued');
    await finishBuild();
    await finishBuild();
    await rebuilder.idle();
    expect(buildCount()).toBe(2);
    expect(activated).toHaveLength(2);
  });

  it('keeps serving the previous build when a build fails, and says why', async () => {
    const { rebuilder, activated, finishBuild, lines } = setup(['fail']);
    rebuilder.request('publish');
    await finishBuild();
    await rebuilder.idle();
    expect(activated).toEqual([]);
    expect(rebuilder.stats.failures).toBe(1);
    expect(lines.join('\n')).toMatch(
      /rebuild failed, still serving the previous build: article "a1": excerpt/,
    );
  });

  it('starts the build a publish asks for only once its live pages are rendered', async () => {
    const { rebuilder, finishBuild, buildCount } = setup([]);
    let rendered: () => void = () => undefined;
    const livePages = new Promise<void>((resolve) => (rendered = resolve));
    expect(rebuilder.request('webhook', livePages)).toBe('started');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(buildCount()).toBe(0);
    rendered();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(buildCount()).toBe(1);
    await finishBuild();
    await rebuilder.idle();
  });

  it('absorbs requests made while it waits for the live pages into the build it then starts, and logs the start', async () => {
    const { rebuilder, finishBuild, buildCount, lines } = setup([]);
    let rendered: () => void = () => undefined;
    const livePages = new Promise<void>((resolve) => (rendered = resolve));
    expect(rebuilder.request('webhook 1', livePages)).toBe('started');
    for (let i = 2; i <= 4; i++) expect(rebuilder.request(`webhook ${i}`)).toBe('queued');
    expect(lines.join('\n')).not.toMatch(/rebuild started/);
    rendered();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The build reads the content after every request above: one build has them all.
    expect(lines.join('\n')).toMatch(/rebuild started: build-\S+/);
    await finishBuild();
    await rebuilder.idle();
    expect(buildCount()).toBe(1);
  });

  it('keeps only the newest finished builds on disk', async () => {
    const { rebuilder, finishBuild, buildsDir } = setup([]);
    for (let i = 0; i < 3; i++) {
      rebuilder.request('publish');
      await finishBuild();
      await rebuilder.idle();
    }
    expect(fs.readdirSync(buildsDir).filter((name) => name.startsWith('build-'))).toHaveLength(2);
  });
});

describe('the reason logged for a failed build', () => {
  it('is the error message Astro printed, not its stack', () => {
    const output = [
      '11:58:03 [sanity-counselors] 2 from dataset export: 2 written',
      '\u001b[31mContent breaks the content model:\u001b[39m',
      '  - article "article-worry": excerpt is longer than 200 characters',
      '  Location:',
      '    /work/main/src/lib/sanity/normalize.ts:198:29',
      '  Stack trace:',
      '    at normalizeArticles (/work/main/src/lib/sanity/normalize.ts:198:29)',
    ].join('\n');
    expect(buildFailureReason(output)).toBe(
      'Content breaks the content model: - article "article-worry": excerpt is longer than 200 characters',
    );
  });
});
