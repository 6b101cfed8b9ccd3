import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Grouped, Sql, SqlRow, SqlValue } from './sql.ts';

/** SQLite keeps times as ISO 8601 UTC text (it sorts and compares as text) and flags as 0 or 1. */
function bind(params: readonly SqlValue[]): SQLInputValue[] {
  return params.map((value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
  });
}

/** At most this many pieces of grouped work share one transaction (the rest go in the next). */
const GROUP_LIMIT = 256;

/** A piece of grouped work waiting for its transaction, and how to tell its caller. */
interface Piece {
  work: (tx: Sql) => Promise<unknown>;
  decide: { resolve(value: unknown): void; reject(error: unknown): void };
  commit: { resolve(value: unknown): void; reject(error: unknown): void };
}

function settlers(): {
  promise: Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
} {
  const { promise, resolve, reject } = Promise.withResolvers<unknown>();
  // A caller may await only one of the two moments; the other must not be reported as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
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
    grouped: <T>(work: (tx: Sql) => Promise<T>) => {
      const done = work(tx);
      return { decided: done, committed: done };
    },
    lock: () => Promise.resolve(),
    close: () => Promise.reject(new Error('close the store, not a transaction')),
  };

  // Group commit: pieces begun while the event loop works through what arrived (typically while the last COMMIT's
  // sync blocked it) wait for the next turn, then run one after another in one transaction, each in a savepoint.
  let pending: Piece[] = [];
  let scheduled = false;
  const runGroup = async (group: Piece[]) => {
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const piece of group) {
        piece.decide.reject(error);
        piece.commit.reject(error);
      }
      return;
    }
    inTransaction = true;
    const written: { piece: Piece; value: unknown }[] = [];
    try {
      for (const piece of group) {
        db.exec('SAVEPOINT grouped');
        let value: unknown;
        try {
          value = await piece.work(tx);
        } catch (error) {
          // Only this piece's writes are undone; the rest of the group goes on.
          db.exec('ROLLBACK TO grouped');
          db.exec('RELEASE grouped');
          piece.decide.reject(error);
          piece.commit.reject(error);
          continue;
        }
        db.exec('RELEASE grouped');
        written.push({ piece, value });
        piece.decide.resolve(value);
      }
      db.exec('COMMIT');
    } catch (error) {
      // The commit (or a savepoint statement) failed: nothing of the group is written, and every piece says so,
      // decided or not yet run (settling a promise twice changes nothing).
      try {
        db.exec('ROLLBACK');
      } catch {
        // SQLite rolled back already.
      }
      for (const piece of group) {
        piece.decide.reject(error);
        piece.commit.reject(error);
      }
      return;
    } finally {
      inTransaction = false;
    }
    for (const { piece, value } of written) piece.commit.resolve(value);
  };
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const group = pending.slice(0, GROUP_LIMIT);
    pending = pending.slice(GROUP_LIMIT);
    if (pending.length > 0) schedule();
    void inTurn(() => runGroup(group));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // After the I/O callbacks of this turn: every request that arrived meanwhile joins the same group.
    setImmediate(flush);
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
    grouped: <T>(work: (tx: Sql) => Promise<T>): Grouped<T> => {
      const decide = settlers();
      const commit = settlers();
      pending.push({ work, decide, commit });
      schedule();
      return { decided: decide.promise as Promise<T>, committed: commit.promise as Promise<T> };
    },
    lock: () => Promise.resolve(),
    close: async () => {
      // Grouped work already begun is written before the connection closes.
      while (pending.length > 0) flush();
      await queue;
      cache.clear();
      if (db.isOpen) db.close();
    },
  };
}
