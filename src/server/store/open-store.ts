import path from 'node:path';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

/** Opens the store a `DATABASE_URL` names: `file:<path>` for SQLite (relative to `cwd`), `postgres://…` for PostgreSQL. */
export async function openStore(databaseUrl: string, cwd = process.cwd()): Promise<Store> {
  if (databaseUrl.startsWith('file:')) {
    return openSqliteStore(path.resolve(cwd, databaseUrl.slice('file:'.length)));
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('PostgreSQL storage is not built yet (DATABASE_URL=postgres://…).');
  }
  throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL).');
}
