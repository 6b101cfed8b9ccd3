import { showPlainly } from '../../lib/contact/characters.ts';
import type { StoredRequest } from '../store/store.ts';

/** The export's columns, in order: the staff tool's JSON fields (columns added later go last). */
export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'name',
  'email',
  'phone',
  'preferredContact',
  'counselor',
  'from',
  'message',
  'okToLeaveMessage',
  'spam',
  'handled',
  'language',
] as const satisfies readonly (keyof StoredRequest)[];

/**
 * One CSV cell: hidden characters (line breaks too, unless `multiline`) shown as U+FFFD, so a cell reads as what
 * it holds whatever an older row stored; a leading `=`, `+`, `-`, `@` (or tab / carriage return) gets a `'` so a spreadsheet shows the text
 * instead of running it as a formula; then RFC 4180 quoting when the cell holds a comma, quote or line break.
 */
export function csvCell(value: string | boolean | null, multiline = true): string {
  let text = value === null ? '' : showPlainly(String(value), multiline);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole export: a header row, then one row per request, CRLF line ends (RFC 4180). */
export function toCsv(requests: readonly StoredRequest[]): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...requests.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c], c === 'message')).join(',')),
  ];
  return rows.join('\r\n') + '\r\n';
}
