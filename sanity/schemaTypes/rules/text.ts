/** A Portable Text block or custom object, as far as these rules need to know it. */
export interface PortableTextNode {
  _type?: unknown;
  children?: unknown;
  body?: unknown;
  [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The words of a Portable Text array (text blocks and callout bodies), as plain text, one block per line. */
export function portableTextToPlain(value: unknown): string {
  if (!Array.isArray(value)) return '';
  const lines: string[] = [];
  for (const node of value) {
    if (!isRecord(node)) continue;
    if (node['_type'] === 'block' && Array.isArray(node['children'])) {
      lines.push(
        node['children']
          .map((child) => (isRecord(child) && typeof child['text'] === 'string' ? child['text'] : ''))
          .join(''),
      );
    } else if (node['_type'] === 'callout') {
      lines.push(portableTextToPlain(node['body']));
    }
  }
  return lines.join('\n');
}

/** Counts a word's syllables with the usual vowel-group heuristic (good enough for a reading-level estimate). */
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

/** Words, sentences and the Flesch–Kincaid grade of a text. */
export interface ReadingLevel {
  words: number;
  sentences: number;
  grade: number;
}

/**
 * Estimates the U.S. school grade needed to read a text (Flesch–Kincaid). Each line counts as at least one
 * sentence, so headings and list items don't run into the next sentence.
 */
export function readingLevel(text: string): ReadingLevel {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .reduce((sum, line) => sum + Math.max(1, (line.match(/[.!?]+(?=\s|$)/g) ?? []).length), 0);
  if (words.length === 0 || sentences === 0) return { words: 0, sentences: 0, grade: 0 };
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, grade: Math.round(grade * 10) / 10 };
}

/**
 * Counts a Spanish word's syllables: one per vowel group, plus one where two strong vowels meet (a hiatus, as in
 * "po-e-ma") or where an accented í or ú breaks a diphthong ("dí-a"). A silent u after q or g ("que", "guerra")
 * joins the vowel after it, as Spanish spelling does.
 */
export function countSyllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w.length === 0) return 0;
  let count = 0;
  let previous = '';
  for (const letter of w.replace(/([qg])u(?=[eéií])/g, '$1')) {
    if (!'aeiouáéíóúü'.includes(letter)) {
      previous = '';
      continue;
    }
    const strong = (ch: string) => 'aeoáéóíú'.includes(ch);
    if (previous === '' || (strong(previous) && strong(letter))) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** Words, sentences and the Fernández-Huerta reading ease (0–100, higher is easier) of a Spanish text. */
export interface ReadingEase {
  words: number;
  sentences: number;
  ease: number;
}

/**
 * Estimates how easily a Spanish text reads with the Fernández-Huerta formula (Flesch's reading ease adapted to
 * Spanish, in the form that counts average sentence length): 206.84 − 60 × syllables per word − 1.02 × words per
 * sentence. 60–70 is everyday prose, 70 and more is easy. Lines count as sentences, as in `readingLevel`.
 */
export function readingEaseEs(text: string): ReadingEase {
  const words = text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ][A-Za-zÁÉÍÓÚÜÑáéíóúüñ'’-]*/g) ?? [];
  const sentences = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .reduce((sum, line) => sum + Math.max(1, (line.match(/[.!?]+(?=\s|$)/g) ?? []).length), 0);
  if (words.length === 0 || sentences === 0) return { words: 0, sentences: 0, ease: 100 };
  const syllables = words.reduce((sum, word) => sum + countSyllablesEs(word), 0);
  const ease = 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
  return { words: words.length, sentences, ease: Math.round(ease * 10) / 10 };
}
