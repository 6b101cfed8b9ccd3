/** One schema change, applied once, in version order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  /** Statements separated by `;` (no `;` inside them). */
  sql: string;
}

/** Splits a migration's SQL into its statements. */
export function statements(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What `migrateSqlite` needs of a `node:sqlite` database (kept structural so this file imports nothing). */
interface SqliteLike {
  exec(sql: string): void;
  prepare(sql: string): { all(): unknown[]; run(...params: (string | number)[]): unknown };
}

/**
 * Applies the migrations a SQLite database has not seen, in one `BEGIN IMMEDIATE` transaction, recording each in
 * `table` (each store keeps its own history, so its versions start at 1).
 */
export function migrateSqlite(db: SqliteLike, table: string, migrations: readonly Migration[]): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  db.exec('BEGIN IMMEDIATE');
  try {
    const applied = new Set(
      (db.prepare(`SELECT version FROM ${table}`).all() as { version: number }[]).map((r) => r.version),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of statements(migration.sql)) db.exec(statement);
      db.prepare(`INSERT INTO ${table} (version, name, applied_at) VALUES (?, ?, ?)`).run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** What `migratePostgres` needs of a `pg` client inside a transaction. */
interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Applies the migrations a PostgreSQL database has not seen, inside the caller's transaction, under an advisory
 * lock so instances starting at once migrate once; records each in `table`.
 */
export async function migratePostgres(
  client: PgClientLike,
  { lock, table, migrations }: { lock: number; table: string; migrations: readonly Migration[] },
): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [lock]);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`,
  );
  const applied = new Set(
    ((await client.query(`SELECT version FROM ${table}`)).rows as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    for (const statement of statements(migration.sql)) await client.query(statement);
    await client.query(`INSERT INTO ${table} (version, name, applied_at) VALUES ($1, $2, now())`, [
      migration.version,
      migration.name,
    ]);
  }
}
