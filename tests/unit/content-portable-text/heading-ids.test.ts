import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { expect, test } from 'vitest';
import { portableTextHeadings } from '../../../src/lib/reader/headings.ts';
import { renderTextBlocks } from '../../../src/lib/portable-text/render-html.ts';

// A link to `#why-it-matters` must work whichever source an article came from: CMS headings take their ids from
// the slugger Astro's own Markdown and MDX pipeline uses, compared here with that pipeline itself.

const headings = [
  'Why it matters',
  'What helps',
  'What helps',
  'Café & more',
  'Step 1: Breathe',
  'Ask for help — today',
  'C++ and you',
  'FAQ',
  'Ümlauts and ÅÄÖ',
  'Sleep, worry, and you',
];

test('CMS headings get the same ids as the same headings in Markdown/MDX', async () => {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
  const markdown = headings.map((text) => `## ${text}\n\nText.\n`).join('\n');
  const { metadata } = await processor.render(markdown);
  const astroIds = metadata.headings.map((h: { slug: string }) => h.slug);
  expect(astroIds).toHaveLength(headings.length);

  const blocks = headings.map((text, index) => ({
    _type: 'block',
    _key: `h${index}`,
    style: 'h2',
    markDefs: [],
    children: [{ _type: 'span', _key: `s${index}`, text, marks: [] }],
  }));
  expect(portableTextHeadings(blocks).map((h) => h.id)).toEqual(astroIds);
  const rendered = [...renderTextBlocks(blocks).matchAll(/<h2 id="([^"]*)"/g)].map((m) => m[1]);
  expect(rendered).toEqual(astroIds);
  expect(astroIds).toContain('why-it-matters');
});
