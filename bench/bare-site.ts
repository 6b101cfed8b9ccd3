// The comparison site: the smallest reasonable Astro site over the same texts (Markdown files through the
// `glob()` loader, a minimal layout, an index, one page per article, no integrations), plus Pagefind through
// its Node API. The benchmark writes it into bench/work/bare/ and builds it with the project's own astro.

import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.BARE_CACHE_DIR ? { cacheDir: process.env.BARE_CACHE_DIR } : {}),
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`,
  'tsconfig.json': `{ "extends": "astro/tsconfigs/base", "include": ["src", ".astro/types.d.ts"] }
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: process.env.BARE_MARKDOWN_DIR ?? './articles' }),
    schema: z.object({ title: z.string(), date: z.coerce.date(), description: z.string() }),
  }),
};
`,
  'src/layouts/Layout.astro': `---
interface Props { title: string; description?: string }
const { title, description } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    {description && <meta name="description" content={description} />}
    <style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; line-height: 1.6; }</style>
  </head>
  <body>
    <header><a href="/">Home</a></header>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const articles = (await getCollection('articles')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
---
<Layout title="Articles">
  <h1>Articles</h1>
  <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul>
</Layout>
`,
  'src/pages/articles/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<Layout title={article.data.title} description={article.data.description}>
  <article data-pagefind-body>
    <h1>{article.data.title}</h1>
    <Content />
  </article>
</Layout>
`,
};

/** Writes the bare site's sources into `root` (replacing what was there). */
export async function writeBareSite(root: string): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
}

/** Indexes the bare site's article pages with Pagefind's Node API; returns the time taken and index size. */
export async function indexBareSite(outDir: string): Promise<{ ms: number; pages: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: 'articles/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return { ms: performance.now() - started, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
