import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import GithubSlugger from 'github-slugger';
import type { PortableTextBlock } from '@portabletext/types';
import { isSafeHref } from '../sanity/links.ts';

// Why @portabletext/to-html and not astro-portabletext: standard blocks are by far most of an article,
// and to-html turns a run of them into one string in a single pass, with escaping by default, instead
// of one Astro component render per block, span and mark. Only the custom blocks (image, callout,
// checklist, consultation) go through Astro components (src/components/portable-text/), so build time
// stays close to a bare Astro site as articles grow.

/** Makes heading ids unique within one page. */
export interface Slugger {
  slug(text: string): string;
}

/**
 * A fresh slugger for one page, the one Astro's Markdown and MDX pipeline uses (github-slugger), so a heading has
 * the same id whether its article came from the CMS or an MDX file: `Why it matters` → `why-it-matters`, a
 * repeat → `why-it-matters-1`. A heading with no text that can become an id gets `section` (numbered likewise).
 */
export function createSlugger(): Slugger {
  const slugger = new GithubSlugger();
  return {
    slug(text) {
      const id = slugger.slug(text);
      return id === '' || /^-+$/.test(id) ? slugger.slug('section') : id;
    },
  };
}

/** The text of a block (for heading ids). */
function plainText(block: PortableTextBlock): string {
  return block.children.map((child) => (typeof child['text'] === 'string' ? child['text'] : '')).join('');
}

function headingHtml(level: 2 | 3 | 4 | 5 | 6, block: PortableTextBlock, children: string, slugger: Slugger) {
  return `<h${level} id="${escapeHTML(slugger.slug(plainText(block)))}">${children}</h${level}>`;
}

function heading(level: 2 | 3 | 4 | 5 | 6, slugger: Slugger) {
  return ({ value, children }: { value: PortableTextBlock; children?: string }) =>
    headingHtml(level, value, children ?? '', slugger);
}

function components(slugger: Slugger): Partial<PortableTextHtmlComponents> {
  return {
    block: {
      // The page title is the only h1; an h1 in the body is shown one level down.
      h1: heading(2, slugger),
      h2: heading(2, slugger),
      h3: heading(3, slugger),
      h4: heading(4, slugger),
      h5: heading(5, slugger),
      h6: heading(6, slugger),
    },
    marks: {
      // to-html underlines with a `style` attribute, which the site's Content-Security-Policy (style-src 'self')
      // does not apply; `<u>` is underlined by every browser's own styles.
      underline: ({ children }) => `<u>${children}</u>`,
      link: ({ value, children }) => {
        const href = (value as { href?: unknown } | undefined)?.href;
        // Unsafe schemes (javascript:, data:, vbscript:, protocol-relative …) keep their text, lose the link.
        if (!isSafeHref(href)) return children;
        const external = /^https?:/i.test(href);
        return `<a href="${escapeHTML(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${children}</a>`;
      },
    },
    // Anything not a standard block is rendered by the Astro components; here it renders nothing.
    unknownType: () => '',
    unknownMark: ({ children }) => children,
  };
}

type Block = Record<string, unknown>;

/** Elements of the block styles the fast path writes itself (headings through `headingHtml`, for their ids). */
const PLAIN_STYLES: Record<string, string> = { normal: 'p', blockquote: 'blockquote' };
const HEADING_LEVELS: Record<string, 2 | 3 | 4 | 5 | 6> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const LIST_ELEMENTS: Record<string, string> = { bullet: 'ul', number: 'ol' };

