import type { AuditAction, StaffSession, StaffStore, ThrottleKey } from '../store/staff-store.ts';
import { dummyHash, hashPassword, verifyPassword } from './password-hash.ts';
import { MAX_PASSWORD_LENGTH } from './password-limits.ts';
import {
  ACCOUNT_FREE_FAILURES,
  ADDRESS_FREE_FAILURES,
  ANONYMOUS_POSTS,
  FAILURE_MEMORY_MS,
  lockSeconds,
} from './throttle.ts';
import { isTokenShaped, keyedHash, randomToken, sameString, tokenHash } from './tokens.ts';

/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** ...and this long after sign-in, however busy. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often (a page view is not a database write each time). */
export const TOUCH_EVERY_MS = 60 * 1000;
/** A set-password link works this long. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** How a sign-in ended. Unknown account and wrong password give the same `refused`. */
export type SignInResult =
  { kind: 'signed-in'; sessionId: string; email: string } | { kind: 'refused'; retryAfter: number | null };

/** What staff pages and the admin tool do with accounts, sessions and the audit log. */
export interface StaffAuth {
  store: StaffStore;
  signIn(email: string, password: string, address: string): Promise<SignInResult>;
  /** The live session for a cookie value (sliding its idle time), or null. */
  session(sessionId: string | undefined): Promise<StaffSession | null>;
  signOut(sessionId: string, email: string, address: string): Promise<void>;
  /** The CSRF token every form of this session carries. */
  csrfToken(sessionId: string): string;
  checkCsrf(sessionId: string, token: unknown): boolean;
  /** The sign-in and set-password forms' token, bound to the short-lived pre-session cookie. */
  preSessionToken(preCookie: string): string;
  checkPreSession(preCookie: string | undefined, token: unknown): boolean;
  /** Creates the account if needed and issues a set-password link token (replacing any earlier one). */
  issueLink(email: string): Promise<{ token: string; expiresAt: Date; created: boolean }>;
  linkState(token: string): ReturnType<StaffStore['passwordTokenState']>;
  /** Sets the password a valid link is for; signs that account out everywhere. */
  setPassword(token: string, password: string, address: string): ReturnType<StaffStore['usePasswordToken']>;
  audit(actor: string, action: AuditAction, target: string | null, ip?: string | null): Promise<void>;
}

/** Lower-cased and trimmed: how emails are compared. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** True for something shaped like an email address (the admin tool's check). */
export function isEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

/**
 * Staff authentication over a store. `secret` keys the CSRF tokens and the throttle keys; `now` is the clock
 * (tests move it).
 */
