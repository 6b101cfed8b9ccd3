import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and a few tens of milliseconds per hash). */
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;

/** The parameters of one scrypt: cost (N, a power of two), block size (r) and parallelism (p). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // NFC: the same password typed on two keyboards that compose accents differently is the same password.
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password as `scrypt$N$r$p$<salt>$<hash>` (base64url), with a fresh 16-byte salt. */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `encoded`; a malformed hash never matches. Compares in constant time. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), cost);
  return timingSafeEqual(key, expected);
}

const dummies = new Map<string, Promise<string>>();

/**
 * A hash of a random password at `cost`, checked against when an account is unknown or has no password yet, so
 * those answers take as long as a wrong password does. Made once per cost.
 */
export function dummyHash(cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const key = `${cost.N}$${cost.r}$${cost.p}`;
  let dummy = dummies.get(key);
  if (!dummy) {
    dummy = hashPassword(randomBytes(18).toString('base64url'), cost);
    dummies.set(key, dummy);
  }
  return dummy;
}
