import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header Sanity's GROQ-powered webhooks sign their requests with. */
export const SIGNATURE_HEADER = 'sanity-webhook-signature';

/** How old a signed request may be before it is refused. */
export const MAX_AGE_MS = 5 * 60_000;

/** Why a signature was refused (or `ok`). */
export type SignatureVerdict = 'ok' | 'missing' | 'malformed' | 'wrong' | 'stale' | 'replayed';

/** Signs a body as Sanity does: `t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`. */
export function signBody(body: string, secret: string, timestamp = Date.now()): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('base64url');
  return `t=${timestamp},v1=${mac}`;
}

/**
 * Checks Sanity webhook signatures, refusing missing, forged, stale (older than 5 minutes, or from the future)
 * and replayed ones. Remembers the signatures it accepted for as long as they could still be fresh.
 */
export class SignatureChecker {
  readonly #secret: string;
  readonly #seen = new Map<string, number>();
  readonly #now: () => number;

  constructor(secret: string, now: () => number = Date.now) {
    this.#secret = secret;
    this.#now = now;
  }

  /** Verifies `header` for the raw `body`; an accepted signature is remembered so it can't be used twice. */
  verify(header: string | string[] | undefined, body: string): SignatureVerdict {
    if (header === undefined || header === '') return 'missing';
    if (Array.isArray(header)) return 'malformed';
    const match = /^t=(\d{13}),\s*v1=([A-Za-z0-9_-]+={0,2})$/.exec(header.trim());
    if (!match?.[1] || !match[2]) return 'malformed';
    const timestamp = Number(match[1]);
    const expected = Buffer.from(signBody(body, this.#secret, timestamp).split('v1=')[1] ?? '', 'base64url');
    const given = Buffer.from(match[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'wrong';
    const now = this.#now();
    // A little tolerance for clock skew ahead of us, none beyond it.
    if (now - timestamp > MAX_AGE_MS || timestamp - now > 60_000) return 'stale';
    this.#forgetExpired(now);
    const key = match[2];
    if (this.#seen.has(key)) return 'replayed';
    this.#seen.set(key, timestamp);
    return 'ok';
  }

  #forgetExpired(now: number): void {
    for (const [key, timestamp] of this.#seen) {
      if (now - timestamp > MAX_AGE_MS) this.#seen.delete(key);
    }
  }
}
