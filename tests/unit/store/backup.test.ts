import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRequest } from '../../../src/lib/contact/schema.ts';
import { dbCli } from '../../../src/server/cli/db.ts';
import { existingTables } from '../../../src/server/store/backup/inspect.ts';
import { BACKUP_TABLES } from '../../../src/server/store/backup/tables.ts';
import { openConnection, openDatabase } from '../../../src/server/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/postgres.ts';
import { MIGRATIONS } from '../../../src/server/store/migrations/migrations.ts';

/** The newest schema version: what a backup of a migrated database names. */
const LATEST = Math.max(...MIGRATIONS.map((migration) => migration.version));

const person: ContactRequest = {
  name: 'Ada Example',
  email: 'ada@example.com',
  preferredContact: 'email',
  okToLeaveMessage: true,
  consent: true,
};

interface Target {
  url: string;
  cleanup: () => Promise<void>;
}

let scratch: string;
const cleanups: (() => Promise<void>)[] = [];

function sqliteTarget(name: string): Target {
  return {
    url: `file:${path.join(scratch, name, 'requests.db')}`,
    cleanup: () => Promise.resolve(),
  };
}

async function postgresTarget(): Promise<Target> {
  const database: TestDatabase = await createTestDatabase();
  cleanups.push(() => database.cleanup());
  return database;
}

/** Runs the tool as `npm run -s db -- …` would, capturing what it prints. */
async function db(url: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await dbCli(args, {
    env: { DATABASE_URL: url },
    io: { out: (text) => (out += text), err: (text) => (err += text) },
    cwd: scratch,
  });
  return { code, out, err };
}

/** The rows of a backup file (header and end line left out), in file order. */
function rowsOf(file: string): unknown[] {
  return gunzipSync(fs.readFileSync(file))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1, -1)
    .map((line) => JSON.parse(line) as unknown);
}

/** Fills a database with one of everything: requests and their outbox, rate events, staff, sessions, audit. */
async function fill(url: string): Promise<{ contactSecret: string; staffSecret: string }> {
  const database = await openDatabase(url);
  try {
    const first = await database.insertRequest(
      { ...person, message: 'Line 1\nLine 2 é 😀', counselor: 'sam' },
      {
        spam: false,
        outbox: true,
        rate: { key: 'client-a', limit: 5, windowSeconds: 600 },
        formToken: { id: 'token-1', expiresAt: new Date('2030-01-01T00:00:00.000Z') },
        now: new Date('2026-01-02T03:04:05.678Z'),
      },
    );
    await database.insertRequest({ ...person, name: 'Bea' }, { spam: true, outbox: false, language: 'es' });
    if (!first.stored) throw new Error('not stored');
    const [item] = await database.claimOutbox({ limit: 1, leaseSeconds: 60 });
    if (item) await database.completeOutbox(item);
    await database.insertRequest({ ...person, name: 'Cy' }, { spam: false, outbox: true });
    const { account } = await database.ensureAccount('staff@example.com', new Date());
    await database.issuePasswordToken(account.id, 'token-hash', new Date('2030-01-01T00:00:00.000Z'));
    await database.createSession('session-hash', account.id, new Date());
    await database.recordFailure('throttle-key', new Date(), new Date(0), () => 60);
    await database.audit({ at: new Date(), actor: 'cli', action: 'list', target: 'inbox (2)', ip: null });
    return {
      contactSecret: await database.secret('contact-token'),
      staffSecret: await database.secret('staff-keys'),
    };
  } finally {
    await database.close();
  }
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-backup-'));
});

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the backup format', () => {
  it.each(['SQLite', 'PostgreSQL'])(
    'describes every table and column of a migrated %s database',
    async (kind) => {
      const target = kind === 'SQLite' ? sqliteTarget('schema') : await postgresTarget();
      await (await openDatabase(target.url)).close();
      const { sql } = await openConnection(target.url);
      try {
        const tables = [...(await existingTables(sql))].filter(
          (name) => !['schema_migrations', 'sqlite_sequence', 'site_builds'].includes(name),
        );
        expect(tables.sort()).toEqual(BACKUP_TABLES.map((t) => t.name).sort());
        for (const table of BACKUP_TABLES) {
          const columns =
            sql.kind === 'sqlite'
              ? await sql.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table.name}')`)
              : await sql.all<{ name: string }>(
                  'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?',
                  [table.name],
                );
          expect(columns.map((c) => c.name).sort(), table.name).toEqual(Object.keys(table.columns).sort());
        }
      } finally {
        await sql.close();
      }
    },
  );
});

