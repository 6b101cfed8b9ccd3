import { describe, expect, test } from 'vitest';
import type { ArticlesQueryResult, CounselorsQueryResult } from '../../../src/lib/sanity/sanity.types.ts';
import { normalizeArticles, normalizeCounselors } from '../../../src/lib/sanity/normalize.ts';
import { renderTextBlocks, renderWithLibrary } from '../../../src/lib/portable-text/render-html.ts';
import { ContentRuleError } from '../../../src/lib/sanity/validate.ts';

// Portable Text as a Studio stores it, including what this site's Studio does not offer yet: other decorators,
// other annotations, other block types, lists nested deeper than anyone planned.

let keys = 0;
const span = (text: string, marks: string[] = []) => ({
  _type: 'span',
  _key: `s${(keys += 1)}`,
  text,
  marks,
});
const block = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: `b${(keys += 1)}`,
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
});
const item = (text: string, level: number, listItem = 'bullet') => block([span(text)], { listItem, level });

/** Both renderers (the fast path and to-html) give the same HTML; returns it. */
function render(blocks: unknown[]): string {
  const html = renderTextBlocks(blocks);
  expect(html).toBe(renderWithLibrary(blocks));
  return html;
}

describe('Sanity’s standard decorators render', () => {
  test.each([
    ['strong', '<strong>x</strong>'],
    ['em', '<em>x</em>'],
    ['code', '<code>x</code>'],
    // No style attribute: the site's CSP would drop it.
    ['underline', '<u>x</u>'],
    ['strike-through', '<del>x</del>'],
  ])('%s', (mark, expected) => {
    expect(render([block([span('x', [mark])])])).toBe(`<p>${expected}</p>`);
  });

  test('stacked decorators nest', () => {
    expect(render([block([span('x', ['strong', 'em', 'underline'])])])).toBe(
      '<p><strong><em><u>x</u></em></strong></p>',
    );
  });
});

describe('marks and annotations the site does not know keep their text', () => {
  test('an unknown decorator and an unknown annotation render as plain text', () => {
    const html = render([
      block([span('a ', ['highlight']), span('b', ['fn1']), span(' c', ['strong', 'fn1'])], {
        markDefs: [{ _key: 'fn1', _type: 'footnote', note: 'See the appendix' }],
      }),
    ]);
    expect(html).toBe('<p>a b<strong> c</strong></p>');
  });

  test('an inline object the site does not know is left out; the text around it stays', () => {
    expect(render([block([span('before '), { _type: 'mention', _key: 'm', who: 'x' }, span('after')])])).toBe(
      '<p>before after</p>',
    );
  });

  test('an unknown block style renders as a paragraph', () => {
    expect(render([block([span('lead')], { style: 'lead' })])).toBe('<p>lead</p>');
  });
});

describe('nested lists render to any level', () => {
  test('five levels of mixed bullets and numbers', () => {
    const html = render([
      item('one', 1),
      item('two', 2, 'number'),
      item('three', 3),
      item('four', 4, 'number'),
      item('five', 5),
      item('back to two', 2, 'number'),
      item('top again', 1),
    ]);
    expect(html).toBe(
      '<ul><li>one<ol><li>two<ul><li>three<ol><li>four<ul><li>five</li></ul></li></ol></li></ul></li>' +
        '<li>back to two</li></ol></li><li>top again</li></ul>',
    );
  });

  test('a list that starts at level 3 still shows every item', () => {
    const html = render([item('deep', 3), item('deeper', 4)]);
    expect(html).toContain('deep');
    expect(html).toContain('deeper');
    // to-html fills the skipped levels with empty items; the markup stays balanced.
    expect(html.match(/<li>/g)?.length).toBe(html.match(/<\/li>/g)?.length);
    expect(html.indexOf('deep')).toBeLessThan(html.indexOf('deeper'));
  });
});

describe('block types the site does not know are left out, at any depth, with their stored positions', () => {
  const ctx = () => {
    const warnings: string[] = [];
    return {
      warnings,
      ctx: { now: new Date('2026-06-01T00:00:00Z'), warn: (m: string) => warnings.push(m), imageDir: '/tmp' },
    };
  };
  // Stored documents can hold what TypeGen's types do not (that is what these tests feed in).
  const article = (body: unknown[]) =>
    ({
      _id: 'article-blocks',
      title: 'Blocks',
      slug: 'blocks',
      excerpt: 'Blocks of every kind.',
      publishedAt: '2026-01-01T00:00:00Z',
      body,
    }) as unknown as ArticlesQueryResult['documents'][number];

  test('a raw html block, a video and a table: at the top and inside a callout', async () => {
    const { warnings, ctx: context } = ctx();
    const [entry] = await normalizeArticles(
      [
        article([
          block([span('Intro')]),
          { _type: 'html', _key: 'h', html: '<script>alert(1)</script>' },
          { _type: 'videoEmbed', _key: 'v', url: 'https://video.example/' },
          {
            _type: 'callout',
            _key: 'c',
            tone: 'info',
            body: [
              block([span('Kept')]),
              { _type: 'html', _key: 'h2', html: '<b>raw</b>' },
              { _type: 'table', _key: 't', rows: [] },
              block([span('Kept too')]),
            ],
          },
          block([span('Outro')]),
        ]),
      ],
      context,
    );
    expect(warnings).toEqual([
      'article "article-blocks" has a body[1] of unknown type "html"; it is left out',
      'article "article-blocks" has a body[2] of unknown type "videoEmbed"; it is left out',
      'article "article-blocks" has a body[3].body[1] of unknown type "html"; it is left out',
      'article "article-blocks" has a body[3].body[2] of unknown type "table"; it is left out',
    ]);
    const body = entry?.['body'] as { _type: string; body?: unknown[] }[];
    expect(body.map((b) => b._type)).toEqual(['block', 'callout', 'block']);
    expect(body[1]?.body).toHaveLength(2);
  });

  test('an error after dropped blocks names the position as stored (body[8].body[2], not body[7].body[1])', async () => {
    const { ctx: context } = ctx();
    const body = [
      ...Array.from({ length: 7 }, () => block([span('text')])),
      { _type: 'codeBlock', _key: 'code', code: 'x' },
      {
        _type: 'callout',
        _key: 'c',
        tone: 'info',
        body: [
          block([span('a')]),
          { _type: 'table', _key: 't' },
          { _type: 'block', _key: 'bad', children: 'oops' },
        ],
      },
    ];
    const error = await normalizeArticles([article(body)], context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentRuleError);
    expect((error as ContentRuleError).problems.join('\n')).toMatch(
      /article "article-blocks": body\[8\]\.body\[2\]\.children /,
    );
  });

  test('a counselor bio skips unknown blocks too, naming bio[i]', async () => {
    const { warnings, ctx: context } = ctx();
    const [counselor] = await normalizeCounselors(
      [
        {
          _id: 'counselor-x',
          name: 'X',
          slug: 'x',
          bio: [{ _type: 'videoEmbed', _key: 'v' }, block([span('Bio text')])],
        },
      ] as unknown as CounselorsQueryResult['documents'],
      context,
    );
    expect(warnings).toEqual([
      'counselor "counselor-x" has a bio[0] of unknown type "videoEmbed"; it is left out',
    ]);
    expect(counselor?.['bio']).toHaveLength(1);
  });
});
