/** Words a typical adult reads per minute in running prose. */
export const WORDS_PER_MINUTE = 220;

/** Anything shaped like Portable Text (blocks with spans, custom blocks with nested bodies). */
type PortableNode = Record<string, unknown>;

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

function collectText(nodes: unknown, out: string[]): void {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes as PortableNode[]) {
    if (node['_type'] === 'block' && Array.isArray(node['children'])) {
      for (const span of node['children'] as PortableNode[]) {
        if (typeof span['text'] === 'string') out.push(span['text']);
      }
    } else {
      // Custom blocks: callouts hold Portable Text; captions and CTA copy are read too.
      for (const key of ['caption', 'heading', 'body'] as const) {
        const value = node[key];
        if (typeof value === 'string') out.push(value);
        else collectText(value, out);
      }
    }
  }
}

/** Words in a Portable Text body, custom blocks included. */
export function portableTextWords(body: unknown): number {
  const parts: string[] = [];
  collectText(body, parts);
  return countWords(parts.join(' '));
}

/** Words in MDX source: imports, exports, JSX tags, attributes and code fences are not prose. */
export function mdxWords(source: string): number {
  const prose = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
  return countWords(prose);
}

/** Whole minutes to read `words`, rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** What {@link articleReadingMinutes} reads of an article entry. */
interface CountedArticle {
  data: { source?: string | undefined; words?: number | undefined };
  body?: string | undefined;
}

const minutes = new WeakMap<CountedArticle, number>();

/**
 * Minutes to read an article: its words as the loader counted them, or the MDX source for MDX articles. Kept apart
 * from the collections (src/lib/reader/content.ts) so server-rendered pages can show article cards.
 */
export function articleReadingMinutes(entry: CountedArticle): number {
  let value = minutes.get(entry);
  if (value === undefined) {
    const words = entry.data.source === 'mdx' ? mdxWords(entry.body ?? '') : (entry.data.words ?? 0);
    value = readingMinutes(words);
    minutes.set(entry, value);
  }
  return value;
}
