/** The fewest bytes of key material a secret may hold (HMAC-SHA-256 keys its full strength with 32). */
export const MIN_KEY_BYTES = 32;

/**
 * How many bytes of key material `value` holds once decoded: hex (`openssl rand -hex 32`), else base64 or
 * base64url (what the store writes, and `openssl rand -base64 32`); null when it is none of these.
 */
export function keyBytes(value: string): number | null {
  if (/^(?:[0-9a-f]{2})+$/i.test(value)) return value.length / 2;
  if (/^[A-Za-z0-9+/]*={0,2}$/.test(value) || /^[A-Za-z0-9_-]*={0,2}$/.test(value)) {
    return Buffer.from(value, 'base64').length;
  }
  return null;
}

/**
 * Returns `value` (trimmed) when it holds at least `MIN_KEY_BYTES` of key material; otherwise throws an error that
 * names `where` (a file or a variable), says what it holds and how to fix it. `fix` is the remedy to suggest.
 */
export function checkedKey(value: string, where: string, fix: string): string {
  const trimmed = value.trim();
  const bytes = keyBytes(trimmed);
  if (bytes !== null && bytes >= MIN_KEY_BYTES) return trimmed;
  const holds =
    trimmed === ''
      ? 'is empty'
      : bytes === null
        ? 'is not hex, base64 or base64url'
        : `holds only ${String(bytes)} bytes of key material`;
  throw new Error(
    `${where} ${holds}: a secret needs at least ${String(MIN_KEY_BYTES)} random bytes, written as 43 base64url or 64 hex characters. ${fix}`,
  );
}

/** How to make a good value by hand. */
export const MAKE_KEY = `Make one with: node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`;
