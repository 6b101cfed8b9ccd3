import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStaffAuth, WAITING_TIMEOUT_MS, type StaffAuth } from '../../../src/server/staff/auth.ts';
import { openTotpSecret, qrSvg, sealTotpSecret, totpStep, totpUri } from '../../../src/server/staff/totp.ts';
import { openDatabase, type Database } from '../../../src/server/store/database.ts';
import { createTestDatabase } from '../../support/postgres.ts';
import { base32Bytes, hotp, totpCode } from '../../support/totp.ts';

const PASSWORD = 'river otter lantern';
/** A cheap scrypt: these tests check codes and stages, not the hash (tests/unit/staff/auth.test.ts does). */
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

const backends = [
  {
    name: 'SQLite',
    database: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-totp-'));
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

describe('TOTP codes', () => {
  it('match RFC 6238 (its SHA-1 test key at T = 59 s and 1111111109 s)', () => {
    const key = Buffer.from('12345678901234567890');
    expect(hotp(key, 1, 8)).toBe('94287082');
    expect(hotp(key, Math.floor(1111111109 / 30), 8)).toBe('07081804');
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(base32Bytes(secret).equals(key)).toBe(true);
    expect(totpStep(secret, '287082', new Date(59_000))).toBe(1);
    expect(totpStep(secret, '081804', new Date(1111111109_000))).toBe(Math.floor(1111111109 / 30));
  });

  it('are taken one step either side of now, and not further', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const at = new Date('2026-03-02T09:00:10Z');
    const step = Math.floor(at.getTime() / 30_000);
    expect(totpStep(secret, totpCode(secret, at, -1), at)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, at, 1), at)).toBe(step + 1);
    expect(totpStep(secret, totpCode(secret, at, 3), at)).toBeNull();
    expect(totpStep(secret, 'abcdef', at)).toBeNull();
  });

  it('are sealed for the database under the staff keys, and open only under them', () => {
    const sealed = sealTotpSecret('keys-one', 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openTotpSecret('keys-one', sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openTotpSecret('keys-two', sealed)).toThrow();
  });

  it('are offered as an otpauth address in a QR code drawn as SVG, with a text alternative', async () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'ada@example.com', 'example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=JBSWY3DPEHPK3PXP/);
    const svg = await qrSvg(uri, 'QR "code"');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR &#34;code&#34;"/);
    expect(svg).not.toMatch(/<script|style=|href=/);
  });
});

