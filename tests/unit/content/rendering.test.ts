import { describe, expect, test } from 'vitest';
import { createSlugger, renderTextBlocks, segmentBody } from '../../../src/lib/portable-text/render-html.ts';
import { isSafeHref } from '../../../src/lib/sanity/links.ts';
import { slimTextBlock } from '../../../src/lib/sanity/normalize.ts';

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
      '<h2 id="what-helps">What helps</h2><h3 id="cafe-more">Café &amp; more</h3><h2 id="what-helps-2">What helps</h2>',
    );
  });

  test('an h1 in the body is shown as an h2 (the title is the page h1)', () => {
    expect(renderTextBlocks([block('Intro', { style: 'h1' })])).toBe('<h2 id="intro">Intro</h2>');
  });
});

describe('a body renders standard text in runs and custom blocks on their own', () => {
  test('runs of blocks become one HTML segment; custom blocks stay as data, in order', () => {
    const body = [
      block('One'),
      block('Two', { listItem: 'bullet', level: 1 }),
      { _type: 'callout', tone: 'tip', body: [] },
      block('Three'),
    ];
    const segments = segmentBody(body, createSlugger());
    expect(segments.map((s) => s.kind)).toEqual(['html', 'block', 'html']);
    expect(segments[0]).toEqual({ kind: 'html', html: '<p>One</p><ul><li>Two</li></ul>' });
  });
});

describe('text blocks as the content store keeps them', () => {
  const body = [
    block('A heading', { style: 'h2' }),
    linked('https://example.org/'),
    block('First point', { listItem: 'bullet', level: 1 }),
    block('Second point', { listItem: 'bullet', level: 1 }),
    { ...block('plain'), children: [span('bold ', ['strong']), span('and plain')] },
  ];

  test('drop keys and empty marks, and render exactly as the CMS blocks do', () => {
    const slim = body.map(slimTextBlock);
    expect(JSON.stringify(slim)).not.toMatch(/_key":"(?!m1)|"marks":\[\]|"markDefs":\[\]/);
    expect(renderTextBlocks(slim)).toBe(renderTextBlocks(body));
  });
});
