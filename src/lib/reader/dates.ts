// Dates are formatted in UTC with a fixed locale so two builds of the same content are byte-identical.
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Accepts a Date or an ISO string (`YYYY-MM-DD` or a full date-time). */
export type DateInput = Date | string;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "March 3, 2026": the date a reader sees. */
export function formatDate(value: DateInput): string {
  return longDate.format(toDate(value));
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