describe.each(backends)('two-factor sign-in on $name', ({ database }) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let store: Database;
  let t: number;
  const now = () => new Date(t);
  let auth: StaffAuth;
  let count = 0;
  // Each test signs in from its own address, so the per-client limits of one never touch another.
  let ADDRESS = '';

  beforeAll(async () => {
    db = await database();
    store = await openDatabase(db.url);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  beforeEach(() => {
    t = Date.parse('2026-03-02T09:00:00Z');
    auth = createStaffAuth({ store, secret: 'test-secret', now, passwordCost: TEST_COST });
  });

  async function account(): Promise<string> {
    count += 1;
    const email = `totp${count}@example.com`;
    ADDRESS = `10.0.0.${count}`;
    const { token } = await auth.issueLink(email);
    await auth.setPassword(token, PASSWORD, ADDRESS);
    return email;
  }

  /** Signs in with the password and turns TOTP on; resolves with the secret and recovery codes. */
  async function withTotp(email: string): Promise<{ secret: string; codes: string[] }> {
    const first = await auth.signIn(email, PASSWORD, ADDRESS);
    if (first.kind !== 'signed-in') throw new Error(first.kind);
    const session = await auth.session(first.sessionId);
    if (!session) throw new Error('no session');
    const setup = await auth.totpSetup(session, ADDRESS);
    if (setup.confirmed) throw new Error('already on');
    expect(await auth.totpSetup(session, ADDRESS)).toEqual(setup);
    expect((await auth.confirmTotp(session, '000000', ADDRESS)).kind).toBe('wrong');
    const confirmed = await auth.confirmTotp(session, totpCode(setup.secret, now()), ADDRESS);
    if (confirmed.kind !== 'confirmed') throw new Error(confirmed.kind);
    expect(confirmed.sessionId).toBeNull();
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    t += 30_000; // the set-up code's step is taken
    return { secret: setup.secret, codes: confirmed.recoveryCodes };
  }

  async function waiting(email: string): Promise<string> {
    const result = await auth.signIn(email, PASSWORD, ADDRESS);
    if (result.kind !== 'second-step' || result.stage !== 'totp') throw new Error(result.kind);
    expect(await auth.session(result.sessionId)).toBeNull();
    return result.sessionId;
  }

  it('keeps the secret sealed, the recovery codes hashed, and asks for a code after the password', async () => {
    const email = await account();
    const { secret, codes } = await withTotp(email);
    const found = await store.findCredentials(email);
    const record = await store.totpRecord(found?.id ?? '');
    expect(record.confirmed).toBe(true);
    expect(record.recoveryCodesLeft).toBe(10);
    expect(record.secret).not.toContain(secret);
    const log = JSON.stringify(await store.auditLog());
    for (const code of codes) expect(log).not.toContain(code);

    const pending = await waiting(email);
    const result = await auth.secondStep(pending, totpCode(secret, now()), ADDRESS);
    if (result.kind !== 'signed-in') throw new Error(result.kind);
    expect((await auth.session(result.sessionId))?.email).toBe(email);
    // The waiting session was replaced, not upgraded.
    expect(await auth.anySession(pending)).toBeNull();
    const actions = (await store.auditLog({ limit: 6 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'sign-in',
        'totp-code-asked',
        'totp-enabled',
        'totp-failed',
        'totp-setup-started',
      ]),
    );
  });

  it('takes each code once, also when the same code arrives twice at once', async () => {
    const email = await account();
    const { secret } = await withTotp(email);
    const code = totpCode(secret, now());
    const [a, b] = await Promise.all([waiting(email), waiting(email)]);
    const results = await Promise.all([auth.secondStep(a, code, ADDRESS), auth.secondStep(b, code, ADDRESS)]);
    expect(results.map((r) => r.kind).sort()).toEqual(['refused', 'signed-in']);
    // The next step's code works.
    t += 30_000;
    expect((await auth.secondStep(await waiting(email), totpCode(secret, now()), ADDRESS)).kind).toBe(
      'signed-in',
    );
  });

  it('counts wrong codes as failed sign-ins, and typing the password again does not clear them', async () => {
    const email = await account();
    const { secret } = await withTotp(email);
    for (let i = 0; i < 2; i += 1) {
      const result = await auth.secondStep(await waiting(email), '111111', ADDRESS);
      expect(result).toEqual({ kind: 'refused', retryAfter: null });
    }
    const third = await auth.secondStep(await waiting(email), '222222', ADDRESS);
    expect(third).toEqual({ kind: 'refused', retryAfter: 30 });
    // Locked: the right password is refused, and so is a right code on a session that still waits.
    expect((await auth.signIn(email, PASSWORD, ADDRESS)).kind).toBe('refused');
    t += 31_000;
    const pending = await waiting(email);
    // The lock the password's own reserved attempt earned stays until it ends: no code is checked before.
    t += 1_000;
    const locked = await auth.secondStep(pending, totpCode(secret, now()), ADDRESS);
    expect(locked.kind).toBe('refused');
    t += 60_000;
    expect((await auth.secondStep(pending, totpCode(secret, now()), ADDRESS)).kind).toBe('signed-in');
    const failed = (await store.auditLog()).filter((e) => e.action === 'totp-failed' && e.actor === email);
    // One from the set-up's wrong code, three here.
    expect(failed).toHaveLength(4);
  });

  it('takes a recovery code once (in any case, with or without dashes)', async () => {
    const email = await account();
    const { codes } = await withTotp(email);
    const code = codes[0] ?? '';
    const first = await auth.secondStep(await waiting(email), ` ${code.toUpperCase()} `, ADDRESS);
    expect(first.kind).toBe('signed-in');
    expect((await auth.secondStep(await waiting(email), code.replace(/-/g, ''), ADDRESS)).kind).toBe(
      'refused',
    );
    const found = await store.findCredentials(email);
    expect((await store.totpRecord(found?.id ?? '')).recoveryCodesLeft).toBe(9);
    expect((await store.auditLog({ limit: 5 })).map((e) => e.action)).toContain('recovery-code-used');
    const [x, y] = await Promise.all([
      store.useRecoveryCode(found?.id ?? '', 'no-such-hash'),
      store.useRecoveryCode(found?.id ?? '', 'no-such-hash'),
    ]);
    expect([x, y]).toEqual([false, false]);
  });

  it('lets a waiting session expire after 15 minutes', async () => {
    const email = await account();
    const { secret } = await withTotp(email);
    const pending = await waiting(email);
    t += WAITING_TIMEOUT_MS + 1;
    expect(await auth.secondStep(pending, totpCode(secret, now()), ADDRESS)).toEqual({ kind: 'gone' });
  });

  it('under STAFF_REQUIRE_TOTP sends an account without it to set-up, and signs it in once confirmed', async () => {
    const email = await account();
    const strict = createStaffAuth({
      store,
      secret: 'test-secret',
      requireTotp: true,
      now,
      passwordCost: TEST_COST,
    });
    const result = await strict.signIn(email, PASSWORD, ADDRESS);
    if (result.kind !== 'second-step') throw new Error(result.kind);
    expect(result.stage).toBe('setup');
    expect(await strict.session(result.sessionId)).toBeNull();
    const session = await strict.anySession(result.sessionId);
    if (!session) throw new Error('no waiting session');
    const setup = await strict.totpSetup(session, ADDRESS);
    if (setup.confirmed) throw new Error('already on');
    const confirmed = await strict.confirmTotp(session, totpCode(setup.secret, now()), ADDRESS);
    if (confirmed.kind !== 'confirmed' || !confirmed.sessionId) throw new Error('not promoted');
    expect((await strict.session(confirmed.sessionId))?.email).toBe(email);
    expect(await strict.anySession(result.sessionId)).toBeNull();
  });

  it('is turned off by clearing it (the admin tool), recovery codes and all', async () => {
    const email = await account();
    await withTotp(email);
    expect(await auth.clearTotp(email)).toBe(true);
    expect(await auth.clearTotp('nobody@example.com')).toBe(false);
    const found = await store.findCredentials(email);
    expect(found?.totpConfirmedAt).toBeNull();
    expect(await store.totpRecord(found?.id ?? '')).toEqual({
      secret: null,
      confirmed: false,
      lastStep: null,
      recoveryCodesLeft: 0,
    });
    expect((await auth.signIn(email, PASSWORD, ADDRESS)).kind).toBe('signed-in');
    expect((await store.auditLog({ limit: 3 })).map((e) => e.action)).toContain('totp-cleared');
  });

  it('makes new recovery codes on request, and the old ones stop working', async () => {
    const email = await account();
    const { secret, codes } = await withTotp(email);
    const signedIn = await auth.secondStep(await waiting(email), totpCode(secret, now()), ADDRESS);
    if (signedIn.kind !== 'signed-in') throw new Error(signedIn.kind);
    const session = await auth.session(signedIn.sessionId);
    if (!session) throw new Error('no session');
    const renewed = await auth.renewRecoveryCodes(session, ADDRESS);
    expect(renewed).toHaveLength(10);
    expect((await auth.secondStep(await waiting(email), codes[1] ?? '', ADDRESS)).kind).toBe('refused');
    expect((await auth.secondStep(await waiting(email), renewed?.[1] ?? '', ADDRESS)).kind).toBe('signed-in');
  });
});
