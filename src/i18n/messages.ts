import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import type { Language } from './languages.ts';

export type { Messages } from './en.ts';

const byLanguage: Record<Language, Messages> = { en, es };

/** The interface strings of a language. */
export function messagesFor(language: Language): Messages {
  return byLanguage[language];
}
