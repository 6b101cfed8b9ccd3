import { describe, expect, test } from 'vitest';
import {
  createSlugger,
  renderTextBlocks,
  renderWithLibrary,
  segmentBody,
} from '../../../src/lib/portable-text/render-html.ts';
import { isSafeHref } from '../../../src/lib/sanity/links.ts';
import { storedBody } from '../../../src/lib/portable-text/stored-body.ts';

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text.slice(0, 4), text, marks });
const block = (text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: text.slice(0, 6),
  style: 'normal',
  markDefs: [],
  children: [span(text)],
  ...extra,
});
const linked = (href: string) => ({
  _type: 'block',
  _key: 'l',
  style: 'normal',
  markDefs: [{ _key: 'm1', _type: 'link', href }],
  children: [span('the link text', ['m1'])],
});

describe('text from the CMS is text', () => {
  test('markup in spans is escaped, never interpreted', () => {
    const html = renderTextBlocks([block('<img src=x onerror=alert(1)> & "quotes"')]);
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
  });

  test('an href cannot break out of its attribute', () => {
    const html = renderTextBlocks([linked('https://example.org/?a="><script>x</script>')]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="https://example.org/?a=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });
});

describe('links with unsafe schemes are shown as plain text', () => {
  test.each([
    'https://example.org/a',
    'http://example.org',
    'mailto:hello@example.org',
    'tel:988',
    'sms:988',
    '/contact/',
    '#what-helps',
  ])('%s stays a link', (href) => {
    expect(isSafeHref(href)).toBe(true);
    expect(renderTextBlocks([linked(href)])).toContain('<a href=');
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    'ftp://example.org',
    '',
  ])('%j loses the link, keeps the text', (href) => {
    expect(isSafeHref(href)).toBe(false);
    expect(renderTextBlocks([linked(href)])).toBe('<p>the link text</p>');
  });

  test('external links carry rel="noopener noreferrer"', () => {
    expect(renderTextBlocks([linked('https://example.org')])).toContain('rel="noopener noreferrer"');
    expect(renderTextBlocks([linked('/contact/')])).not.toContain('rel=');
  });
});

describe('headings get ids readers can link to', () => {
  test('ids come from the text and stay unique on a page', () => {
    const slugger = createSlugger();
    const html = renderTextBlocks(
      [
        block('What helps', { style: 'h2' }),
        block('Café & more', { style: 'h3' }),
        block('What helps', { style: 'h2' }),
      ],
      slugger,
    );
    expect(html).toBe(
      '<h2 id="what-helps">What helps</h2><h3 id="café--more">Café &amp; more</h3><h2 id="what-helps-1">What helps</h2>',
    );
  });

  test('an h1 in the body is shown as an h2 (the title is the page h1)', () => {
    expect(renderTextBlocks([block('Intro', { style: 'h1' })])).toBe('<h2 id="intro">Intro</h2>');
  });
});

describe('a body renders standard text in runs, callouts and other custom blocks on their own', () => {
  test('runs of blocks become one HTML segment; custom blocks stay as data, in order', () => {
    const body = [
      block('One'),
      block('Two', { listItem: 'bullet', level: 1 }),
      { _type: 'callout', tone: 'tip', body: [] },
      block('Three'),
    ];
    const segments = segmentBody(body, createSlugger());
    expect(segments.map((s) => s.kind)).toEqual(['html', 'callout', 'html']);
    expect(segments[0]).toEqual({ kind: 'html', html: '<p>One</p><ul><li>Two</li></ul>' });
  });
});

describe('article text as the content store keeps it', () => {
  const body = [
    block('Tips', { style: 'h2' }),
    linked('https://example.org/'),
    { _type: 'callout', tone: 'tip', body: [block('Tips', { style: 'h3' }), block('Inside the callout')] },
    block('First point', { listItem: 'bullet', level: 1 }),
    block('Second point', { listItem: 'bullet', level: 1 }),
    { _type: 'consultationCta', heading: 'Talk to us', body: 'Book a free call' },
    { ...block('plain'), children: [span('bold ', ['strong']), span('and plain')] },
    block('Tips', { style: 'h2' }),
  ];
  const html = (segments: ReturnType<typeof segmentBody>) =>
    segments.map((s) => (s.kind === 'block' ? `[${s.block._type}]` : s.html)).join('');

  test('is rendered once by the loader: runs become HTML, callouts keep theirs, other blocks stay', () => {
    const stored = storedBody(body);
    expect(stored.body.map((b) => b._type)).toEqual(['html', 'callout', 'html', 'consultationCta', 'html']);
    expect(stored.body[1]).toMatchObject({ tone: 'tip', body: [{ _type: 'html' }] });
    expect(stored.body[3]).toEqual(body[5]);
  });

  test('renders on the page exactly as the Portable Text it came from', () => {
    const fromStore = html(segmentBody(storedBody(body).body, createSlugger()));
    expect(fromStore).toBe(html(segmentBody(body, createSlugger())));
    expect(fromStore).toContain('<strong>bold </strong>');
  });

  test('gives the table of contents the ids the text carries, a callout heading in its place', () => {
    const stored = storedBody(body);
    const rendered = html(segmentBody(stored.body, createSlugger()));
    const ids = [...rendered.matchAll(/<h[23] id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['tips', 'tips-1', 'tips-2']);
    expect(stored.headings).toEqual([
      { id: 'tips', text: 'Tips', depth: 2 },
      { id: 'tips-2', text: 'Tips', depth: 2 },
    ]);
  });

  test('counts the words a reader reads, callouts and calls to action included', () => {
    expect(storedBody(body).words).toBe(23);
  });
});

describe('the fast path writes exactly what to-html writes', () => {
  // A small seeded generator (mulberry32), so a failure names a case that can be replayed.
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function body(seed: number): unknown[] {
    const next = random(seed);
    const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)] as T;
    const texts = [
      'Plain words',
      'A & B <c> "d" \'e\'',
      'two  spaces',
      'line\nbreak\n',
      '',
      'Café au lait',
      'What helps',
    ];
    const blocks: unknown[] = [];
    for (let i = 0, count = 1 + Math.floor(next() * 12); i < count; i += 1) {
      const marked = next() < 0.2;
      const children = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        _type: next() < 0.03 ? 'inlineThing' : 'span',
        text: pick(texts),
        ...(marked
          ? { marks: [pick(['strong', 'em', 'm1', 'code'])] }
          : pick([{}, {}, { marks: [] }, { marks: [] }, { marks: null }])),
      }));
      const listItem = pick([undefined, undefined, 'bullet', 'bullet', 'number', 'checkmarks', null]);
      blocks.push({
        _type: next() < 0.04 ? 'callout' : 'block',
        ...(next() < 0.9
          ? { style: pick(['normal', 'normal', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'lead', '']) }
          : {}),
        ...(listItem !== undefined ? { listItem } : {}),
        ...(listItem && next() < 0.4 ? { level: pick([1, 2, 3, 0, '1']) } : {}),
        ...(marked
          ? {
              markDefs: [
                {
                  _key: 'm1',
                  _type: 'link',
                  href: pick(['https://example.org/', '/contact/', 'javascript:x']),
                },
              ],
            }
          : pick([{}, {}, { markDefs: [] }, { markDefs: null }])),
        // Now and then a block without text, which to-html renders as an empty element.
        children: next() < 0.1 ? [] : children,
      });
    }
    return blocks;
  }

  test('on 5,000 generated bodies (styles, lists and levels, marks, links, escaping, line breaks)', () => {
    for (let seed = 1; seed <= 5000; seed += 1) {
      const blocks = body(seed);
      const fast = renderTextBlocks(blocks, createSlugger());
      const reference = renderWithLibrary(blocks, createSlugger());
      if (fast !== reference) expect({ seed, fast }).toEqual({ seed, fast: reference });
    }
  });
});