describe('backup and restore', () => {
  it('moves everything from SQLite to PostgreSQL and back, secrets included, row for row', async () => {
    const source = sqliteTarget('source');
    const secrets = await fill(source.url);
    const file = path.join(scratch, 'sqlite.ndjson.gz');
    const backup = await db(source.url, 'backup', file);
    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(backup.out).toContain('requests 3, outbox 2');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const [header] = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({
      format: 'alliance-backup',
      schemaVersion: LATEST,
      database: 'sqlite',
    });

    const postgres = await postgresTarget();
    expect(await db(postgres.url, 'restore', file)).toMatchObject({ code: 0, err: '' });
    const again = path.join(scratch, 'postgres.ndjson.gz');
    expect((await db(postgres.url, 'backup', again)).code).toBe(0);
    expect(rowsOf(again)).toEqual(rowsOf(file));

    const restored = await openDatabase(postgres.url);
    try {
      expect(await restored.secret('contact-token')).toBe(secrets.contactSecret);
      expect(await restored.secret('staff-keys')).toBe(secrets.staffSecret);
      const requests = await restored.listRequests({ includeSpam: true });
      expect(requests.map((r) => r.name).sort()).toEqual(['Ada Example', 'Bea', 'Cy']);
      expect(requests.find((r) => r.name === 'Ada Example')).toMatchObject({
        createdAt: '2026-01-02T03:04:05.678Z',
        message: 'Line 1\nLine 2 é 😀',
        okToLeaveMessage: true,
        language: 'en',
      });
      expect(requests.find((r) => r.name === 'Bea')?.language).toBe('es');
      expect(await restored.outboxStatus()).toMatchObject({ pending: 1, sent: 1 });
      expect(await restored.findCredentials('staff@example.com')).not.toBeNull();
      // The numbering continues after the restored rows instead of colliding with them.
      await restored.audit({
        at: new Date(),
        actor: 'cli',
        action: 'list',
        target: 'after restore',
        ip: null,
      });
      await restored.insertRequest({ ...person, name: 'Dee' }, { spam: false, outbox: true });
      expect(await restored.outboxStatus()).toMatchObject({ pending: 2 });
      const repeated = await restored.insertRequest(person, {
        spam: false,
        outbox: true,
        formToken: { id: 'token-1', expiresAt: new Date('2030-01-01T00:00:00.000Z') },
      });
      expect(repeated).toMatchObject({ stored: true, repeated: true });
    } finally {
      await restored.close();
    }

    const back = sqliteTarget('back');
    expect(await db(back.url, 'restore', again)).toMatchObject({ code: 0 });
    const dir = path.dirname(back.url.slice('file:'.length));
    expect(fs.readFileSync(path.join(dir, 'contact-token.secret'), 'utf8')).toBe(secrets.contactSecret);
    expect(fs.statSync(path.join(dir, 'staff-keys.secret')).mode & 0o777).toBe(0o600);
    const third = path.join(scratch, 'back.ndjson.gz');
    expect((await db(back.url, 'backup', third)).code).toBe(0);
    expect(rowsOf(third)).toEqual(rowsOf(file));
  });

  it.each(['SQLite', 'PostgreSQL'])(
    'refuses a non-empty %s database unless told --yes, then replaces it',
    async (kind) => {
      const source = sqliteTarget(`refuse-source-${kind}`);
      await fill(source.url);
      const file = path.join(scratch, `refuse-${kind}.ndjson.gz`);
      expect((await db(source.url, 'backup', file)).code).toBe(0);

      const target = kind === 'SQLite' ? sqliteTarget(`refuse-${kind}`) : await postgresTarget();
      const other = await openDatabase(target.url);
      await other.insertRequest({ ...person, name: 'Already here' }, { spam: false, outbox: false });
      await other.close();

      const refused = await db(target.url, 'restore', file);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('the database is not empty (1 rows');
      expect((await db(target.url, 'status')).out).toMatch(/requests +1\n/);

      expect((await db(target.url, 'restore', file, '--yes')).code).toBe(0);
      const status = await db(target.url, 'status');
      expect(status.out).toContain(
        `database: ${kind === 'SQLite' ? 'sqlite' : 'postgres'}\nschema version: ${LATEST}\n`,
      );
      expect(status.out).toMatch(/requests +3\n/);
      expect(status.out).toMatch(/notification outbox: 1 unsent, 1 sent; oldest unsent: \d{4}-\d\d-\d\dT/);
      expect(status.out).not.toContain('Ada');
    },
  );

  it('never overwrites a backup without --force, and refuses a cut-off or foreign file without changing anything', async () => {
    const source = sqliteTarget('guard');
    await fill(source.url);
    const file = path.join(scratch, 'guard.ndjson.gz');
    fs.writeFileSync(file, 'keep me');
    const refused = await db(source.url, 'backup', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('exists; pass --force');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
    expect((await db(source.url, 'backup', file, '--force')).code).toBe(0);
    expect(fs.readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const whole = gunzipSync(fs.readFileSync(file)).toString('utf8');
    const cut = path.join(scratch, 'cut.ndjson.gz');
    fs.writeFileSync(cut, gzipSync(whole.split('\n').slice(0, 4).join('\n')));
    const foreign = path.join(scratch, 'foreign.ndjson.gz');
    fs.writeFileSync(foreign, gzipSync('{"hello":"world"}\n'));
    const truncated = path.join(scratch, 'truncated.ndjson.gz');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 20));

    const target = sqliteTarget('guard-target');
    expect((await db(target.url, 'restore', cut)).err).toContain('is cut off: it has no end line');
    expect((await db(target.url, 'restore', foreign)).err).toContain('is not an Alliance backup');
    expect((await db(target.url, 'restore', truncated)).err).toMatch(/damaged or cut off|no end line/);
    expect((await db(target.url, 'status')).out).toMatch(/requests +\(no table\)\n/);
    expect(fs.readdirSync(path.join(scratch, 'guard-target')).filter((f) => f.endsWith('.secret'))).toEqual(
      [],
    );
  });
});
