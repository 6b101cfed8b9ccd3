import type { RateLimit, RateStatus } from './store.ts';

/** A staff account (never its password hash outside the store and the sign-in check). */
export interface StaffAccount {
  id: string;
  /** Lower-case, as typed at `staff add`. */
  email: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** When the password was last set; null while the account waits for its first one. */
  passwordSetAt: string | null;
  /** When two-factor sign-in (TOTP) was confirmed; null while it is off. */
  totpConfirmedAt: string | null;
}

/** An account with its scrypt hash, for the sign-in check only. */
export interface StaffCredentials extends StaffAccount {
  passwordHash: string | null;
}

/**
 * Where a session stands: `full` is signed in; `totp` has passed the password and waits for a code; `setup` has
 * passed the password of an account without TOTP while STAFF_REQUIRE_TOTP=1, and may only set it up.
 */
export type SessionStage = 'full' | 'totp' | 'setup';

/** A session, found by the SHA-256 hash of its cookie value. */
export interface StaffSession {
  idHash: string;
  accountId: string;
  email: string;
  stage: SessionStage;
  createdAt: Date;
  lastSeenAt: Date;
}

/** An account's second factor as stored (the secret as the caller sealed it; see src/server/staff/totp.ts). */
export interface TotpRecord {
  /** The sealed TOTP secret, confirmed or waiting for its first code; null when none. */
  secret: string | null;
  confirmed: boolean;
  /** The last time step a code was accepted for (a code is never taken twice). */
  lastStep: number | null;
  /** Unused recovery codes. */
  recoveryCodesLeft: number;
}

/** What a set-password link's token is worth right now. */
export type PasswordTokenState =
  { kind: 'valid'; accountId: string; email: string } | { kind: 'expired' } | { kind: 'unknown' };

/** Failed sign-ins counted under one key (an account or an address, both keyed hashes). */
export interface Throttle {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

/** A throttle key and the lock schedule its failures follow (seconds locked after the n-th failure; 0: none). */
export interface ThrottleKey {
  key: string;
  lockFor: (failures: number) => number;
}

/**
 * A sign-in attempt reserved before its password is checked (`lockedUntil`: the lock this attempt earns if it
 * fails, or null), or refused unchecked because a key is locked until `lockedUntil`.
 */
export type AttemptReservation =
  | { reserved: true; lockedUntil: Date | null }
  | {
      reserved: false;
      lockedUntil: Date;
      /** When the lock began (its last counted failure). */ lockedSince: Date;
    };

/** One audit entry: who did what to which record, and when. Never a request's content. */
export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  /** The staff member's email (or what was typed at a failed sign-in; `cli` for the admin tool). */
  actor: string;
  action: AuditAction;
  /** A request id, an account email, or an export's tab. */
  target: string | null;
  /** The client's address for sign-ins. */
  ip: string | null;
  /** How many times it happened (repeated events, such as refusals while locked, share one row). */
  count: number;
  /** When it last happened, for a row that counts more than one (ISO 8601, UTC); else null. */
  lastAt: string | null;
}

/** What is written to the audit log. */
export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'count' | 'lastAt'> & { at: Date };

/** What the audit log records. */
export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-in-locked'
  | 'sign-out'
  | 'password-set'
  | 'view'
  | 'list'
  | 'export'
  | 'delete'
  | 'purge'
  | 'refused-cross-site'
  | 'refused-csrf'
  | 'mark-handled'
  | 'mark-not-handled'
  | 'account-added'
  | 'account-link-issued'
  | 'account-removed'
  | 'totp-code-asked'
  | 'totp-setup-required'
  | 'totp-setup-started'
  | 'totp-enabled'
  | 'totp-failed'
  | 'recovery-code-used'
  | 'recovery-codes-renewed'
  | 'totp-cleared';

/**
 * Staff accounts, sessions, set-password tokens, sign-in throttles and the audit log, kept in the same database
 * as the contact requests and opened with them (`openDatabase` in src/server/store/database.ts).
 */
