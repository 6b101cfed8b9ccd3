import { portableTextHeadings, type TocEntry } from '../reader/headings.ts';
import { portableTextWords } from '../reader/reading-time.ts';
import { createSlugger, segmentBody, type RenderedText } from './render-html.ts';

// The content loader renders a CMS article's text when the article changes and stores the HTML, as Astro's own
// Markdown pipeline does; article pages then only place it. The store keeps a few strings per article instead of
// every block and span (at 1,000 articles, a quarter of the values Astro serializes, bundles and reads back), and
// a build where an article has not changed does not render its text again.

/** Part of each stored article's digest: bump it when rendering changes, so no build keeps an older rendering. */
export const STORED_BODY_VERSION = 3;

type BodyBlock = { _type: string } & Record<string, unknown>;

/** An article body as the content store keeps it, and what pages need from its text. */
export interface StoredBody {
  /** Runs of text blocks become one {@link RenderedText} each (callouts keep theirs inside); other blocks stay. */
  body: BodyBlock[];
  /** The h2/h3 headings with the ids the rendered text gives them. */
  headings: TocEntry[];
  /** Words in the text, callouts, captions and calls to action included. */
  words: number;
}

/** Renders a (checked) Portable Text body for the content store; anything but an array is an empty body. */
export function storedBody(value: unknown): StoredBody {
  const body = Array.isArray(value) ? (value as BodyBlock[]) : [];
  const stored: BodyBlock[] = [];
  const text = (html: string): BodyBlock & RenderedText => ({ _type: 'html', html });
  for (const segment of segmentBody(body, createSlugger())) {
    if (segment.kind === 'html') stored.push(text(segment.html));
    else if (segment.kind === 'callout') stored.push({ ...segment.block, body: [text(segment.html)] });
    else stored.push(segment.block);
  }
  return { body: stored, headings: portableTextHeadings(body), words: portableTextWords(body) };
}
