import pg from 'pg';

/** A pool and a way to run work in one transaction on it. */
export interface PgPool {
  pool: pg.Pool;
  /** Runs `work` between BEGIN and COMMIT on one connection; rolls back and rethrows if it fails. */
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;
}

/** Opens a small connection pool at `url` (connections are made on first use). */
export function openPgPool(url: string, max: number): PgPool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 10_000 });
  // An idle connection dropped by the database must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    pool,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
