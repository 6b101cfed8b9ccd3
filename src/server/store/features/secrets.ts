import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkedKey } from '../../secret-key.ts';
import type { Sql } from '../sql/sql.ts';
import type { Store } from '../store.ts';

function checkName(name: string): void {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad secret name ${name}`);
}

/**
 * Writes a new secret to `file` so that no reader ever sees it half-written, and no process replaces one another
 * wrote first: a temporary file (owner-only) is written and flushed, then linked into place (a link, unlike a
 * rename, fails when the name exists), and the folder is flushed so the name survives a power cut.
 */
function writeSecretOnce(file: string): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeSync(fd, randomBytes(32).toString('base64url'));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    // Another process got there first: its secret stands.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.unlinkSync(temporary);
  }
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}

/**
 * Named secrets, made at random on first use and the same for every instance: SQLite keeps each in a file
 * beside the database (`<name>.secret`, owner-only); PostgreSQL in the `settings` table. One holding fewer than
 * 32 bytes of key material (an empty file, say) is refused with an error naming it, never used.
 */
export function secretsFeature(sql: Sql, dir: string | null): Pick<Store, 'secret'> {
  if (sql.kind === 'sqlite' && dir !== null) {
    return {
      secret: (name) => {
        checkName(name);
        const secretFile = path.join(dir, `${name}.secret`);
        if (!fs.existsSync(secretFile)) writeSecretOnce(secretFile);
        return Promise.resolve(
          checkedKey(
            fs.readFileSync(secretFile, 'utf8'),
            `The secret file ${secretFile}`,
            'Delete it to have a new one generated at the next start, or write a good one in its place.',
          ),
        );
      },
    };
  }
  return {
    secret: async (name) => {
      checkName(name);
      await sql.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
        `secret:${name}`,
        randomBytes(32).toString('base64url'),
      ]);
      const row = await sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [
        `secret:${name}`,
      ]);
      if (!row) throw new Error(`secret ${name} missing`);
      return checkedKey(
        row.value,
        `The secret "secret:${name}" in the settings table`,
        'Delete that row to have a new one generated at the next start.',
      );
    },
  };
}
