import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import {
  articleStatus,
  NEEDS_REVIEW_FILTER,
  SCHEDULED_FILTER,
} from '../../../sanity/schemaTypes/rules/status.ts';

const now = new Date('2026-11-26T12:00:00Z');
const day = 86_400_000;
const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
const date = (offsetDays: number) => iso(offsetDays).slice(0, 10);
const reviewer = { _type: 'reference', _ref: 'counselor-ana' };

const articles = [
  {
    _id: 'live-reviewed',
    _type: 'article',
    publishedAt: iso(-10),
    reviewedBy: reviewer,
    reviewedAt: date(-30),
  },
  { _id: 'scheduled', _type: 'article', publishedAt: iso(5), reviewedBy: reviewer, reviewedAt: date(-1) },
  { _id: 'no-review', _type: 'article', publishedAt: iso(-3) },
  { _id: 'no-review-date', _type: 'article', publishedAt: iso(-3), reviewedBy: reviewer },
  {
    _id: 'old-review',
    _type: 'article',
    publishedAt: iso(-900),
    reviewedBy: reviewer,
    reviewedAt: date(-800),
  },
  { _id: 'topic-x', _type: 'topic' },
];

async function ids(filter: string): Promise<string[]> {
  const tree = parse(`*[${filter}]._id`);
  const result = (await (await evaluate(tree, { dataset: articles, timestamp: now })).get()) as string[];
  return result.sort();
}

describe('the Studio lists of articles', () => {
  it('"Scheduled" holds articles whose publish date is still to come', async () => {
    expect(await ids(SCHEDULED_FILTER)).toEqual(['scheduled']);
  });

  it('"Needing clinical review" holds articles with no reviewer, no date, or a review over two years old', async () => {
    expect(await ids(NEEDS_REVIEW_FILTER)).toEqual(['no-review', 'no-review-date', 'old-review']);
  });
});

describe('the status line under each article in the Studio', () => {
  it('says when it went live, or is scheduled, and whether it needs a review', () => {
    expect(articleStatus({ publishedAt: iso(-10), reviewedAt: date(-30), reviewer: 'Ana' }, now)).toBe(
      `Published ${date(-10)}`,
    );
    expect(articleStatus({ publishedAt: iso(5), reviewer: 'Ana' }, now)).toBe(
      `Scheduled for ${date(5)} · needs clinical review`,
    );
    expect(articleStatus({ reviewedAt: date(-800), reviewer: 'Ana' }, now)).toBe(
      'No publish date · review over two years old',
    );
  });
});
