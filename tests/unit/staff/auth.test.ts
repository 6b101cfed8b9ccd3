import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createStaffAuth,
  IDLE_TIMEOUT_MS,
  LINK_LIFETIME_MS,
  type StaffAuth,
} from '../../../src/server/staff/auth.ts';
import { SCRYPT_COST } from '../../../src/server/staff/password-hash.ts';
import { lockSeconds, MAX_LOCK_SECONDS } from '../../../src/server/staff/throttle.ts';
import { auditRetentionDays, pruneStaff } from '../../../src/server/staff/service.ts';
import { keyedHash } from '../../../src/server/staff/tokens.ts';
import { MIGRATIONS } from '../../../src/server/store/migrations/migrations.ts';
import { openDatabase, type Database } from '../../../src/server/store/database.ts';
import { createTestDatabase } from '../../support/postgres.ts';

const PASSWORD = 'river otter lantern';
/**
 * A scrypt 32 times cheaper than the server's (SCRYPT_COST), for tests of the accounts' rules; the test "stores
 * passwords at the server's scrypt cost" below and tests/unit/staff/password.test.ts check the real one.
 */
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

interface Backend {
  name: string;
  database: () => Promise<{ url: string; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    database: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-staff-'));
      return Promise.resolve({
        url: `file:${path.join(dir, 'data', 'requests.db')}`,
        cleanup: () => {
          fs.rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        },
      });
    },
  },
  { name: 'PostgreSQL', database: createTestDatabase },
];

/** A clock the tests move by hand. */
function testClock(start = Date.parse('2026-03-02T09:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('the lockout schedule', () => {
  it('allows a few failures, then locks for a time that doubles up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => lockSeconds(n, 3))).toEqual([
      0, 0, 30, 60, 120, 240, 480, 900, 900, 900,
    ]);
    expect(lockSeconds(9, 10)).toBe(0);
    expect(lockSeconds(10, 10)).toBe(30);
    expect(lockSeconds(1000, 3)).toBe(MAX_LOCK_SECONDS);
  });
});

