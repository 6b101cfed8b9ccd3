// Plain TypeScript with no imports: Sanity Studio (sanity/) and the site's tests share this file.

/** Counts the syllables of one English word with the usual vowel-group heuristic (good enough for a grade level). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // A final silent "e", "es" or "ed" adds no syllable, but "-ted" and "-ded" do (trust-ed, need-ed).
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  // "ia" is usually two syllables (al-li-ance, me-di-a) except after c, s or t (so-cial, ini-tial).
  const split = trimmed.match(/[^cst]ia/g)?.length ?? 0;
  return Math.max(1, groups + split);
}

/** Words, sentences and syllables of a text. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts words, sentences and syllables; a list item or heading without a full stop still counts as a sentence. */
export function textStats(text: string): TextStats {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map((part) => part.trim())
    .filter((part) => /[A-Za-z]/.test(part)).length;
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return { words: words.length, sentences: Math.max(1, sentences), syllables };
}

/**
 * The Flesch–Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59,
 * rounded to one decimal. Returns 0 for a text without words.
 */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(grade * 10) / 10;
}

interface PortableTextLike {
  _type?: string;
  children?: unknown;
  text?: unknown;
  body?: unknown;
}

/** The readable text of a Portable Text array: block spans and the text inside custom blocks, one line per block. */
export function portableTextToPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const lines: string[] = [];
  for (const block of blocks as PortableTextLike[]) {
    if (typeof block !== 'object') continue;
    if (Array.isArray(block.children)) {
      lines.push(
        (block.children as PortableTextLike[])
          .map((child) => (typeof child.text === 'string' ? child.text : ''))
          .join(''),
      );
    } else if (Array.isArray(block.body)) {
      lines.push(portableTextToPlainText(block.body));
    }
  }
  return lines.filter(Boolean).join('\n');
}

/** The grade level above which the Studio warns that an article may be hard to read. */
export const READING_GRADE_LIMIT = 9;
