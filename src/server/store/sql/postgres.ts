import pg from 'pg';
import type { Sql, SqlRow, SqlValue } from './sql.ts';

// `?` → `$1`, `$2`, …: feature modules write one placeholder style for both databases (none of their SQL has a
// `?` inside a string literal or an operator).
const numbered = new Map<string, string>();
function toPg(text: string): string {
  let converted = numbered.get(text);
  if (converted === undefined) {
    let n = 0;
    converted = text.replace(/\?/g, () => `$${String((n += 1))}`);
    numbered.set(text, converted);
  }
  return converted;
}

function over(
  client: pg.Pool | pg.PoolClient,
  transaction: Sql['transaction'],
  snapshot: Sql['snapshot'],
): Sql {
  return {
    kind: 'postgres',
    all: async <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      (await client.query<T>(toPg(text), [...params])).rows,
    get: async <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      (await client.query<T>(toPg(text), [...params])).rows[0],
    run: async (text, params = []) => (await client.query(toPg(text), [...params])).rowCount ?? 0,
    transaction,
    snapshot,
    grouped: (work) => {
      const done = transaction(work);
      return { decided: done, committed: done };
    },
    lock: async (key) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    },
    close: () => Promise.reject(new Error('close the store, not a transaction')),
  };
}

/** The `Sql` interface over one small `pg` pool (connections are made on first use). */
export function postgresSql(url: string, max = 10): Sql {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 10_000 });
  // An idle connection dropped by the database must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  const inOne = async <T>(begin: string, work: (tx: Sql) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query(begin);
      const tx: Sql = over(
        client,
        (inner) => inner(tx),
        (inner) => inner(tx),
      );
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const transaction = <T>(work: (tx: Sql) => Promise<T>) => inOne('BEGIN', work);
  const snapshot = <T>(work: (tx: Sql) => Promise<T>) =>
    inOne('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
  return {
    ...over(pool, transaction, snapshot),
    lock: () => Promise.reject(new Error('an advisory lock needs a transaction')),
    close: () => pool.end(),
  };
}
