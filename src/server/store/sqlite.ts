import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { Store } from './store.ts';

/** Opens (creating owner-only) the SQLite database at `file`, in WAL mode with full sync. */
export async function openSqliteStore(file: string): Promise<Store> {
  const { DatabaseSync } = await import('node:sqlite');
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const db: DatabaseSync = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  }
  let open = true;
  return {
    kind: 'sqlite',
    ping: () => {
      if (!open) return Promise.reject(new Error('store closed'));
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close: () => {
      if (open) db.close();
      open = false;
      return Promise.resolve();
    },
  };
}
