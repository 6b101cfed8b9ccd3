import type { ContactRequest, RawValues } from '../../lib/contact/schema.ts';
import { checkToken, tokenUse } from './token.ts';

/** More links than this in a message marks it as spam: people asking for an appointment rarely send any. */
export const MAX_LINKS = 2;

const LINK = /\b(?:https?:\/\/|www\.)|\[url[=\]]|<a\s/gi;

/**
 * The single use a submission's form token claims: its id when the token is genuine and current, else undefined
 * (such a submission is flagged as spam and has nothing to claim).
 */
export function formTokenUse(
  raw: RawValues,
  { secret, minFillSeconds, now = Date.now() }: { secret: string; minFillSeconds: number; now?: number },
): { id: string; expiresAt: Date } | undefined {
  const token = raw['t'];
  return typeof token === 'string' && checkToken(token, secret, { now, minFillSeconds }) === 'ok'
    ? tokenUse(token)
    : undefined;
}

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
