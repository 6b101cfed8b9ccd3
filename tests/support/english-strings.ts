import { messagesFor } from '../../src/i18n/messages.ts';

/** An English interface string that a Spanish page must not show, and where it lives in the message files. */
export interface EnglishString {
  /** The message's key path (`counselors.profile.accepting`). */
  key: string;
  /** The English text, or a fixed piece of it (a template's or a function's words between its values). */
  text: string;
}

const MARK = '\u0001';

/** The fixed pieces of a message: its words between `{placeholders}` or, for a function, between its arguments. */
function pieces(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\{[a-z]+\}/i);
  if (typeof value === 'function') {
    try {
      const args = Array.from({ length: value.length }, () => MARK);
      const text: unknown = (value as (...a: string[]) => unknown)(...args);
      return typeof text === 'string' ? text.split(MARK) : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Pieces short or common enough to occur in any language's text ("{n} of {m}" leaves " of "). */
const meaningful = (text: string) => (text.match(/\p{L}/gu) ?? []).length >= 3;

/**
 * Every English message value (or fixed piece of one) whose Spanish counterpart says something else: if a Spanish
 * page shows one of these, that page is half translated. Pieces the Spanish messages also use anywhere (a brand,
 * a number, an address) are left out.
 */
export function englishOnlyStrings(): EnglishString[] {
  const spanishPieces = new Set<string>();
  const found: EnglishString[] = [];
  const walk = (en: unknown, es: unknown, key: string) => {
    if (en !== null && typeof en === 'object') {
      for (const [name, value] of Object.entries(en))
        walk(value, (es as Record<string, unknown> | undefined)?.[name], key ? `${key}.${name}` : name);
      return;
    }
    for (const piece of pieces(es)) spanishPieces.add(piece.trim());
    for (const piece of pieces(en)) found.push({ key, text: piece.trim() });
  };
  walk(messagesFor('en'), messagesFor('es'), '');
  const seen = new Set<string>();
  return found.filter(({ text }) => {
    if (!meaningful(text) || spanishPieces.has(text) || seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English strings that stand in `text` as whole words (case matters: "How" is not "how"). */
export function englishStringsIn(text: string, strings: readonly EnglishString[]): EnglishString[] {
  const flat = text.replace(/\s+/g, ' ');
  return strings.filter(({ text: english }) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(english)}(?![\\p{L}\\p{N}])`, 'u').test(flat),
  );
}
