import type { Sql } from '../sql/sql.ts';
import { BACKUP_TABLES } from './tables.ts';

/** The tables the database has, by name. */
export async function existingTables(sql: Sql): Promise<Set<string>> {
  const rows = await sql.all<{ name: string }>(
    sql.kind === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table'"
      : 'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()',
  );
  return new Set(rows.map((row) => row.name));
}

/** The newest migration applied (0 for a database never migrated). */
export async function schemaVersion(sql: Sql, tables: Set<string>): Promise<number> {
  if (!tables.has('schema_migrations')) return 0;
  const row = await sql.get<{ version: unknown }>('SELECT max(version) AS version FROM schema_migrations');
  return Number(row?.version ?? 0);
}

/** Rows per backed-up table (null for a table the database does not have yet). */
export async function rowCounts(sql: Sql, tables: Set<string>): Promise<Record<string, number | null>> {
  const counts: Record<string, number | null> = {};
  for (const { name } of BACKUP_TABLES) {
    if (!tables.has(name)) {
      counts[name] = null;
      continue;
    }
    const row = await sql.get<{ n: unknown }>(`SELECT count(*) AS n FROM ${name}`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
