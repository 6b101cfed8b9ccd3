import { createSlugger, type Slugger } from '../portable-text/render-html.ts';

/** One entry of an article's table of contents. */
export interface TocEntry {
  /** The heading's `id`, the target of `#fragment` links. */
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  depth: number;
}

/** Articles with at least this many sections (h2) get a table of contents. */
export const TOC_MIN_SECTIONS = 3;

type Block = Record<string, unknown>;

const HEADING_DEPTH: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

function blockText(block: Block): string {
  const children = Array.isArray(block['children']) ? (block['children'] as Block[]) : [];
  return children.map((child) => (typeof child['text'] === 'string' ? child['text'] : '')).join('');
}

function visit(blocks: readonly unknown[], slugger: Slugger, out: TocEntry[] | undefined): void {
  for (const node of blocks as Block[]) {
    if (node['_type'] === 'block') {
      const depth = HEADING_DEPTH[String(node['style'])];
      if (!depth) continue;
      const text = blockText(node);
      // Every heading takes its id from the slugger, in page order, exactly as the renderer does.
      const id = slugger.slug(text);
      if (out && depth <= 3 && text.trim()) out.push({ id, text: text.trim(), depth });
    } else if (node['_type'] === 'callout' && Array.isArray(node['body'])) {
      // Headings inside callouts use up ids but are not sections of the article.
      visit(node['body'] as unknown[], slugger, undefined);
    }
  }
}

/**
 * The h2/h3 headings of a Portable Text body with the ids src/components/portable-text/ gives them
 * (the same slugger, fed the same headings in the same order).
 */
export function portableTextHeadings(body: readonly unknown[]): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(body, createSlugger(), entries);
  return entries;
}

/** The table of contents to show, or none when the article has fewer than three sections. */
export function tableOfContents(headings: readonly TocEntry[]): TocEntry[] {
  const toc = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return toc.filter((h) => h.depth === 2).length >= TOC_MIN_SECTIONS ? toc : [];
}
