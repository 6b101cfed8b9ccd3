import type {
  AuditAction,
  SessionStage,
  StaffSession,
  StaffStore,
  ThrottleKey,
} from '../store/staff-store.ts';
import { dummyHash, hashPassword, SCRYPT_COST, verifyPassword, type ScryptCost } from './password-hash.ts';
import { MAX_PASSWORD_LENGTH } from './password-limits.ts';
import {
  ACCOUNT_FREE_FAILURES,
  ADDRESS_FREE_FAILURES,
  ANONYMOUS_POSTS,
  FAILURE_MEMORY_MS,
  lockSeconds,
} from './throttle.ts';
import { isTokenShaped, keyedHash, randomToken, sameString, tokenHash } from './tokens.ts';
import {
  isTotpShaped,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  openTotpSecret,
  sealTotpSecret,
  totpStep,
} from './totp.ts';

/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** ...and this long after sign-in, however busy. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often (a page view is not a database write each time). */
export const TOUCH_EVERY_MS = 60 * 1000;
/** A session waiting for its second step (a code, or TOTP set-up) ends this long after the password. */
export const WAITING_TIMEOUT_MS = 15 * 60 * 1000;
/** A set-password link works this long. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * How a sign-in ended. Unknown account and wrong password give the same `refused`; a right password of an account
 * with TOTP (or, under STAFF_REQUIRE_TOTP=1, without it) gives a session that waits for its `second-step`.
 */
export type SignInResult =
  | { kind: 'signed-in'; sessionId: string; email: string }
  | { kind: 'second-step'; sessionId: string; email: string; stage: Exclude<SessionStage, 'full'> }
  | { kind: 'refused'; retryAfter: number | null };

/** How a second step (a TOTP or recovery code) ended; `gone` when the waiting session has ended. */
export type SecondStepResult =
  | { kind: 'signed-in'; sessionId: string; email: string }
  | { kind: 'refused'; retryAfter: number | null }
  | { kind: 'gone' };

/** What the set-up page shows: the secret to scan while TOTP waits for its first code, or that it is on. */
export type TotpSetup = { confirmed: false; secret: string } | { confirmed: true; recoveryCodesLeft: number };

/** How confirming TOTP with its first code ended (a `setup` session is replaced by a full one: `sessionId`). */
export type TotpConfirmation =
  | { kind: 'confirmed'; recoveryCodes: string[]; sessionId: string | null }
  | { kind: 'wrong' }
  | { kind: 'already' };

