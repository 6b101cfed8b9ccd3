import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContactConfig } from '../../../src/server/contact/contact-config.ts';
import { createLogger } from '../../../src/server/log.ts';
import { startServices } from '../../../src/server/services.ts';
import { openDatabase } from '../../../src/server/store/database.ts';
import { createTestDatabase } from '../../support/postgres.ts';

const quiet = createLogger(() => undefined);

// Reported by a security review (docs/security.md): an empty contact-token.secret made tokens HMAC-keyed with an empty key.
describe('secrets kept beside a SQLite database', () => {
  let dir: string;
  let url: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-secrets-'));
    url = `file:${path.join(dir, 'requests.db')}`;
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['contact-token', 'staff-keys'])(
    'refuses to start with an empty %s.secret, naming the file',
    async (name) => {
      const file = path.join(dir, `${name}.secret`);
      fs.writeFileSync(file, '', { mode: 0o600 });
      await expect(startServices(url, quiet)).rejects.toThrow(
        `The secret file ${file} is empty: a secret needs at least 32 random bytes`,
      );
      expect(fs.readFileSync(file, 'utf8')).toBe('');
    },
  );

  it('refuses a secret file with fewer than 32 bytes once decoded (42 base64url characters)', async () => {
    const file = path.join(dir, 'contact-token.secret');
    fs.writeFileSync(file, 'Q'.repeat(42), { mode: 0o600 });
    await expect(startServices(url, quiet)).rejects.toThrow(/holds only 31 bytes of key material/);
    fs.writeFileSync(file, 'not a key, just words', { mode: 0o600 });
    await expect(startServices(url, quiet)).rejects.toThrow(/is not hex, base64 or base64url/);
  });

  it('writes a new secret whole, owner-only, 32 bytes, leaving no temporary file', async () => {
    const db = await openDatabase(url);
    const [a, b] = await Promise.all([db.secret('contact-token'), db.secret('contact-token')]);
    await db.close();
    expect(a).toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    const file = path.join(dir, 'contact-token.secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('CONTACT_TOKEN_SECRET', () => {
  it.each([
    ['', 'unset: the store keeps one'],
    ['x'.repeat(0), 'empty'],
  ])('may be left out (%j, %s)', (value) => {
    expect(loadContactConfig({ CONTACT_TOKEN_SECRET: value }).tokenSecret).toBeUndefined();
  });

  it.each(['contact-test-secret', 'Q'.repeat(42), 'ab'.repeat(31)])(
    'refuses %j, fewer than 32 bytes of key material',
    (value) => {
      expect(() => loadContactConfig({ CONTACT_TOKEN_SECRET: value })).toThrow(
        /^CONTACT_TOKEN_SECRET (holds only \d+ bytes of key material|is not hex, base64 or base64url): a secret needs at least 32 random bytes/,
      );
    },
  );

  it.each([
    'Q'.repeat(43),
    'ab'.repeat(32),
    Buffer.alloc(32, 7).toString('base64'),
    Buffer.alloc(32, 7).toString('base64url'),
  ])('accepts %j, 32 bytes or more', (value) => {
    expect(loadContactConfig({ CONTACT_TOKEN_SECRET: value }).tokenSecret).toBe(value);
  });
});

describe('secrets kept in PostgreSQL', () => {
  it('refuses an empty one, naming the setting', async () => {
    const database = await createTestDatabase();
    try {
      const db = await openDatabase(database.url);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query("INSERT INTO settings (key, value) VALUES ('secret:staff-keys', '')");
      await client.end();
      await expect(db.secret('staff-keys')).rejects.toThrow(
        'The secret "secret:staff-keys" in the settings table is empty',
      );
      expect(Buffer.from(await db.secret('contact-token'), 'base64url')).toHaveLength(32);
      await db.close();
    } finally {
      await database.cleanup();
    }
  }, 120_000);
});
