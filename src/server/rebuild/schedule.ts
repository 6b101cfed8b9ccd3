import fs from 'node:fs/promises';
import path from 'node:path';
import { readContentConfig } from '../../lib/sanity/content-config.ts';
import { publicationDatesQuery } from '../../lib/sanity/queries.ts';
import { createContentSource } from '../../lib/sanity/source.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Logger } from '../log.ts';

/** Longest single timer Node supports (about 24.8 days); a later date re-arms when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Every CMS and MDX article's publication date, for finding the next one still to come. */
async function publicationDates(root: string, env: NodeJS.ProcessEnv): Promise<Date[]> {
  const config = readContentConfig(env, root);
  const source = createContentSource(config);
  const cms: unknown = await source.fetch(publicationDatesQuery);
  // An export is not checked here: keep only what is a date string.
  const dates = Array.isArray(cms) ? cms.filter((value): value is string => typeof value === 'string') : [];
  const files = await fs.readdir(config.mdxDir).then(
    (names) => names.filter((name) => name.endsWith('.mdx')),
    () => [],
  );
  for (const name of files) {
    const text = await fs.readFile(path.join(config.mdxDir, name), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const value = /^publishedAt:\s*['"]?([^'"\r\n]+)['"]?\s*$/m.exec(frontmatter)?.[1];
    if (value) dates.push(value.trim());
  }
  return dates.map((value) => new Date(value)).filter((date) => !Number.isNaN(date.getTime()));
}

/** The earliest publication date after `now`, if any article is scheduled. */
export async function nextPublication(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<Date | undefined> {
  const upcoming = (await publicationDates(root, env)).filter((date) => date.getTime() > now.getTime());
  upcoming.sort((a, b) => a.getTime() - b.getTime());
  return upcoming[0];
}

/**
 * Keeps one timer set for the next scheduled article, so it goes live without anyone publishing again: when the
 * date passes, `onDue` runs (a rebuild). Call `refresh()` after every build; `stop()` on shutdown.
 */
export function createPublicationSchedule(options: {
  root: string;
  env?: NodeJS.ProcessEnv;
  logger: Pick<Logger, 'info' | 'error'>;
  onDue: () => void;
  /** Time and timers (tests pass one they move forward themselves). */
  clock?: Clock;
}) {
  let cancel: (() => void) | undefined;
  let stopped = false;
  const { root, env = process.env, logger, onDue, clock = systemClock } = options;
  const arm = (due: Date) => {
    cancel?.();
    // A refresh that was reading when stop() came must not set a timer after it.
    if (stopped) return;
    // A second after the date, so the build sees the article as published.
    const wait = Math.max(0, due.getTime() - clock.now() + 1000);
    cancel = clock.after(Math.min(wait, MAX_TIMER_MS), () => {
      cancel = undefined;
      if (wait > MAX_TIMER_MS) {
        arm(due);
        return;
      }
      logger.info(`scheduled article due (${due.toISOString()}): rebuilding`);
      onDue();
    });
  };
  return {
    /** Finds the next scheduled date again and re-arms the timer; never throws (a failure is logged). */
    async refresh(): Promise<Date | undefined> {
      if (stopped) return undefined;
      try {
        const due = await nextPublication(root, env, new Date(clock.now()));
        cancel?.();
        cancel = undefined;
        if (due) {
          arm(due);
          logger.info(`next scheduled article goes live at ${due.toISOString()}`);
        }
        return due;
      } catch (error) {
        logger.error(
          `could not read the publication schedule: ${error instanceof Error ? error.message : String(error)}`,
        );
        return undefined;
      }
    },
    stop(): void {
      stopped = true;
      cancel?.();
      cancel = undefined;
    },
  };
}
