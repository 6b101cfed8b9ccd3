import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';

/**
 * A language code's name in the page's language, as a label ("es" → "Spanish" on English pages, "Español" on
 * Spanish ones): the message file's own names first (for codes ICU lacks, such as `ase`), then
 * `Intl.DisplayNames`, then the code itself. Pages render the names; islands never compute them.
 */
export function languageName(code: string, lang: Language): string {
  const name =
    messagesFor(lang).counselors.languageNames[code.toLowerCase()] ?? displayName(code, lang) ?? code;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

function displayName(code: string, lang: Language): string | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code);
  } catch {
    // A malformed code (the schema forbids them) reads as itself.
    return undefined;
  }
}