export interface StaffStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Closes its connections. */
  close(): Promise<void>;
  /** Applied migration versions of the database, oldest first. */
  migrations(): Promise<number[]>;

  /** Creates the account, or returns the existing one with that email (`created` says which). */
  ensureAccount(email: string, now: Date): Promise<{ account: StaffAccount; created: boolean }>;
  /** The account with this email, with its hash, or null. */
  findCredentials(email: string): Promise<StaffCredentials | null>;
  /** Accounts by email. */
  listAccounts(): Promise<StaffAccount[]>;
  /** Deletes the account with its sessions and links; false when there was none. */
  removeAccount(email: string): Promise<boolean>;

  /** Stores a set-password token (its hash), replacing any earlier one for the account. */
  issuePasswordToken(accountId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  /** Looks a token up without using it. */
  passwordTokenState(tokenHash: string, now: Date): Promise<PasswordTokenState>;
  /**
   * Uses a token once: sets the password, deletes the token and signs the account out everywhere, in one
   * transaction. Resolves with the token's state before use (only `valid` changed anything).
   */
  usePasswordToken(tokenHash: string, passwordHash: string, now: Date): Promise<PasswordTokenState>;

  /** Starts a session (`full` unless it waits for a second step). */
  createSession(idHash: string, accountId: string, now: Date, stage?: SessionStage): Promise<void>;
  /**
   * Replaces a waiting session by a full one in one transaction; false when the old one was already gone (so
   * two submissions of one second step cannot both sign in).
   */
  promoteSession(oldIdHash: string, newIdHash: string, now: Date): Promise<boolean>;
  /** The session with this hash (and its account's email), or null. */
  findSession(idHash: string): Promise<StaffSession | null>;
  touchSession(idHash: string, now: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /**
   * Deletes sessions idle since `idleBefore` or created before `createdBefore`, expired tokens, and throttles
   * whose last failure was before `failuresBefore` and whose lock has ended.
   */
  deleteExpired(idleBefore: Date, createdBefore: Date, now: Date, failuresBefore: Date): Promise<void>;

  /** The throttles under these keys (missing keys have none). */
  throttles(keys: readonly string[]): Promise<Map<string, Throttle>>;
  /**
   * Counts one failure under `key` in a transaction: the count starts again when the last failure is older than
   * `resetBefore`; `lockFor(failures)` says how many seconds it then stays locked (0: not locked).
   */
  recordFailure(
    key: string,
    now: Date,
    resetBefore: Date,
    lockFor: (failures: number) => number,
  ): Promise<Throttle>;
  /**
   * Counts one attempt under `rate.key` if it is below its limit, atomically (the same rate events as the
   * contact form's): how unauthenticated staff posts are limited per client.
   */
  takeRate(rate: RateLimit, now: Date): Promise<RateStatus>;
  /** Forgets the failures under `key` (a successful sign-in). */
  clearThrottle(key: string): Promise<void>;
  /**
   * Reserves one sign-in attempt under every key in ONE transaction, before its password is checked: refused
   * (nothing counted) while any key is locked; otherwise each key counts one more failure now (and the lock that
   * earns), so however many attempts arrive at once, no more are checked than the free failures allow. The count
   * starts again when the last failure is older than `resetBefore`.
   */
  reserveAttempt(keys: readonly ThrottleKey[], now: Date, resetBefore: Date): Promise<AttemptReservation>;
  /** Takes back one reserved failure under `key` (the attempt turned out right), with the lock it had earned. */
  releaseAttempt(key: ThrottleKey): Promise<void>;

  /** The account's second factor. */
  totpRecord(accountId: string): Promise<TotpRecord>;
  /**
   * Keeps `sealedSecret` as the account's TOTP secret waiting for its first code, unless one is already kept:
   * resolves with the secret now kept (confirmed or not), so a reload shows the same one.
   */
  beginTotp(accountId: string, sealedSecret: string): Promise<string>;
  /**
   * Confirms the waiting secret with the step of its first code and replaces the recovery codes (their hashes),
   * in one transaction; false when there was no waiting secret (or it was confirmed already).
   */
  confirmTotp(accountId: string, step: number, codeHashes: readonly string[], now: Date): Promise<boolean>;
  /** Replaces the account's recovery codes (their hashes). */
  replaceRecoveryCodes(accountId: string, codeHashes: readonly string[]): Promise<void>;
  /** Takes a TOTP time step for the account, atomically, if it is later than any taken; false for a replay. */
  useTotpStep(accountId: string, step: number): Promise<boolean>;
  /** Deletes one recovery code, atomically: true only for the one caller that deleted it. */
  useRecoveryCode(accountId: string, codeHash: string): Promise<boolean>;
  /** Turns TOTP off: forgets the secret, its confirmation, last step and recovery codes. */
  clearTotp(accountId: string): Promise<void>;

  /** Marks a contact request handled or not; false when there is no such request. */
  setHandled(requestId: string, handled: boolean): Promise<boolean>;

  /** Appends to the audit log. */
  audit(entry: AuditInput): Promise<void>;
  /**
   * Records an event that repeats (a sign-in refused while locked): counted on the row of the same action and
   * address written since `since` (the lock window's start), else a new row; so a flood adds one row per window.
   */
  auditRepeated(entry: AuditInput, since: Date): Promise<void>;
  /** Deletes audit rows older than `before` (the retention); resolves with how many. */
  pruneAudit(before: Date): Promise<number>;
  /** The audit log, newest first. */
  auditLog(options?: { limit?: number }): Promise<AuditEntry[]>;
}
