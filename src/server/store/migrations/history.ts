import type { Sql } from '../sql/sql.ts';

/** One schema change, applied once, in version order; its statements for each database (none may hold a `;`). */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** Splits a migration's SQL into its statements. */
export function statements(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Releases up to 0.1 kept the staff tables' history apart, in `staff_schema_migrations`; its versions map onto
 * the one history like this (staff version 1 is version 2 here).
 */
const LEGACY_STAFF_VERSIONS: ReadonlyMap<number, number> = new Map([[1, 2]]);

async function tableExists(tx: Sql, name: string): Promise<boolean> {
  const row =
    tx.kind === 'sqlite'
      ? await tx.get("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
      : await tx.get(
          'SELECT 1 AS found FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?',
          [name],
        );
  return row !== undefined;
}

/**
 * Applies the migrations the database has not seen, in one transaction, recording each in `schema_migrations`
 * (PostgreSQL: under a lock, so instances starting at once migrate once). A database written by an earlier
 * release keeps its data: its staff history is folded into this one first, and only what is missing runs.
 */
export async function migrate(sql: Sql, migrations: readonly Migration[]): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.lock('schema-migrations');
    await tx.run(
      tx.kind === 'sqlite'
        ? 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)'
        : 'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
    );
    if (await tableExists(tx, 'staff_schema_migrations')) {
      const legacy = await tx.all<{ version: unknown; name: string; applied_at: unknown }>(
        'SELECT version, name, applied_at FROM staff_schema_migrations',
      );
      for (const row of legacy) {
        const version = LEGACY_STAFF_VERSIONS.get(Number(row.version));
        if (version === undefined) throw new Error(`unknown staff schema version ${String(row.version)}`);
        await tx.run(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING',
          [version, row.name, row.applied_at instanceof Date ? row.applied_at : String(row.applied_at)],
        );
      }
      await tx.run('DROP TABLE staff_schema_migrations');
    }
    const applied = new Set(
      (await tx.all<{ version: unknown }>('SELECT version FROM schema_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of statements(migration[tx.kind])) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date(),
      ]);
    }
  });
}

/** Applied versions, oldest first. */
export async function appliedVersions(sql: Sql): Promise<number[]> {
  return (await sql.all<{ version: unknown }>('SELECT version FROM schema_migrations ORDER BY version')).map(
    (r) => Number(r.version),
  );
}