/** to-html's escaping, skipped for the many spans with nothing to escape (no `&<>"'`, no double space). */
function escape(text: string): string {
  return /[&<>"']| {2}/.test(text) ? escapeHTML(text) : text;
}

/**
 * The HTML of a block's spans when none is marked (to-html's output for them: each span escaped on its own,
 * line breaks as `<br/>`), or undefined when the block needs to-html (marks, annotations, inline objects).
 */
function unmarkedSpans(block: Block): string | undefined {
  const { children, markDefs } = block;
  if (block['_type'] !== 'block' || !Array.isArray(children)) return undefined;
  if (markDefs != null && !(Array.isArray(markDefs) && markDefs.length === 0)) return undefined;
  let html = '';
  for (const child of children as unknown[]) {
    if (typeof child !== 'object' || child === null) return undefined;
    const { _type, text, marks } = child as Block;
    if (_type !== 'span' || typeof text !== 'string') return undefined;
    if (marks !== undefined && !(Array.isArray(marks) && marks.length === 0)) return undefined;
    html += text.includes('\n') ? text.split('\n').map(escape).join('<br/>') : escape(text);
  }
  return html;
}

/** What to-html (its toolkit) takes for a list item, so runs are cut where its lists are. */
function isListItem(block: Block): boolean {
  const { _type, children, markDefs, listItem, level } = block;
  return (
    typeof _type === 'string' &&
    !_type.startsWith('@') &&
    (!markDefs ||
      (Array.isArray(markDefs) &&
        markDefs.every((def: unknown) => typeof (def as Block | null)?.['_key'] === 'string'))) &&
    Array.isArray(children) &&
    children.every((child) => typeof child === 'object' && child !== null && '_type' in child) &&
    typeof listItem === 'string' &&
    (level === undefined || typeof level === 'number')
  );
}

/** A paragraph, quote or heading without marks: its style and the HTML inside it; otherwise undefined. */
function plainBlock(block: Block): { block: PortableTextBlock; style: string; children: string } | undefined {
  if (block['listItem'] != null) return undefined;
  const style = typeof block['style'] === 'string' ? block['style'] : 'normal';
  if (!PLAIN_STYLES[style] && !HEADING_LEVELS[style]) return undefined;
  const children = unmarkedSpans(block);
  // unmarkedSpans has checked the shape: a text block with spans only.
  return children === undefined
    ? undefined
    : { block: block as unknown as PortableTextBlock, style, children };
}

/** A run of list items that is one flat list without marks, or undefined. */
function plainList(items: readonly Block[]): string | undefined {
  const kind = items[0]?.['listItem'];
  const tag = typeof kind === 'string' ? LIST_ELEMENTS[kind] : undefined;
  if (!tag) return undefined;
  let html = `<${tag}>`;
  for (const item of items) {
    const style = item['style'];
    if (item['listItem'] !== kind || (item['level'] ?? 1) !== 1 || (style != null && style !== 'normal'))
      return undefined;
    const children = unmarkedSpans(item);
    if (children === undefined) return undefined;
    html += `<li>${children}</li>`;
  }
  return `${html}</${tag}>`;
}

/** A run of text blocks the content loader has already rendered (escaped, heading ids given). */
export interface RenderedText {
  _type: 'html';
  html: string;
}

function isRenderedText(block: Block): block is Block & RenderedText {
  return block['_type'] === 'html' && typeof block['html'] === 'string';
}

/**
 * Renders standard Portable Text blocks to HTML (escaped, safe links, heading ids); runs the loader has rendered
 * already ({@link RenderedText}) are placed as they are.
 *
 * Most blocks are paragraphs, headings and flat lists without marks; those are written here directly, which
 * is several times faster than to-html's general path (a marks tree per block). Everything else (marks,
 * links, nested lists, unusual styles) goes through to-html. Both give the same HTML, which a test checks.
 */
export function renderTextBlocks(blocks: readonly unknown[], slugger: Slugger = createSlugger()): string {
  let html = '';
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length) html += renderWithLibrary(pending, slugger);
    pending = [];
  };
  // A list is every list item up to the next other block, so a run renders (or falls back) as a whole.
  const groups: (Block | Block[])[] = [];
  for (const block of blocks as readonly Block[]) {
    const last = groups.at(-1);
    if (!isListItem(block)) groups.push(block);
    else if (Array.isArray(last)) last.push(block);
    else groups.push([block]);
  }
  for (const group of groups) {
    if (!Array.isArray(group) && isRenderedText(group)) {
      flush();
      html += group.html;
      continue;
    }
    const plain = Array.isArray(group) ? plainList(group) : plainBlock(group);
    if (plain === undefined) {
      pending.push(...(Array.isArray(group) ? group : [group]));
      continue;
    }
    // Pending blocks go first: headings take their ids in page order.
    flush();
    if (typeof plain === 'string') html += plain;
    else {
      const tag = PLAIN_STYLES[plain.style];
      const level = HEADING_LEVELS[plain.style] ?? 2;
      html += tag
        ? `<${tag}>${plain.children}</${tag}>`
        : headingHtml(level, plain.block, plain.children, slugger);
    }
  }
  flush();
  return html;
}

/** @internal to-html alone (the reference the fast path is tested against). */
export function renderWithLibrary(blocks: readonly unknown[], slugger: Slugger = createSlugger()): string {
  return toHTML(blocks as PortableTextBlock[], {
    components: components(slugger),
    onMissingComponent: false,
  });
}

/**
 * A body split into runs of standard blocks (rendered to one HTML string), callouts (their text rendered) and
 * the other custom blocks.
 */
export type BodySegment<B> =
  { kind: 'html'; html: string } | { kind: 'callout'; block: B; html: string } | { kind: 'block'; block: B };

/**
 * Groups a body so each run of standard blocks renders in one pass. Everything renders in document order, so
 * headings inside callouts take their ids where they stand, as the table of contents (headings.ts) counts them.
 */
export function segmentBody<B extends { _type: string }>(
  body: readonly B[],
  slugger: Slugger,
): BodySegment<B>[] {
  const segments: BodySegment<B>[] = [];
  let run: B[] = [];
  const flush = () => {
    if (run.length) segments.push({ kind: 'html', html: renderTextBlocks(run, slugger) });
    run = [];
  };
  for (const block of body) {
    if (block._type === 'block' || block._type === 'html') run.push(block);
    else {
      flush();
      if (block._type !== 'callout') segments.push({ kind: 'block', block });
      else {
        const text = (block as { body?: unknown }).body;
        segments.push({
          kind: 'callout',
          block,
          html: renderTextBlocks(Array.isArray(text) ? text : [], slugger),
        });
      }
    }
  }
  flush();
  return segments;
}
