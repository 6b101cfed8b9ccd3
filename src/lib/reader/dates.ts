import { formatLongDate } from '../../i18n/format.ts';
import { defaultLanguage, type Language } from '../../i18n/languages.ts';

/** Accepts a Date or an ISO string (`YYYY-MM-DD` or a full date-time). */
export type DateInput = Date | string;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "March 3, 2026" (or "3 de marzo de 2026"): the date a reader sees, in UTC so builds are byte-identical. */
export function formatDate(value: DateInput, language: Language = defaultLanguage): string {
  return formatLongDate(toDate(value), language);
}

/** The machine-readable form for `<time datetime>` and JSON-LD: `YYYY-MM-DD` for a date, ISO 8601 otherwise. */
export function isoDate(value: DateInput): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return toDate(value).toISOString();
}

/** True when `updated` is a later calendar day than `published` (same-day edits are not worth showing). */
export function isLaterDay(published: DateInput, updated: DateInput | undefined): updated is DateInput {
  if (updated === undefined) return false;
  return isoDate(toDate(updated)).slice(0, 10) > isoDate(toDate(published)).slice(0, 10);
}
