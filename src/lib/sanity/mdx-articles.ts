import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizedSchemas as schemas } from './schemas.ts';
import { check, ContentRuleError } from './validate.ts';
import { compact, type Compact, type NormalizeContext } from './normalize.ts';
import type { MdxReferencesQueryResult } from './sanity.types.ts';

// MDX articles join the `articles` collection with the same fields as CMS articles. Their body is
// rendered by Astro's MDX integration the way the built-in glob() loader does it: the entry is stored
// with `deferredRender` and its `filePath`, so `render(entry)` imports the compiled MDX module.

/** Reads an MDX file's frontmatter and body (Astro's entry type for `.mdx`, from the loader context). */
export type ReadEntryInfo = (input: {
  contents: string;
  fileUrl: URL;
}) =>
  | Promise<{ data: Record<string, unknown>; body?: string }>
  | { data: Record<string, unknown>; body?: string };

/** The CMS documents MDX frontmatter may name by slug: `mdxReferencesQuery`'s result, without its nulls. */
export type MdxReferences = Compact<MdxReferencesQueryResult>;

/** One MDX article, normalized, with what the store needs to render it. */
export interface MdxArticle {
  entry: Record<string, unknown> & { _id: string; slug: string };
  /** The file path relative to the project root (posix), as Astro's content modules key it. */
  filePath: string;
  /** The raw file text, digested so unchanged files are not re-parsed. */
  contents: string;
  body: string | undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const stringList = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function toIso(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Reads every `*.mdx` in `dir` (none when the folder is missing), resolving slugs against the CMS. */
export async function readMdxArticles(options: {
  dir: string;
  root: string;
  readEntryInfo: ReadEntryInfo;
  /** Fetched only when the folder holds MDX files (one more request to the live API). */
  references: () => Promise<MdxReferences>;
  ctx: NormalizeContext;
}): Promise<MdxArticle[]> {
  const { dir, root, readEntryInfo, ctx } = options;
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => d.name)
    .sort();
  if (files.length === 0) return [];
  const references = await options.references();
  const counselors = new Map(references.counselors.map((c) => [c.slug, c]));
  const topics = new Map(references.topics.map((t) => [t.slug, t]));
  const problems: string[] = [];
  const articles: MdxArticle[] = [];
  for (const name of files) {
    const absolute = path.join(dir, name);
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    const contents = await readFile(absolute, 'utf8');
    const { data, body } = await readEntryInfo({ contents, fileUrl: pathToFileURL(absolute) });
    const owner = `article "${filePath}"`;
    const counselor = (field: string) => {
      const slug = text(data[field]);
      if (!slug) return undefined;
      const found = counselors.get(slug);
      if (!found) ctx.warn(`${owner} refers to missing counselor "${slug}" (${field}); it is left out`);
      return found;
    };
    const entry = compact({
      _id: filePath,
      source: 'mdx',
      // MDX articles are English (docs/content-model.md); Spanish articles are written in the Studio.
      language: 'en',
      title: data['title'],
      slug: text(data['slug']) ?? name.slice(0, -'.mdx'.length),
      excerpt: data['excerpt'],
      publishedAt: toIso(data['publishedAt']),
      updatedAt: toIso(data['updatedAt']),
      author: counselor('author'),
      reviewedBy: counselor('reviewedBy'),
      reviewedAt: toIso(data['reviewedAt']),
      topics: stringList(data['topics']).flatMap((slug) => {
        const found = topics.get(slug);
        if (!found) ctx.warn(`${owner} refers to missing topic "${slug}" (topics); it is left out`);
        return found ? [{ title: found.title, slug: found.slug }] : [];
      }),
      body: [],
      seo: data['seo'],
      contentNote: data['contentNote'],
      featured: data['featured'],
      previousSlugs: data['previousSlugs'],
    }) as MdxArticle['entry'];
    // YAML reads `2026-01-09` as a date; the content model's reviewedAt is a plain date string.
    if (typeof entry['reviewedAt'] === 'string') entry['reviewedAt'] = entry['reviewedAt'].slice(0, 10);
    const parsed = check(schemas.article, entry, 'article', filePath, problems);
    if (parsed && parsed.publishedAt.getTime() > ctx.now.getTime()) continue;
    articles.push({ entry, filePath, contents, body });
  }
  if (problems.length) throw new ContentRuleError(problems);
  return articles;
}