describe.each(backends)('staff accounts on $name', ({ database }) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let store: Database;
  let staff: Database;
  let clock: ReturnType<typeof testClock>;
  let auth: StaffAuth;
  let email: string;
  let accounts = 0;

  beforeAll(async () => {
    db = await database();
    store = await openDatabase(db.url);
    staff = store;
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  /** A fresh account with its password set (each test gets its own, so throttles never leak between tests). */
  async function account(): Promise<string> {
    accounts += 1;
    const address = `person${accounts}@example.com`;
    const { token } = await auth.issueLink(address);
    expect((await auth.setPassword(token, PASSWORD, '127.0.0.1')).kind).toBe('valid');
    return address;
  }

  beforeEach(async () => {
    clock = testClock();
    auth = createStaffAuth({ store: staff, secret: 'test-secret', now: clock.now, passwordCost: TEST_COST });
    email = await account();
  });

  describe('migrations', () => {
    it('apply once, in one history for the whole database, also when opened again', async () => {
      const versions = await staff.migrations();
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
      const again = await openDatabase(db.url);
      expect(await again.migrations()).toEqual(versions);
      await again.close();
    });
  });

  describe('signing in and out', () => {
    it('reserves at most the free failures when 30 attempts arrive at once, and takes back a right one', async () => {
      const key = { key: `race:${email}`, lockFor: (n: number) => lockSeconds(n, 3) };
      const at = clock.now();
      const resetBefore = new Date(at.getTime() - 86_400_000);
      const results = await Promise.all(
        Array.from({ length: 30 }, () => staff.reserveAttempt([key], at, resetBefore)),
      );
      expect(results.filter((r) => r.reserved)).toHaveLength(3);
      expect((await staff.throttles([key.key])).get(key.key)?.failures).toBe(3);
      await staff.releaseAttempt(key);
      expect((await staff.throttles([key.key])).get(key.key)).toMatchObject({
        failures: 2,
        lockedUntil: null,
      });
    });

    it('signs in with the right password, case-insensitively by email, and out again', async () => {
      const result = await auth.signIn(`  ${email.toUpperCase()} `, PASSWORD, '10.0.0.1');
      expect(result.kind).toBe('signed-in');
      if (result.kind !== 'signed-in') return;
      expect(result.sessionId).toMatch(/^[\w-]{43}$/);
      const session = await auth.session(result.sessionId);
      expect(session?.email).toBe(email);
      await auth.signOut(result.sessionId, email, '10.0.0.1');
      expect(await auth.session(result.sessionId)).toBeNull();
    });

    it("stores passwords at the server's scrypt cost unless told otherwise", async () => {
      const server = createStaffAuth({ store: staff, secret: 'test-secret', now: clock.now });
      const { token } = await server.issueLink('production-cost@example.com');
      expect((await server.setPassword(token, PASSWORD, '127.0.0.1')).kind).toBe('valid');
      const { N, r, p } = SCRYPT_COST;
      expect((await staff.findCredentials('production-cost@example.com'))?.passwordHash).toMatch(
        new RegExp(`^scrypt\\$${N}\\$${r}\\$${p}\\$`),
      );
      expect(N).toBe(2 ** 15);
      expect((await server.signIn('production-cost@example.com', PASSWORD, '10.0.0.9')).kind).toBe(
        'signed-in',
      );
      expect((await staff.findCredentials(email))?.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    });

    it('keeps only a hash of the session id', async () => {
      const result = await auth.signIn(email, PASSWORD, '10.0.0.1');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      const { tokenHash } = await import('../../../src/server/staff/tokens.ts');
      const found = await staff.findSession(tokenHash(result.sessionId));
      expect(found?.idHash).toBe(tokenHash(result.sessionId));
      expect(found?.idHash).not.toContain(result.sessionId);
    });

    it('answers a wrong password and an unknown account the same way', async () => {
      const wrong = await auth.signIn(email, 'not the password', '10.0.0.2');
      const unknown = await auth.signIn('nobody@example.com', PASSWORD, '10.0.0.3');
      expect(wrong).toEqual({ kind: 'refused', retryAfter: null });
      expect(unknown).toEqual(wrong);
    });

    it('refuses an account that has not set its password yet', async () => {
      await auth.issueLink('waiting@example.com');
      expect(await auth.signIn('waiting@example.com', '', '10.0.0.4')).toEqual({
        kind: 'refused',
        retryAfter: null,
      });
    });

    it('ignores a cookie that is not a session', async () => {
      expect(await auth.session(undefined)).toBeNull();
      expect(await auth.session('x'.repeat(43))).toBeNull();
      expect(await auth.session('not even shaped right')).toBeNull();
    });
  });

  describe('lockout', () => {
    it('locks an account after three failures, for longer after each, with the right password too', async () => {
      const address = (n: number) => `10.1.${accounts}.${n}`;
      const seen: (number | null)[] = [];
      for (let n = 1; n <= 5; n += 1) {
        const result = await auth.signIn(email, 'wrong password', address(n));
        seen.push(result.kind === 'refused' ? result.retryAfter : -1);
        // While locked even the right password is refused, without saying more.
        if (n >= 3) expect(await auth.signIn(email, PASSWORD, address(n))).toMatchObject({ kind: 'refused' });
        clock.advance((result.kind === 'refused' ? (result.retryAfter ?? 0) : 0) * 1000 + 1000);
      }
      expect(seen).toEqual([null, null, 30, 60, 120]);
      expect((await auth.signIn(email, PASSWORD, address(9))).kind).toBe('signed-in');
      // A success forgets the account's failures.
      expect(await auth.signIn(email, 'wrong password', address(9))).toEqual({
        kind: 'refused',
        retryAfter: null,
      });
    });

    it('locks unknown accounts the same way, so a lock tells nothing', async () => {
      const results = [];
      for (let n = 1; n <= 4; n += 1)
        results.push(await auth.signIn('ghost@example.com', 'guess', `10.2.0.${n}`));
      expect(results.map((r) => r.kind === 'refused' && r.retryAfter)).toEqual([null, null, 30, 30]);
    });

    it('locks an address that tries many accounts', async () => {
      const results = [];
      for (let n = 1; n <= 11; n += 1)
        results.push(await auth.signIn(`guess${n}@example.com`, 'guess', '10.3.0.1'));
      expect(results.map((r) => r.kind === 'refused' && r.retryAfter)).toEqual([
        ...Array<null>(9).fill(null),
        30,
        30,
      ]);
      expect(await auth.signIn(email, PASSWORD, '10.3.0.1')).toMatchObject({ kind: 'refused' });
      expect((await auth.signIn(email, PASSWORD, '10.3.0.2')).kind).toBe('signed-in');
    });

    it('forgets failures after a day, and clears out what it no longer needs', async () => {
      const ghost = `ghost${accounts}@example.com`;
      for (let n = 0; n < 3; n += 1) await auth.signIn(email, 'wrong', `10.4.${accounts}.1`);
      await auth.signIn(ghost, 'wrong', `10.4.${accounts}.3`);
      clock.advance(25 * 60 * 60 * 1000);
      expect(await auth.signIn(email, 'wrong', `10.4.${accounts}.2`)).toEqual({
        kind: 'refused',
        retryAfter: null,
      });
      const ghostKey = `account:${keyedHash('test-secret', 'throttle-account', ghost)}`;
      expect((await staff.throttles([ghostKey])).size).toBe(1);
      expect((await auth.signIn(email, PASSWORD, `10.4.${accounts}.2`)).kind).toBe('signed-in');
      expect((await staff.throttles([ghostKey])).size).toBe(0);
    });
  });

  describe('sessions', () => {
    it('end after 8 idle hours, and slide while in use', async () => {
      const result = await auth.signIn(email, PASSWORD, '10.5.0.1');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      clock.advance(IDLE_TIMEOUT_MS - 60_000);
      expect(await auth.session(result.sessionId)).not.toBeNull();
      clock.advance(IDLE_TIMEOUT_MS - 60_000);
      expect(await auth.session(result.sessionId)).not.toBeNull();
      clock.advance(IDLE_TIMEOUT_MS + 1000);
      expect(await auth.session(result.sessionId)).toBeNull();
      // ...and stay ended: the row is gone.
      clock.advance(-IDLE_TIMEOUT_MS);
      expect(await auth.session(result.sessionId)).toBeNull();
    });

    it('record last-seen at most once a minute', async () => {
      const result = await auth.signIn(email, PASSWORD, '10.5.0.2');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      const first = await auth.session(result.sessionId);
      clock.advance(30_000);
      expect((await auth.session(result.sessionId))?.lastSeenAt).toEqual(first?.lastSeenAt);
      clock.advance(31_000);
      expect((await auth.session(result.sessionId))?.lastSeenAt).toEqual(clock.now());
    });

    it('end after 7 days however busy', async () => {
      const result = await auth.signIn(email, PASSWORD, '10.5.0.3');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      // Used every 7 hours: never idle for 8, but 24 × 7 h is the 7 days a session may last.
      for (let step = 1; step <= 24; step += 1) {
        clock.advance(7 * 60 * 60 * 1000);
        expect(await auth.session(result.sessionId)).not.toBeNull();
      }
      clock.advance(60_000);
      expect(await auth.session(result.sessionId)).toBeNull();
    });
  });

  describe('set-password links', () => {
    it('work once', async () => {
      const { token } = await auth.issueLink(email);
      expect((await auth.linkState(token)).kind).toBe('valid');
      expect((await auth.setPassword(token, 'kettle paperclip moonrise', '10.6.0.1')).kind).toBe('valid');
      expect((await auth.linkState(token)).kind).toBe('unknown');
      expect((await auth.setPassword(token, 'another fine phrase', '10.6.0.1')).kind).toBe('unknown');
      expect((await auth.signIn(email, 'kettle paperclip moonrise', '10.6.0.1')).kind).toBe('signed-in');
    });

    it('expire after 24 hours', async () => {
      const { token, expiresAt } = await auth.issueLink(email);
      expect(expiresAt.getTime() - clock.now().getTime()).toBe(LINK_LIFETIME_MS);
      clock.advance(LINK_LIFETIME_MS - 1000);
      expect((await auth.linkState(token)).kind).toBe('valid');
      clock.advance(2000);
      expect((await auth.linkState(token)).kind).toBe('expired');
      expect((await auth.setPassword(token, 'kettle paperclip moonrise', '10.6.0.2')).kind).toBe('expired');
      expect((await auth.signIn(email, PASSWORD, '10.6.0.2')).kind).toBe('signed-in');
    });

    it('are replaced by a newer one, and a reset signs the account out everywhere', async () => {
      const signedIn = await auth.signIn(email, PASSWORD, '10.6.0.3');
      if (signedIn.kind !== 'signed-in') throw new Error('not signed in');
      const older = await auth.issueLink(email);
      const newer = await auth.issueLink(email);
      expect(newer.created).toBe(false);
      expect((await auth.linkState(older.token)).kind).toBe('unknown');
      expect((await auth.setPassword(newer.token, 'kettle paperclip moonrise', '10.6.0.3')).kind).toBe(
        'valid',
      );
      expect(await auth.session(signedIn.sessionId)).toBeNull();
      expect((await auth.signIn(email, PASSWORD, '10.6.0.3')).kind).toBe('refused');
    });

    it('cannot be used twice at once', async () => {
      const { token } = await auth.issueLink(email);
      const results = await Promise.all(
        ['first phrase of words', 'second phrase of words'].map((p) =>
          auth.setPassword(token, p, '10.6.0.4'),
        ),
      );
      expect(results.map((r) => r.kind).sort()).toEqual(['unknown', 'valid']);
    });
  });

  describe('CSRF tokens', () => {
    it('belong to one session', async () => {
      const a = await auth.signIn(email, PASSWORD, '10.7.0.1');
      const b = await auth.signIn(email, PASSWORD, '10.7.0.1');
      if (a.kind !== 'signed-in' || b.kind !== 'signed-in') throw new Error('not signed in');
      const token = auth.csrfToken(a.sessionId);
      expect(auth.checkCsrf(a.sessionId, token)).toBe(true);
      expect(auth.checkCsrf(b.sessionId, token)).toBe(false);
      expect(auth.checkCsrf(a.sessionId, '')).toBe(false);
      expect(auth.checkCsrf(a.sessionId, undefined)).toBe(false);
      expect(auth.checkCsrf(a.sessionId, token.slice(1))).toBe(false);
    });

    it('for the sign-in form belong to its cookie', () => {
      const cookie = 'c'.repeat(43);
      const token = auth.preSessionToken(cookie);
      expect(auth.checkPreSession(cookie, token)).toBe(true);
      expect(auth.checkPreSession('d'.repeat(43), token)).toBe(false);
      expect(auth.checkPreSession(undefined, token)).toBe(false);
      expect(auth.checkPreSession(cookie, undefined)).toBe(false);
    });
  });

  describe('accounts and requests', () => {
    it('removing an account ends its sessions', async () => {
      const result = await auth.signIn(email, PASSWORD, '10.8.0.1');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      expect(await staff.removeAccount(email)).toBe(true);
      expect(await auth.session(result.sessionId)).toBeNull();
      expect(await staff.removeAccount(email)).toBe(false);
    });

    it('marks requests handled and back', async () => {
      const stored = await store.insertRequest(
        { name: 'Ada Example', email: 'ada@example.com', okToLeaveMessage: false, consent: true },
        { spam: false, outbox: false },
      );
      if (!stored.stored) throw new Error('not stored');
      expect(await staff.setHandled(stored.id, true)).toBe(true);
      expect((await store.getRequest(stored.id))?.handled).toBe(true);
      expect(await staff.setHandled(stored.id, false)).toBe(true);
      expect((await store.getRequest(stored.id))?.handled).toBe(false);
      expect(await staff.setHandled('00000000-0000-4000-8000-000000000000', true)).toBe(false);
      expect(await staff.setHandled('not-an-id', true)).toBe(false);
    });
  });

  describe('the audit log', () => {
    it('counts refusals while locked on one row per lock window and address', async () => {
      const address = '10.9.9.9';
      for (let i = 0; i < 3; i += 1) await auth.signIn(email, 'wrong', address);
      for (let i = 0; i < 5; i += 1)
        expect((await auth.signIn(email, 'wrong', address)).kind).toBe('refused');
      clock.advance(31_000);
      await auth.signIn(email, 'wrong', address);
      for (let i = 0; i < 4; i += 1) await auth.signIn(email, 'wrong', address);
      const locked = (await staff.auditLog()).filter(
        (e) => e.action === 'sign-in-locked' && e.ip === address,
      );
      expect(locked.map((e) => e.count)).toEqual([4, 5]);
      expect(locked[0]?.lastAt).toBe(clock.now().toISOString());
    });

    it('refuses a client posting sign-ins faster than 20 a minute, before any password check', async () => {
      const address = '10.9.9.10';
      const before = (await staff.auditLog()).length;
      const results = [];
      for (let i = 0; i < 25; i += 1)
        results.push(await auth.signIn(`nobody${String(i)}@example.com`, 'x', address));
      expect(results.slice(20).every((r) => r.kind === 'refused' && r.retryAfter === 60)).toBe(true);
      // 10 failures lock the address; the next 10 share one sign-in-locked row; the last 5 write nothing.
      expect((await staff.auditLog()).length - before).toBe(11);
      clock.advance(61_000);
      expect((await auth.signIn(email, PASSWORD, address)).kind).toBe('signed-in');
    });

    it('prunes audit rows past STAFF_AUDIT_RETENTION_DAYS and throttles past their window', async () => {
      const at = clock.now();
      await staff.audit({
        at: new Date(at.getTime() - 731 * 86_400_000),
        actor: 'old',
        action: 'view',
        target: null,
        ip: null,
      });
      await staff.audit({
        at: new Date(at.getTime() - 729 * 86_400_000),
        actor: 'kept',
        action: 'view',
        target: null,
        ip: null,
      });
      await auth.signIn(email, 'wrong', '10.9.9.11');
      expect(await pruneStaff(staff, auditRetentionDays({}), at)).toBeGreaterThanOrEqual(1);
      const actors = (await staff.auditLog({ limit: 100_000 })).map((e) => e.actor);
      expect(actors).toContain('kept');
      expect(actors).not.toContain('old');
      const later = new Date(at.getTime() + 2 * 86_400_000);
      await pruneStaff(staff, 730, later);
      const all = await staff.throttles([`account:${keyedHash('test-secret', 'throttle-account', email)}`]);
      expect(all.size).toBe(0);
    });
  });

  describe('STAFF_AUDIT_RETENTION_DAYS', () => {
    it('defaults to 730 days and refuses what is not a whole number of days', () => {
      expect(auditRetentionDays({})).toBe(730);
      expect(auditRetentionDays({ STAFF_AUDIT_RETENTION_DAYS: '90' })).toBe(90);
      for (const bad of ['0', '-1', '1.5', 'forever']) {
        expect(() => auditRetentionDays({ STAFF_AUDIT_RETENTION_DAYS: bad })).toThrow(
          /STAFF_AUDIT_RETENTION_DAYS/,
        );
      }
    });
  });

  describe('the audit log, as before', () => {
    it('records sign-ins, failures, locks and sign-outs with who, when and from where', async () => {
      const before = (await staff.auditLog({ limit: 1 }))[0]?.id ?? 0;
      const result = await auth.signIn(email, PASSWORD, '10.9.0.1');
      if (result.kind !== 'signed-in') throw new Error('not signed in');
      await auth.signIn(email, 'wrong', '10.9.0.2');
      await auth.audit(email, 'view', 'some-request-id', '10.9.0.1');
      await auth.signOut(result.sessionId, email, '10.9.0.1');
      const entries = (await staff.auditLog()).filter((e) => e.id > before).reverse();
      expect(entries.map((e) => [e.actor, e.action, e.target, e.ip])).toEqual([
        [email, 'sign-in', null, '10.9.0.1'],
        [email, 'sign-in-failed', null, '10.9.0.2'],
        [email, 'view', 'some-request-id', '10.9.0.1'],
        [email, 'sign-out', null, '10.9.0.1'],
      ]);
      expect(entries.every((e) => e.at === clock.now().toISOString())).toBe(true);
    });
  });
});