/** What staff pages and the admin tool do with accounts, sessions and the audit log. */
export interface StaffAuth {
  store: StaffStore;
  /** True when every account must use TOTP (STAFF_REQUIRE_TOTP=1). */
  requireTotp: boolean;
  signIn(email: string, password: string, address: string): Promise<SignInResult>;
  /** The live signed-in (`full`) session for a cookie value (sliding its idle time), or null. */
  session(sessionId: string | undefined): Promise<StaffSession | null>;
  /** The live session for a cookie value whatever its stage (one waiting for a second step too), or null. */
  anySession(sessionId: string | undefined): Promise<StaffSession | null>;
  /**
   * The second step of a sign-in: a TOTP code (each time step once) or a recovery code (each once), counted
   * against the same throttles as passwords; right, the waiting session is replaced by a signed-in one.
   */
  secondStep(sessionId: string, code: string, address: string): Promise<SecondStepResult>;
  /** The set-up page's state, keeping a new secret for the account when it has none. */
  totpSetup(session: StaffSession, address: string): Promise<TotpSetup>;
  /** Confirms TOTP with its first code and issues the recovery codes (shown once). */
  confirmTotp(session: StaffSession, code: string, address: string): Promise<TotpConfirmation>;
  /** New recovery codes for an account with TOTP on (the old ones stop working); null when it is off. */
  renewRecoveryCodes(session: StaffSession, address: string): Promise<string[] | null>;
  /** Turns an account's TOTP off (the admin tool's reset; audited when it was on); false for no such account. */
  clearTotp(email: string): Promise<boolean>;
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
  requireTotp = false,
  now = () => new Date(),
  passwordCost = SCRYPT_COST,
}: {
  store: StaffStore;
  secret: string;
  /** STAFF_REQUIRE_TOTP=1: an account without TOTP must set it up right after its password. */
  requireTotp?: boolean;
  now?: () => Date;
  /**
   * The scrypt cost of passwords set from now on (SCRYPT_COST, which the server always uses). Only unit tests
   * that check the accounts' rules rather than the hash pass a lower one, to spend less CPU time per password;
   * tests/unit/staff/password.test.ts checks the production parameters.
   */
  passwordCost?: ScryptCost;
}): StaffAuth {
  const throttleKeys = (email: string, address: string) => ({
    account: `account:${keyedHash(secret, 'throttle-account', email)}`,
    address: `address:${keyedHash(secret, 'throttle-address', address)}`,
  });
  const audit = (actor: string, action: AuditAction, target: string | null, ip: string | null = null) =>
    store.audit({ at: now(), actor: actor.slice(0, 254), action, target, ip });
  const recoveryHash = (code: string) => keyedHash(secret, 'recovery-code', normalizeRecoveryCode(code));
  const throttleFor = (email: string, address: string): { account: ThrottleKey; byAddress: ThrottleKey } => {
    const keys = throttleKeys(email, address);
    return {
      account: { key: keys.account, lockFor: (n) => lockSeconds(n, ACCOUNT_FREE_FAILURES) },
      byAddress: { key: keys.address, lockFor: (n) => lockSeconds(n, ADDRESS_FREE_FAILURES) },
    };
  };
  // A flood from one client is refused before it costs a check or an audit row.
  const gate = (address: string, at: Date) =>
    store.takeRate({ key: `staff-post:${keyedHash(secret, 'staff-post', address)}`, ...ANONYMOUS_POSTS }, at);
  const anySession = async (sessionId: string | undefined): Promise<StaffSession | null> => {
    if (!sessionId || !isTokenShaped(sessionId)) return null;
    const found = await store.findSession(tokenHash(sessionId));
    if (!found) return null;
    const at = now().getTime();
    if (
      at - found.lastSeenAt.getTime() > IDLE_TIMEOUT_MS ||
      at - found.createdAt.getTime() > (found.stage === 'full' ? ABSOLUTE_TIMEOUT_MS : WAITING_TIMEOUT_MS)
    ) {
      await store.deleteSession(found.idHash);
      return null;
    }
    if (at - found.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await store.touchSession(found.idHash, new Date(at));
      return { ...found, lastSeenAt: new Date(at) };
    }
    return found;
  };

  return {
    store,
    requireTotp,
    audit,
    anySession,

    async signIn(rawEmail, password, address) {
      const email = normalizeEmail(rawEmail).slice(0, 254);
      const at = now();
      const allowed = await gate(address, at);
      if (!allowed.allowed) return { kind: 'refused', retryAfter: allowed.retryAfter };
      const { account, byAddress } = throttleFor(email, address);
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
      const hash = found?.passwordHash ?? (await dummyHash(passwordCost));
      const matches = password.length <= MAX_PASSWORD_LENGTH * 4 && (await verifyPassword(password, hash));
      if (found?.passwordHash && matches) {
        const stage: SessionStage = found.totpConfirmedAt ? 'totp' : requireTotp ? 'setup' : 'full';
        // With TOTP on, the password alone clears nothing: wrong codes stay counted, however often the
        // password is typed again.
        if (stage === 'totp') await store.releaseAttempt(account);
        else await store.clearThrottle(account.key);
        await store.releaseAttempt(byAddress);
        const sessionId = randomToken();
        await store.createSession(tokenHash(sessionId), found.id, at, stage);
        await store.deleteExpired(
          new Date(at.getTime() - IDLE_TIMEOUT_MS),
          new Date(at.getTime() - ABSOLUTE_TIMEOUT_MS),
          at,
          new Date(at.getTime() - FAILURE_MEMORY_MS),
        );
        if (stage === 'full') {
          await audit(found.email, 'sign-in', null, address);
          return { kind: 'signed-in', sessionId, email: found.email };
        }
        await audit(found.email, stage === 'totp' ? 'totp-code-asked' : 'totp-setup-required', null, address);
        return { kind: 'second-step', sessionId, email: found.email, stage };
      }

      await audit(email || '(empty)', 'sign-in-failed', null, address);
      const until = reservation.lockedUntil?.getTime() ?? 0;
      return {
        kind: 'refused',
        retryAfter: until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : null,
      };
    },

    async session(sessionId) {
      const found = await anySession(sessionId);
      return found?.stage === 'full' ? found : null;
    },

    async secondStep(sessionId, rawCode, address) {
      const waiting = await anySession(sessionId);
      if (waiting?.stage !== 'totp') return { kind: 'gone' };
      const at = now();
      const allowed = await gate(address, at);
      if (!allowed.allowed) return { kind: 'refused', retryAfter: allowed.retryAfter };
      const { account, byAddress } = throttleFor(waiting.email, address);
      // Counted before the code is checked, like a password, so codes cannot be tried faster than passwords.
      const reservation = await store.reserveAttempt(
        [account, byAddress],
        at,
        new Date(at.getTime() - FAILURE_MEMORY_MS),
      );
      if (!reservation.reserved) {
        await store.auditRepeated(
          { at, actor: waiting.email, action: 'sign-in-locked', target: null, ip: address },
          reservation.lockedSince,
        );
        return {
          kind: 'refused',
          retryAfter: Math.ceil((reservation.lockedUntil.getTime() - at.getTime()) / 1000),
        };
      }
      const record = await store.totpRecord(waiting.accountId);
      const code = rawCode.trim().slice(0, 64);
      let accepted: 'totp' | 'recovery' | null = null;
      if (record.confirmed && record.secret) {
        if (isTotpShaped(code)) {
          const step = totpStep(openTotpSecret(secret, record.secret), code, at);
          if (step !== null && (await store.useTotpStep(waiting.accountId, step))) accepted = 'totp';
        } else if (normalizeRecoveryCode(code).length === 12) {
          if (await store.useRecoveryCode(waiting.accountId, recoveryHash(code))) accepted = 'recovery';
        }
      }
      if (accepted) {
        const fresh = randomToken();
        if (!(await store.promoteSession(waiting.idHash, tokenHash(fresh), at))) return { kind: 'gone' };
        await store.clearThrottle(account.key);
        await store.releaseAttempt(byAddress);
        if (accepted === 'recovery') {
          await audit(waiting.email, 'recovery-code-used', waiting.email, address);
        }
        await audit(waiting.email, 'sign-in', null, address);
        return { kind: 'signed-in', sessionId: fresh, email: waiting.email };
      }
      await audit(waiting.email, 'totp-failed', null, address);
      const until = reservation.lockedUntil?.getTime() ?? 0;
      return {
        kind: 'refused',
        retryAfter: until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : null,
      };
    },

    async totpSetup(session, address) {
      const record = await store.totpRecord(session.accountId);
      if (record.confirmed) return { confirmed: true, recoveryCodesLeft: record.recoveryCodesLeft };
      const sealed = record.secret ?? sealTotpSecret(secret, newTotpSecret());
      const kept = await store.beginTotp(session.accountId, sealed);
      if (record.secret === null && kept === sealed) {
        await audit(session.email, 'totp-setup-started', session.email, address);
      }
      return { confirmed: false, secret: openTotpSecret(secret, kept) };
    },

    async confirmTotp(session, code, address) {
      const record = await store.totpRecord(session.accountId);
      if (record.confirmed || !record.secret) return { kind: 'already' };
      const at = now();
      const step = totpStep(openTotpSecret(secret, record.secret), code, at);
      if (step === null) {
        await audit(session.email, 'totp-failed', session.email, address);
        return { kind: 'wrong' };
      }
      const recoveryCodes = newRecoveryCodes();
      if (!(await store.confirmTotp(session.accountId, step, recoveryCodes.map(recoveryHash), at))) {
        return { kind: 'already' };
      }
      await audit(session.email, 'totp-enabled', session.email, address);
      if (session.stage !== 'setup') return { kind: 'confirmed', recoveryCodes, sessionId: null };
      const fresh = randomToken();
      await store.promoteSession(session.idHash, tokenHash(fresh), at);
      await audit(session.email, 'sign-in', null, address);
      return { kind: 'confirmed', recoveryCodes, sessionId: fresh };
    },

    async renewRecoveryCodes(session, address) {
      if (!(await store.totpRecord(session.accountId)).confirmed) return null;
      const codes = newRecoveryCodes();
      await store.replaceRecoveryCodes(session.accountId, codes.map(recoveryHash));
      await audit(session.email, 'recovery-codes-renewed', session.email, address);
      return codes;
    },

    async clearTotp(rawEmail) {
      const email = normalizeEmail(rawEmail);
      const found = await store.findCredentials(email);
      if (!found) return false;
      if ((await store.totpRecord(found.id)).secret === null) return true;
      await store.clearTotp(found.id);
      await audit('cli', 'totp-cleared', email);
      return true;
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
      const hash = await hashPassword(password, passwordCost);
      const state = await store.usePasswordToken(tokenHash(token), hash, now());
      if (state.kind === 'valid') await audit(state.email, 'password-set', state.email, address);
      return state;
    },
  };
}
