import type { ContactRequest, RawValues } from '../../lib/contact/schema.ts';
import { checkToken } from './token.ts';

/** More links than this in a message marks it as spam: people asking for an appointment rarely send any. */
export const MAX_LINKS = 2;

const LINK = /\b(?:https?:\/\/|www\.)|\[url[=\]]|<a\s/gi;

/** Why a valid-looking submission was flagged as spam, or null when it looks like a person's. */
export function spamReason(
  raw: RawValues,
  request: ContactRequest,
  { secret, minFillSeconds, now = Date.now() }: { secret: string; minFillSeconds: number; now?: number },
): string | null {
  const honeypot = raw['website'];
  if (honeypot !== undefined && honeypot !== null && honeypot !== '') return 'honeypot';
  const token = checkToken(raw['t'], secret, { now, minFillSeconds });
  if (token !== 'ok') return `token ${token}`;
  if ((request.message?.match(LINK)?.length ?? 0) > MAX_LINKS) return 'links';
  return null;
}
