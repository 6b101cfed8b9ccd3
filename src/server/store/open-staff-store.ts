import path from 'node:path';
import type { StaffStore } from './staff-store.ts';

/**
 * Opens the staff tables in the database a `DATABASE_URL` names (the same one as the contact requests). Open the
 * contact store first: it creates the database and the `requests` table that staff mark handled.
 */
export async function openStaffStore(databaseUrl: string, cwd = process.cwd()): Promise<StaffStore> {
  if (databaseUrl.startsWith('file:')) {
    const { openSqliteStaffStore } = await import('./staff-sqlite.ts');
    return openSqliteStaffStore(path.resolve(cwd, databaseUrl.slice('file:'.length)));
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { openPostgresStaffStore } = await import('./staff-postgres.ts');
    return openPostgresStaffStore(databaseUrl);
  }
  throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL).');
}
