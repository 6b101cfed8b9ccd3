import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, overBudget } from '../../../bench/budgets.ts';
import { buildTimeChart } from '../../../bench/chart.ts';
import { classifyRoute, gzipBytes, isRedirectPage, measurePage } from '../../../bench/page-bytes.ts';

const files: Record<string, string> = {
  '/_astro/site.css': 'body { color: #222; margin: 0 auto; max-width: 40rem; }',
  '/_astro/island.js': 'import"./chunk.js";customElements.define("x-y",class extends HTMLElement{});',
  '/_astro/chunk.js': 'export const a = 1;',
  '/_astro/lazy.js': 'export const never = "loaded on load";',
};
const load = (url: string) => {
  const text = files[url];
  return text === undefined ? Promise.reject(new Error(`no ${url}`)) : Promise.resolve(Buffer.from(text));
};
const gz = (text: string) => zlib.gzipSync(text, { level: 9 }).length;

describe('page bytes, as the budgets count them', () => {
  it('counts gzip -9 output, each resource compressed on its own', () => {
    expect(gzipBytes('hello hello hello')).toBe(gz('hello hello hello'));
  });

  it('counts the whole document as HTML, linked and inline styles as CSS, and the scripts a page runs as JS', async () => {
    const inlineCss = 'h1{font-weight:700}';
    const inlineJs = 'document.documentElement.dataset.js="1"';
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>${inlineCss}</style>
      <script type="application/ld+json">{"@type":"Article"}</script></head>
      <body><script type="module" src="../../_astro/island.js"></script><script>${inlineJs}</script>
      <script type="module">import("/_astro/lazy.js")</script></body></html>`;
    const bytes = await measurePage(html, '/articles/x/', load);
    expect(bytes.html).toBe(gz(html));
    expect(bytes.css).toBe(gz(files['/_astro/site.css'] ?? '') + gz(inlineCss));
    expect(bytes.js).toBe(
      gz(files['/_astro/island.js'] ?? '') +
        gz(files['/_astro/chunk.js'] ?? '') +
        gz(inlineJs) +
        gz('import("/_astro/lazy.js")'),
    );
    expect(bytes.resources).toEqual(['/_astro/site.css', '/_astro/island.js', '/_astro/chunk.js']);
  });

  it('counts a page without scripts as zero JavaScript', async () => {
    const bytes = await measurePage('<html><body><p>Plain</p></body></html>', '/', load);
    expect(bytes.js).toBe(0);
    expect(bytes.css).toBe(0);
  });

  it('tells page types apart by route, and articles with the checklist by their markup', () => {
    expect(classifyRoute('/', '')).toBe('home');
    expect(classifyRoute('/articles/', '')).toBe('articles');
    expect(classifyRoute('/es/', '')).toBe('home');
    expect(classifyRoute('/es/search/', '')).toBe('search');
    expect(classifyRoute('/es/articles/que-es/', '<fit-checklist data-key="a">')).toBe(
      'articleWithChecklist',
    );
    expect(classifyRoute('/articles/page/2/', '')).toBeUndefined();
    expect(classifyRoute('/articles/sleep/', '<p>text</p>')).toBe('article');
    expect(classifyRoute('/articles/sleep/', '<fit-checklist data-key="a">')).toBe('articleWithChecklist');
    expect(classifyRoute('/topics/anxiety/', '')).toBe('topic');
    expect(classifyRoute('/counselors/sam/', '')).toBe('counselor');
    expect(classifyRoute('/counselors/choose/', '')).toBe('choose');
    expect(classifyRoute('/search/', '')).toBe('search');
    expect(classifyRoute('/privacy/', '')).toBeUndefined();
    expect(isRedirectPage('<meta http-equiv="refresh" content="0; url=/articles/new/">')).toBe(true);
  });

  it('reports which kinds are over a budget', () => {
    expect(overBudget('article', { html: 1 * KB, css: 1 * KB, js: 1 })).toEqual(['js']);
    expect(overBudget('search', BUDGETS.search)).toEqual([]);
    expect(BUDGETS.article.js).toBe(0);
    expect(BUDGETS.articleWithChecklist.js).toBe(1536);
  });
});

describe('the build time chart', () => {
  it('draws both sites as labelled lines, with axes, a caption and no external resources', () => {
    const svg = buildTimeChart(
      [
        { articles: 100, ours: 10.5, bare: 8 },
        { articles: 1000, ours: 30, bare: 25 },
        { articles: 5000, ours: 120, bare: 100 },
      ],
      '2 × Test CPU <fast>',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('>articles<');
    expect(svg).toContain('>seconds<');
    expect(svg).toContain('120.0 s');
    expect(svg).toContain('2 × Test CPU &lt;fast&gt;');
    expect(svg).not.toMatch(/href=|<script/);
  });
});
