import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** Recovery codes issued at set-up (each works once). */
export const RECOVERY_CODE_COUNT = 10;
/** Codes one step either side of now are taken (clocks drift, people type slowly). */
const WINDOW = 1;
// No 0/o, 1/l/i: a code read off paper is typed as written.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totpFor(secret: string, label = 'staff', issuer = ''): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** A new TOTP secret: 20 random bytes, base32 (what authenticator apps take). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function sealKey(keys: string): Buffer {
  return createHmac('sha256', keys).update('totp-secret-seal').digest();
}

/**
 * Encrypts a TOTP secret for the database (AES-256-GCM under a key derived from the `staff-keys` secret), so a
 * copy of the database alone does not give anyone the codes.
 */
export function sealTotpSecret(keys: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(keys), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    body.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

/** The secret `sealTotpSecret` sealed; throws when it was sealed under other keys or altered. */
export function openTotpSecret(keys: string, sealed: string): string {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) throw new Error('not a sealed TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(keys), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** True for what a person types as a TOTP code: six digits (spaces allowed). */
export function isTotpShaped(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/** The time step (30 s counter) a six-digit code is right for at `at`, within one step either side, or null. */
export function totpStep(secret: string, code: string, at: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpFor(secret);
  const delta = totp.validate({ token, timestamp: at.getTime(), window: WINDOW });
  return delta === null ? null : totp.counter({ timestamp: at.getTime() }) + delta;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string, issuer: string): string {
  return totpFor(secret, email, issuer).toString();
}

/** The QR code for `text` as an SVG element, drawn here (no request leaves the page). */
export async function qrSvg(text: string, label: string): Promise<string> {
  // Loaded on first use: only setting up two-factor sign-in shows a code, and the library costs every start.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const safe = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" width="240" height="240" `);
}

/** New recovery codes, `xxxx-xxxx-xxxx` (about 59 bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''),
    ).join('-'),
  );
}

/** A recovery code as compared: lower case, letters and digits only. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
