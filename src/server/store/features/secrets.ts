import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from '../sql/sql.ts';
import type { Store } from '../store.ts';

function checkName(name: string): void {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad secret name ${name}`);
}

/**
 * Named secrets, made at random on first use and the same for every instance: SQLite keeps each in a file
 * beside the database (`<name>.secret`, owner-only); PostgreSQL in the `settings` table.
 */
export function secretsFeature(sql: Sql, dir: string | null): Pick<Store, 'secret'> {
  if (sql.kind === 'sqlite' && dir !== null) {
    return {
      secret: (name) => {
        checkName(name);
        // Created exclusively, so two processes starting at once agree on one.
        const secretFile = path.join(dir, `${name}.secret`);
        try {
          fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        return Promise.resolve(fs.readFileSync(secretFile, 'utf8').trim());
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
      return row.value;
    },
  };
}
