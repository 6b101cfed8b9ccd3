import type { Language } from './languages.ts';
import { messagesFor } from './messages.ts';

// Dates are written in UTC so two builds of the same content are byte-identical; numbers and dates follow the
// page's language (`site.locale` in the message files).

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** "March 3, 2026" in English, "3 de marzo de 2026" in Spanish. */
export function formatLongDate(date: Date, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(messagesFor(language).site.locale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

/** A whole number as the language writes it ("1,250"). */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(messagesFor(language).site.locale);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** "4 min read" / "4 min de lectura". */
export function formatReadingTime(minutes: number, language: Language): string {
  return messagesFor(language).reader.minutesToRead(formatNumber(minutes, language));
}

/** "1 article", "12 articles" / "1 artículo", "12 artículos". */
export function formatArticleCount(count: number, language: Language): string {
  return messagesFor(language).reader.articleCount(count, formatNumber(count, language));
}

/** "Page 2 of 5" / "Página 2 de 5". */
export function formatPageOf(page: number, total: number, language: Language): string {
  return messagesFor(language).reader.pageOf(formatNumber(page, language), formatNumber(total, language));
}
