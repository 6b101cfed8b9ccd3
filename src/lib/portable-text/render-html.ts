import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
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

/** A fresh slugger for one page: `Coping skills` → `coping-skills`, a repeat → `coping-skills-2`. */
export function createSlugger(): Slugger {
  const used = new Map<string, number>();
  return {
    slug(text) {
      const base =
        text
          .normalize('NFKD')
          .toLowerCase()
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '') || 'section';
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      return count === 1 ? base : `${base}-${count}`;
    },
  };
}

/** The text of a block (for heading ids). */
function plainText(block: PortableTextBlock): string {
  return block.children.map((child) => (typeof child['text'] === 'string' ? child['text'] : '')).join('');
}

function heading(level: 2 | 3 | 4 | 5 | 6, slugger: Slugger) {
  return ({ value, children }: { value: PortableTextBlock; children?: string }) =>
    `<h${level} id="${escapeHTML(slugger.slug(plainText(value)))}">${children ?? ''}</h${level}>`;
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

/** Renders standard Portable Text blocks to HTML (escaped, safe links, heading ids). */
export function renderTextBlocks(blocks: readonly unknown[], slugger: Slugger = createSlugger()): string {
  return toHTML(blocks as PortableTextBlock[], {
    components: components(slugger),
    onMissingComponent: false,
  });
}

/** A body split into runs of standard blocks (rendered to one HTML string) and single custom blocks. */
export type BodySegment<B> = { kind: 'html'; html: string } | { kind: 'block'; block: B };

/** Groups a body so each run of standard blocks renders in one to-html pass. */
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
    if (block._type === 'block') run.push(block);
    else {
      flush();
      segments.push({ kind: 'block', block });
    }
  }
  flush();
  return segments;
}
