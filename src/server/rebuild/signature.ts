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

// As Sanity's own library (@sanity/webhook) reads the header: the timestamp and the MAC separated by any run of
// commas and spaces. The MAC itself is checked for its one canonical form below.
const HEADER_PATTERN = /^t=(\d{1,16})[, ]+v1=([^, ]+)$/;

/** The 32 bytes a MAC names, or null unless it is written exactly as base64url without padding writes them. */
function canonicalMac(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  // Node's decoder ignores the last character's two spare bits: "…R8" and "…R9" decode alike.
  return bytes.length === 32 && bytes.toString('base64url') === text ? bytes : null;
}

/**
 * Checks Sanity webhook signatures, refusing missing, forged, stale (older than 5 minutes, or from the future)
 * and replayed ones. Remembers the MACs (as bytes, so no other spelling of one passes) it accepted for as long as
 * they could still be fresh.
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
    const match = HEADER_PATTERN.exec(header.trim());
    if (!match?.[1] || !match[2]) return 'malformed';
    const given = canonicalMac(match[2]);
    if (!given) return 'malformed';
    const timestamp = Number(match[1]);
    const expected = createHmac('sha256', this.#secret).update(`${timestamp}.${body}`, 'utf8').digest();
    if (!timingSafeEqual(given, expected)) return 'wrong';
    const now = this.#now();
    // A little tolerance for clock skew ahead of us, none beyond it.
    if (now - timestamp > MAX_AGE_MS || timestamp - now > 60_000) return 'stale';
    this.#forgetExpired(now);
    const key = given.toString('hex');
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
