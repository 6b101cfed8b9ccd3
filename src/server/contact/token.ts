import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a served form stays valid: a day, plenty for a person filling it in (a week-old tab reloads it). */
export const TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60;

/** What a token says about the submission carrying it. */
export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'expired';

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * Issues the form's time token: `v1.<issued at, epoch seconds>.<random nonce>.<HMAC of both>`. Nothing in it
 * identifies the reader; it only proves this server served the form, and when.
 */
export function issueToken(secret: string, now = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000)}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${mac(secret, payload)}`;
}

/**
 * What the store keeps of an accepted token so it is used once: its issue time and nonce (nothing secret), and
 * when it expires (after which the signature check refuses it anyway). Call only for a token `checkToken` passed.
 */
export function tokenUse(token: string): { id: string; expiresAt: Date } {
  const [, issued = '0', nonce = ''] = token.split('.');
  return { id: `${issued}.${nonce}`, expiresAt: new Date((Number(issued) + TOKEN_MAX_AGE_SECONDS) * 1000) };
}

/** Checks a submitted token: signed by `secret`, at least `minFillSeconds` old, not older than the maximum age. */
export function checkToken(
  token: unknown,
  secret: string,
  { now = Date.now(), minFillSeconds }: { now?: number; minFillSeconds: number },
): TokenCheck {
  if (typeof token !== 'string' || token === '') return 'missing';
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || !/^\d{1,12}$/.test(parts[1] ?? '')) return 'invalid';
  const payload = parts.slice(0, 3).join('.');
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(parts[3] ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now / 1000 - Number(parts[1]);
  if (age < minFillSeconds) return 'too-fast';
  if (age > TOKEN_MAX_AGE_SECONDS) return 'expired';
  return 'ok';
}
