import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/server/staff/password-hash.ts';
import { openDatabase, type Database } from '../../../src/server/store/database.ts';
import { MIGRATIONS } from '../../../src/server/store/migrations/migrations.ts';
import { createTestDatabase } from '../../support/postgres.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/databases');

interface Backend {
  name: string;
  /** A database holding what release 0.1 wrote; `tables` lists its table names. */
  restore: () => Promise<{ url: string; tables: () => Promise<string[]>; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    restore: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-upgrade-'));
      const file = path.join(dir, 'data', 'requests.db');
      fs.mkdirSync(path.dirname(file), { mode: 0o700 });
      fs.copyFileSync(path.join(fixtures, 'release-0.1.sqlite'), file);
      const { DatabaseSync } = await import('node:sqlite');
      return {
        url: `file:${file}`,
        tables: () => {
          const db = new DatabaseSync(file, { readOnly: true });
          const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
          db.close();
          return Promise.resolve(rows.map((r) => String(r['name'])));
        },
        cleanup: () => {
          fs.rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    restore: async () => {
      const db = await createTestDatabase();
      const script = fs
        .readFileSync(path.join(fixtures, 'release-0.1.postgres.sql'), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('\\'))
        .join('\n');
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query(script);
      await client.end();
      return {
        url: db.url,
        tables: async () => {
          const reader = new pg.Client({ connectionString: db.url });
          await reader.connect();
          const { rows } = await reader.query<{ tablename: string }>(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
          );
          await reader.end();
          return rows.map((r) => r.tablename);
        },
        cleanup: () => db.cleanup(),
      };
    },
  },
];

describe.each(backends)('a $name database written by release 0.1', ({ restore }) => {
  let db: Awaited<ReturnType<Backend['restore']>>;
  let store: Database;

  beforeAll(async () => {
    db = await restore();
    expect(await db.tables()).toContain('staff_schema_migrations');
    store = await openDatabase(db.url);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  it('is migrated in place into the one history, once', async () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(await store.migrations()).toEqual(versions);
    expect(await db.tables()).not.toContain('staff_schema_migrations');
    const again = await openDatabase(db.url);
    expect(await again.migrations()).toEqual(versions);
    await again.close();
  });

  it('keeps every request, with its flags', async () => {
    const all = await store.listRequests({ includeSpam: true });
    expect(all.map((r) => [r.name, r.createdAt, r.spam, r.handled])).toEqual([
      ['Spam Fixture', '2026-11-30T12:00:00.000Z', true, false],
      ['Bea Fixture', '2026-11-30T11:00:00.000Z', false, false],
      ['Ada Fixture', '2026-11-30T10:00:00.000Z', false, false],
      ['Dee Fixture', '2026-11-29T09:00:00.000Z', false, true],
    ]);
    const bea = all.find((r) => r.name === 'Bea Fixture');
    expect(bea).toMatchObject({
      email: null,
      phone: '+1 555 0100',
      preferredContact: 'phone',
      counselor: 'maria-lopez',
      from: 'anxiety-basics',
      okToLeaveMessage: false,
    });
    expect(await store.getRequest(bea?.id ?? '')).toEqual(bea);
  });

  it('marks every request it kept as sent in English (they predate the Spanish form)', async () => {
    const all = await store.listRequests({ includeSpam: true });
    expect(all.map((r) => r.language)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('keeps the outbox: one sent, one pending since its request, claimable again', async () => {
    expect(await store.outboxStatus()).toEqual({
      pending: 1,
      sent: 1,
      oldestPendingAt: new Date('2026-11-30T11:00:00.000Z'),
    });
    const [item] = await store.claimOutbox({
      limit: 10,
      leaseSeconds: 30,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(item?.attempts).toBe(2);
    expect((await store.getRequest(item?.requestId ?? ''))?.name).toBe('Bea Fixture');
  });

  it('keeps the rate events, still counted in their window', async () => {
    const rate = { key: 'fixture-client', limit: 2, windowSeconds: 86_400 };
    expect(await store.rateStatus(rate, new Date('2026-11-30T12:00:00.000Z'))).toEqual({
      allowed: false,
      retryAfter: 22 * 3600,
      oldest: new Date('2026-11-30T10:00:00.000Z'),
      until: new Date('2026-12-01T10:00:00.000Z'),
    });
    expect(await store.rateStatus(rate, new Date('2026-12-01T10:30:00.000Z'))).toEqual({ allowed: true });
  });

  it('keeps every account, its password, its session and its set-password link', async () => {
    expect((await store.listAccounts()).map((a) => [a.email, a.createdAt, a.passwordSetAt])).toEqual([
      ['counselor@example.com', '2026-11-01T08:00:00.000Z', '2026-11-01T08:10:00.000Z'],
      ['new.staff@example.com', '2026-11-30T08:00:00.000Z', null],
    ]);
    const credentials = await store.findCredentials('counselor@example.com');
    expect(await verifyPassword('river otter lantern', credentials?.passwordHash ?? '')).toBe(true);
    expect(await store.findSession('c'.repeat(64))).toEqual({
      idHash: 'c'.repeat(64),
      accountId: credentials?.id,
      email: 'counselor@example.com',
      // A session from before two-factor sign-in existed is a full one.
      stage: 'full',
      createdAt: new Date('2026-12-01T09:00:00.000Z'),
      lastSeenAt: new Date('2026-12-01T09:30:00.000Z'),
    });
    expect(await store.passwordTokenState('b'.repeat(64), new Date('2026-12-01T00:00:00Z'))).toMatchObject({
      kind: 'valid',
      email: 'new.staff@example.com',
    });
  });

  it('keeps the sign-in throttles and every audit row', async () => {
    const throttles = await store.throttles(['account:fixture-account', 'address:fixture-address']);
    expect(throttles.get('account:fixture-account')).toEqual({
      failures: 1,
      lastFailureAt: new Date('2026-12-01T08:59:00.000Z'),
      lockedUntil: null,
    });
    expect(throttles.get('address:fixture-address')?.lockedUntil).toEqual(
      new Date('2026-12-01T09:00:00.000Z'),
    );
    const log = await store.auditLog();
    expect(log).toHaveLength(7);
    expect(log.map((e) => e.action).sort()).toEqual(
      [
        'account-added',
        'account-added',
        'mark-handled',
        'password-set',
        'sign-in',
        'sign-in-failed',
        'view',
      ].sort(),
    );
    expect(log.find((e) => e.action === 'sign-in')).toMatchObject({
      at: '2026-12-01T09:00:00.000Z',
      actor: 'counselor@example.com',
      ip: '127.0.0.1',
    });
  });

  it('goes on storing new requests beside the old ones', async () => {
    const stored = await store.insertRequest(
      { name: 'After Upgrade', email: 'after@example.com', okToLeaveMessage: false, consent: true },
      { spam: false, outbox: true, language: 'es' },
    );
    expect(stored.stored).toBe(true);
    expect(await store.listRequests({ includeSpam: true })).toHaveLength(5);
    if (stored.stored) expect((await store.getRequest(stored.id))?.language).toBe('es');
  });
});
