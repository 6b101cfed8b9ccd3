// Characters that change how a line of text reads without being visible: what a single-line field refuses, and
// what the staff tool's CSV and the notification email replace wherever they come from (older rows included).

/** Line breaks of any kind: CR, LF, NEL, and Unicode's line and paragraph separators. */
export const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/**
 * Control characters (C0, DEL, C1) and the text-direction controls: embeddings and overrides (U+202A–U+202E),
 * isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). Joiners (U+200C, U+200D) stay allowed: some
 * scripts need them in names.
 */
export const HIDDEN_CHARACTER = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const HIDDEN_ALL = new RegExp(HIDDEN_CHARACTER.source, 'gu');
const HIDDEN_BUT_LINES = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069](?<![\t\n])/gu;

/** The replacement shown where a hidden character was: visible, so nothing is silently changed. */
export const REPLACEMENT = '\uFFFD';

/**
 * Text made safe to show on one line (`multiline` false: a line break, CRLF counted once, becomes U+FFFD) or as
 * lines (`multiline` true: tabs and LF stay, CR and CRLF become LF): every other hidden character becomes U+FFFD.
 */
export function showPlainly(text: string, multiline: boolean): string {
  if (!multiline) {
    return text
      .replace(/\r\n/g, '\n')
      .replace(HIDDEN_ALL, REPLACEMENT)
      .replace(/[\u2028\u2029]/g, REPLACEMENT);
  }
  return text
    .replace(/\r\n?/g, '\n')
    .replace(HIDDEN_BUT_LINES, REPLACEMENT)
    .replace(/[\u2028\u2029]/g, '\n');
}
