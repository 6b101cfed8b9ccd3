import { describe, expect, it } from 'vitest';
import { formatDate, isLaterDay, isoDate } from '../../../src/lib/reader/dates.ts';
import { portableTextHeadings, tableOfContents } from '../../../src/lib/reader/headings.ts';
import { articlesPageHref, pageWindow, paginate, topicPageHref } from '../../../src/lib/reader/pagination.ts';
import { mdxWords, portableTextWords, readingMinutes } from '../../../src/lib/reader/reading-time.ts';
import { renderTextBlocks } from '../../../src/lib/portable-text/render-html.ts';

const block = (text: string, style = 'normal') => ({
  _type: 'block',
  style,
  markDefs: [],
  children: [{ _type: 'span', text }],
});

describe('dates a reader sees', () => {
  it('formats in UTC whatever the build machine’s zone', () => {
    expect(formatDate('2026-03-03T23:30:00Z')).toBe('March 3, 2026');
    expect(formatDate(new Date('2026-01-01T00:00:00Z'))).toBe('January 1, 2026');
    expect(formatDate('2026-05-09')).toBe('May 9, 2026');
  });
  it('keeps plain dates as dates for <time datetime>', () => {
    expect(isoDate('2026-05-09')).toBe('2026-05-09');
    expect(isoDate(new Date('2026-05-09T10:00:00Z'))).toBe('2026-05-09T10:00:00.000Z');
  });
  it('shows an update only when it is a later day', () => {
    expect(isLaterDay(new Date('2026-01-01T08:00Z'), new Date('2026-01-01T20:00Z'))).toBe(false);
    expect(isLaterDay(new Date('2026-01-01T08:00Z'), new Date('2026-02-01T08:00Z'))).toBe(true);
    expect(isLaterDay(new Date('2026-01-01T08:00Z'), undefined)).toBe(false);
  });
});

describe('reading time', () => {
  it('counts words in text blocks and in custom blocks', () => {
    const body = [
      block('One two three four.'),
      { _type: 'callout', tone: 'tip', body: [block('five six')] },
      { _type: 'image', alt: 'not counted', caption: 'seven eight' },
    ];
    expect(portableTextWords(body)).toBe(8);
  });
  it('ignores MDX imports, tags and attributes', () => {
    const source = `import X from './x.ts'\n\n# Title here\n\n<Callout tone="tip">Breathe slowly</Callout>\n\nA [link text](https://example.org).`;
    expect(mdxWords(source)).toBe(7);
  });
  it('rounds up and never says zero minutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(220)).toBe(1);
    expect(readingMinutes(221)).toBe(2);
  });
});

describe('table of contents', () => {
  const body = [
    block('Why it matters', 'h2'),
    block('text'),
    { _type: 'callout', tone: 'info', body: [block('Why it matters', 'h3')] },
    block('Details', 'h3'),
    block('Why it matters', 'h2'),
    block('Next steps', 'h1'),
  ];
  it('uses the same ids the body renderer writes', () => {
    const headings = portableTextHeadings(body);
    expect(headings.map((h) => h.id)).toEqual([
      'why-it-matters',
      'details',
      'why-it-matters-2',
      'next-steps',
    ]);
    const html = renderTextBlocks(body.filter((b) => b._type === 'block'));
    expect(html).toContain('id="why-it-matters"');
    for (const id of ['details', 'next-steps']) expect(html).toContain(`id="${id}"`);
  });
  it('appears only with three or more sections', () => {
    const headings = portableTextHeadings(body);
    expect(tableOfContents(headings)).toHaveLength(4);
    expect(tableOfContents(headings.slice(0, 2))).toEqual([]);
  });
});

describe('pagination', () => {
  it('puts page 1 at /articles/ and the rest under /articles/page/<n>/', () => {
    const pages = paginate(Array.from({ length: 23 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => p.href)).toEqual(['/articles/', '/articles/page/2/', '/articles/page/3/']);
    expect(pages[1]?.prevHref).toBe('/articles/');
    expect(pages[2]?.nextHref).toBeUndefined();
    expect(articlesPageHref(1)).toBe('/articles/');
  });
  it('pages a topic the same way under /topics/<slug>/', () => {
    const pages = paginate(
      Array.from({ length: 11 }, (_, i) => i),
      undefined,
      (n) => topicPageHref('grief', n),
    );
    expect(pages.map((p) => p.href)).toEqual(['/topics/grief/', '/topics/grief/page/2/']);
    expect(pages[1]?.prevHref).toBe('/topics/grief/');
  });
  it('has one empty page when there is nothing yet', () => {
    expect(paginate([])).toHaveLength(1);
  });
  it('shows a window of page numbers with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 12)).toEqual([1, 'gap', 4, 5, 6, 'gap', 12]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});
