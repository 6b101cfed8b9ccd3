import { showPlainly } from '../../lib/contact/characters.ts';
import { languageNote } from '../../lib/contact/language-note.ts';
import type { StoredRequest } from '../store/store.ts';

/** An email to staff about one request. */
export interface StaffEmail {
  subject: string;
  text: string;
  /** The request it announces (a header, so staff tooling and tests can match it). */
  requestId: string;
}

const LABELS: [keyof StoredRequest, string][] = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['preferredContact', 'Preferred contact'],
  ['okToLeaveMessage', 'OK to leave a message'],
  ['counselor', 'Counselor'],
  ['from', 'Came from article'],
  ['message', 'Message'],
];

// Plain text only; hidden characters (line breaks too, outside the message) are shown as U+FFFD, so nothing a
// person typed, or an older row kept, can change how the email is read.
function clean(value: string, multiline: boolean): string {
  const shown = showPlainly(value, multiline);
  return multiline ? shown.replace(/\n/g, '\n  ') : shown;
}

/**
 * The notification: by default it only says a request arrived and where to read it (email is not a private
 * channel); with `includeDetails` it adds the fields as plain text. The subject never holds what a person wrote.
 */
export function staffEmail(
  request: StoredRequest,
  { siteUrl, includeDetails }: { siteUrl: string; includeDetails: boolean },
): StaffEmail {
  const lines = [
    'A new consultation request arrived.',
    '',
    `Read it in the staff inbox at ${siteUrl}/staff/ (or on the server: npm run -s requests -- list).`,
    `Reference: ${request.id}`,
    `Received: ${request.createdAt}`,
  ];
  // Not a detail of what the person wrote: who replies needs it first, so it is there even without details.
  const note = languageNote(request.language);
  if (note) lines.push(note);
  if (includeDetails) {
    lines.push('');
    for (const [key, label] of LABELS) {
      const value = request[key];
      if (value === null || value === '') continue;
      const shown = typeof value === 'boolean' ? (value ? 'yes' : 'no') : clean(value, key === 'message');
      lines.push(`${label}: ${shown}`);
    }
  }
  // The headers carry nothing a person wrote: a fixed subject, and the id (a UUID) reduced to its own alphabet.
  return {
    subject: 'New consultation request',
    text: lines.join('\n') + '\n',
    requestId: request.id.replace(/[^0-9A-Za-z-]/g, ''),
  };
}