export function createStaffAuth({
  store,
  secret,
  now = () => new Date(),
}: {
  store: StaffStore;
  secret: string;
  now?: () => Date;
}): StaffAuth {
  const throttleKeys = (email: string, address: string) => ({
    account: `account:${keyedHash(secret, 'throttle-account', email)}`,
    address: `address:${keyedHash(secret, 'throttle-address', address)}`,
  });
  const audit = (actor: string, action: AuditAction, target: string | null, ip: string | null = null) =>
    store.audit({ at: now(), actor: actor.slice(0, 254), action, target, ip });

  return {
    store,
    audit,

    async signIn(rawEmail, password, address) {
      const email = normalizeEmail(rawEmail).slice(0, 254);
      const at = now();
      // A flood from one client is refused before it costs a password check or an audit row.
      const gate = await store.takeRate(
        { key: `staff-post:${keyedHash(secret, 'staff-post', address)}`, ...ANONYMOUS_POSTS },
        at,
      );
      if (!gate.allowed) return { kind: 'refused', retryAfter: gate.retryAfter };
      const keys = throttleKeys(email, address);
      const account: ThrottleKey = {
        key: keys.account,
        lockFor: (n) => lockSeconds(n, ACCOUNT_FREE_FAILURES),
      };
      const byAddress: ThrottleKey = {
        key: keys.address,
        lockFor: (n) => lockSeconds(n, ADDRESS_FREE_FAILURES),
      };
      // Counted as a failure BEFORE the password is checked, atomically: requests arriving at once cannot all
      // read "not locked" and have their passwords checked (an attempt that turns out right is taken back).
      const reservation = await store.reserveAttempt(
        [account, byAddress],
        at,
        new Date(at.getTime() - FAILURE_MEMORY_MS),
      );
      if (!reservation.reserved) {
        // One audit row per lock window and address, counting the refusals.
        await store.auditRepeated(
          { at, actor: email.slice(0, 254), action: 'sign-in-locked', target: null, ip: address },
          reservation.lockedSince,
        );
        return {
          kind: 'refused',
          retryAfter: Math.ceil((reservation.lockedUntil.getTime() - at.getTime()) / 1000),
        };
      }

      const found = email ? await store.findCredentials(email) : null;
      // Always one scrypt, so an unknown account answers as slowly as a wrong password.
      const hash = found?.passwordHash ?? (await dummyHash());
      const matches = password.length <= MAX_PASSWORD_LENGTH * 4 && (await verifyPassword(password, hash));
      if (found?.passwordHash && matches) {
        await store.clearThrottle(keys.account);
        await store.releaseAttempt(byAddress);
        const sessionId = randomToken();
        await store.createSession(tokenHash(sessionId), found.id, at);
        await store.deleteExpired(
          new Date(at.getTime() - IDLE_TIMEOUT_MS),
          new Date(at.getTime() - ABSOLUTE_TIMEOUT_MS),
          at,
          new Date(at.getTime() - FAILURE_MEMORY_MS),
        );
        await audit(found.email, 'sign-in', null, address);
        return { kind: 'signed-in', sessionId, email: found.email };
      }

      await audit(email || '(empty)', 'sign-in-failed', null, address);
      const until = reservation.lockedUntil?.getTime() ?? 0;
      return {
        kind: 'refused',
        retryAfter: until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : null,
      };
    },

    async session(sessionId) {
      if (!sessionId || !isTokenShaped(sessionId)) return null;
      const found = await store.findSession(tokenHash(sessionId));
      if (!found) return null;
      const at = now().getTime();
      if (
        at - found.lastSeenAt.getTime() > IDLE_TIMEOUT_MS ||
        at - found.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS
      ) {
        await store.deleteSession(found.idHash);
        return null;
      }
      if (at - found.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
        await store.touchSession(found.idHash, new Date(at));
        return { ...found, lastSeenAt: new Date(at) };
      }
      return found;
    },

    async signOut(sessionId, email, address) {
      await store.deleteSession(tokenHash(sessionId));
      await audit(email, 'sign-out', null, address);
    },

    csrfToken: (sessionId) => keyedHash(secret, 'csrf', sessionId),
    checkCsrf: (sessionId, token) =>
      typeof token === 'string' && sameString(token, keyedHash(secret, 'csrf', sessionId)),
    preSessionToken: (preCookie) => keyedHash(secret, 'pre-session-csrf', preCookie),
    checkPreSession: (preCookie, token) =>
      preCookie !== undefined &&
      isTokenShaped(preCookie) &&
      typeof token === 'string' &&
      sameString(token, keyedHash(secret, 'pre-session-csrf', preCookie)),

    async issueLink(rawEmail) {
      const email = normalizeEmail(rawEmail);
      const at = now();
      const { account, created } = await store.ensureAccount(email, at);
      const token = randomToken();
      const expiresAt = new Date(at.getTime() + LINK_LIFETIME_MS);
      await store.issuePasswordToken(account.id, tokenHash(token), expiresAt);
      await audit('cli', created ? 'account-added' : 'account-link-issued', email);
      return { token, expiresAt, created };
    },

    linkState: (token) =>
      isTokenShaped(token)
        ? store.passwordTokenState(tokenHash(token), now())
        : Promise.resolve({ kind: 'unknown' as const }),

    async setPassword(token, password, address) {
      if (!isTokenShaped(token)) return { kind: 'unknown' };
      const hash = await hashPassword(password);
      const state = await store.usePasswordToken(tokenHash(token), hash, now());
      if (state.kind === 'valid') await audit(state.email, 'password-set', state.email, address);
      return state;
    },
  };
}
