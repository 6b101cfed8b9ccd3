import path from 'node:path';
import type { Store } from './store.ts';

/** Opens the store a `DATABASE_URL` names: `file:<path>` for SQLite (relative to `cwd`), `postgres://…` for PostgreSQL. */
export async function openStore(databaseUrl: string, cwd = process.cwd()): Promise<Store> {
  if (databaseUrl.startsWith('file:')) {
    const { openSqliteStore } = await import('./sqlite.ts');
    return openSqliteStore(path.resolve(cwd, databaseUrl.slice('file:'.length)));
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(databaseUrl);
  }
  throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL).');
}
