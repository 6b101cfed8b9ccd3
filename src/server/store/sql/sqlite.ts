import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Sql, SqlRow, SqlValue } from './sql.ts';

/** SQLite keeps times as ISO 8601 UTC text (it sorts and compares as text) and flags as 0 or 1. */
function bind(params: readonly SqlValue[]): SQLInputValue[] {
  return params.map((value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
  });
}

/**
 * The `Sql` interface over one `node:sqlite` connection. Every statement runs synchronously underneath (which
 * keeps an insert cheap); transactions take turns, and a statement outside them waits while one is open, so the
 * single connection never mixes one caller's work into another's transaction. One connection per process: a
 * second one in the same process would wait synchronously for a transaction this process can then not finish.
 */
export function sqliteSql(db: DatabaseSync): Sql {
  const cache = new Map<string, StatementSync>();
  const prepare = (text: string) => {
    let statement = cache.get(text);
    if (!statement) {
      statement = db.prepare(text);
      cache.set(text, statement);
    }
    return statement;
  };
  const direct = {
    all: (text: string, params: readonly SqlValue[]) => prepare(text).all(...bind(params)) as SqlRow[],
    get: (text: string, params: readonly SqlValue[]) =>
      prepare(text).get(...bind(params)) as SqlRow | undefined,
    run: (text: string, params: readonly SqlValue[]) => Number(prepare(text).run(...bind(params)).changes),
  };

  let queue: Promise<unknown> = Promise.resolve();
  let inTransaction = false;
  // Runs `work` when every earlier transaction has finished.
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };
  // Outside a transaction a statement runs at once; during one it waits for its turn.
  const outside = <T>(work: () => T): Promise<T> => {
    if (!inTransaction) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return inTurn(() => Promise.resolve(work()));
  };
  const inside = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const tx: Sql = {
    kind: 'sqlite',
    all: <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      inside(() => direct.all(text, params) as T[]),
    get: <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      inside(() => direct.get(text, params) as T | undefined),
    run: (text, params = []) => inside(() => direct.run(text, params)),
    transaction: (work) => work(tx),
    snapshot: (work) => work(tx),
    lock: () => Promise.resolve(),
    close: () => Promise.reject(new Error('close the store, not a transaction')),
  };

  return {
    kind: 'sqlite',
    all: <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      outside(() => direct.all(text, params) as T[]),
    get: <T extends SqlRow>(text: string, params: readonly SqlValue[] = []) =>
      outside(() => direct.get(text, params) as T | undefined),
    run: (text, params = []) => outside(() => direct.run(text, params)),
    transaction: <T>(work: (tx: Sql) => Promise<T>) =>
      inTurn(async () => {
        db.exec('BEGIN IMMEDIATE');
        inTransaction = true;
        try {
          const result = await work(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        } finally {
          inTransaction = false;
        }
      }),
    snapshot: <T>(work: (tx: Sql) => Promise<T>) =>
      inTurn(async () => {
        // A deferred transaction takes no write lock; its first read fixes what it sees until it ends.
        db.exec('BEGIN DEFERRED');
        inTransaction = true;
        try {
          return await work(tx);
        } finally {
          db.exec('ROLLBACK');
          inTransaction = false;
        }
      }),
    lock: () => Promise.resolve(),
    close: () => {
      cache.clear();
      if (db.isOpen) db.close();
      return Promise.resolve();
    },
  };
}
