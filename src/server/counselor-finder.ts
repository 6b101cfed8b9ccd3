import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isFiltered,
  keepKnown,
  matches,
  optionCounts,
  parseFilters,
  type FilterState,
} from '../lib/counselors/filters.ts';
import { countText, escapeHtml, nearHtml, type FinderData } from '../lib/counselors/finder-view.ts';
import type { Site } from './site.ts';

// The counselor list with a query string, for browsers without JavaScript (docs/counselor-finder.md). The build's
// own static page holds every card, the form and the finder's data; the server fills in the state the URL asks for
// with the same functions the page's island runs, so the list, counts and words are the same either way and the
// page keeps its pictures, headers and scripts. The bare URL stays the static file. Query strings never reach the
// log (src/server/log.ts keeps paths only): they may name a health concern.

/** The pages that hold a counselor finder. */
const FINDER_PATHS = new Set(['/counselors/', '/es/counselors/']);

const DATA = /<script type="application\/json" id="counselor-finder-data">([\s\S]*?)<\/script>/;

/** A static page read once per build file, with its finder data. */
const pages = new Map<string, Promise<{ html: string; data: FinderData } | undefined>>();

async function readPage(file: string, mtimeMs: number) {
  const key = `${file}:${mtimeMs}`;
  let page = pages.get(key);
  if (!page) {
    page = fs.readFile(file, 'utf8').then((html) => {
      const json = DATA.exec(html)?.[1];
      return json ? { html, data: JSON.parse(json) as FinderData } : undefined;
    });
    if (pages.size > 20) pages.clear();
    pages.set(key, page);
  }
  return page;
}

/** The static finder page with a state filled in: ticks, counts, hidden cards, the count and the no-match answer. */
export function fillFinder(html: string, data: FinderData, state: FilterState): string {
  const visible = new Set(data.counselors.filter((c) => matches(c, state)).map((c) => c.slug));
  const counts = optionCounts(data.counselors, state);
  const asked = (name: string, value: string) =>
    name === 'accepting'
      ? state.accepting && value === '1'
      : (state.values as Record<string, string[] | undefined>)[name]?.includes(value) === true;
  return html
    .replace(
      /<input type="checkbox" name="([A-Za-z]+)" value="([^"]*)"/g,
      (tag, name: string, value: string) => (asked(name, value) ? `${tag} checked` : tag),
    )
    .replace(
      /(data-count="([^"]*)"[^>]*>)[^<]*/g,
      (_all, open: string, key: string) => `${open}(${counts.get(key) ?? 0})`,
    )
    .replace(/<li data-counselor="([^"]*)"/g, (tag, slug: string) =>
      visible.has(slug) ? tag : `${tag} hidden`,
    )
    .replace(
      /( data-finder-status>)[^<]*/,
      (_all, open: string) => `${open}${escapeHtml(countText(data.text, visible.size))}`,
    )
    .replace(/<div hidden([^>]* data-finder-empty>)/, (tag, rest: string) =>
      visible.size ? tag : `<div${rest}`,
    )
    .replace(/( data-finder-near>)/, (open: string) =>
      visible.size ? open : `${open}${nearHtml(data, state)}`,
    );
}

/**
 * Answers a GET for a finder page with filters in its query string; returns false (nothing sent) for any other
 * request, which the static files then answer as usual.
 */
export async function answerFinder(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  path: string,
  applyHeaders: (route: string) => void,
): Promise<boolean> {
  const query = req.url?.slice(req.url.indexOf('?') + 1) ?? '';
  if (!FINDER_PATHS.has(path) || !req.url?.includes('?')) return false;
  const asked = parseFilters(new URLSearchParams(query));
  if (!isFiltered(asked)) return false;
  const lookup = site.statics.lookup(path);
  if (lookup.kind !== 'file') return false;
  const page = await readPage(lookup.found.file, lookup.found.mtimeMs);
  if (!page) return false;
  const body = Buffer.from(fillFinder(page.html, page.data, keepKnown(asked, page.data.counselors)));
  applyHeaders(lookup.found.route);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    // The URL may name a health concern: no shared cache keeps the answer.
    'Cache-Control': 'private, no-store',
    'Content-Length': body.length,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
