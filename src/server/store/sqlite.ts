import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ContactRequest } from '../../lib/contact/schema.ts';
import { migrateSqlite } from './migrations/migration.ts';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.ts';
import type {
  InsertOptions,
  InsertResult,
  OutboxItem,
  RateLimit,
  RateStatus,
  Store,
  StoredRequest,
} from './store.ts';

type Row = Record<string, string | number | null>;

/** Opens (creating owner-only) the SQLite database at `file`, in WAL mode with full sync, and migrates it. */
export async function openSqliteStore(file: string): Promise<Store> {
  const { DatabaseSync } = await import('node:sqlite');
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  // Created before SQLite opens it, so the file is never readable by others, not even briefly.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db: DatabaseSync = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  }
  migrateSqlite(db, 'schema_migrations', SQLITE_MIGRATIONS);

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  const rateStatusSync = (rate: RateLimit, now: Date): RateStatus => {
    const since = now.getTime() - rate.windowSeconds * 1000;
    const row = db
      .prepare('SELECT count(*) AS n, min(at) AS oldest FROM rate_events WHERE key = ? AND at > ?')
      .get(rate.key, since) as { n: number; oldest: number | null };
    if (row.n < rate.limit) return { allowed: true };
    const oldest = row.oldest ?? now.getTime();
    return {
      allowed: false,
      retryAfter: Math.max(1, Math.ceil((oldest + rate.windowSeconds * 1000 - now.getTime()) / 1000)),
    };
  };

  const insert = db.prepare(
    `INSERT INTO requests (id, created_at, name, email, phone, preferred_contact, counselor, from_article, message,
       ok_to_leave_message, spam) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOutbox = db.prepare(
    'INSERT INTO outbox (request_id, created_at, next_attempt_at) VALUES (?, ?, ?)',
  );
  const insertRate = db.prepare('INSERT INTO rate_events (key, at) VALUES (?, ?)');

  let open = true;
  const live = () => {
    if (!open) throw new Error('store closed');
  };

  return {
    kind: 'sqlite',
    ping: () => {
      live();
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close: () => {
      if (open) db.close();
      open = false;
      return Promise.resolve();
    },
    migrations: () =>
      Promise.resolve(
        (
          db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]
        ).map((row) => row.version),
      ),

    insertRequest: (request: ContactRequest, options: InsertOptions): Promise<InsertResult> => {
      live();
      const now = options.now ?? new Date();
      const iso = now.toISOString();
      return Promise.resolve(
        transaction((): InsertResult => {
          if (options.rate) {
            const status = rateStatusSync(options.rate, now);
            if (!status.allowed) return { stored: false, retryAfter: status.retryAfter };
            insertRate.run(options.rate.key, now.getTime());
          }
          const id = randomUUID();
          insert.run(
            id,
            iso,
            request.name,
            request.email ?? null,
            request.phone ?? null,
            request.preferredContact ?? null,
            request.counselor ?? null,
            request.from ?? null,
            request.message ?? null,
            request.okToLeaveMessage ? 1 : 0,
            options.spam ? 1 : 0,
          );
          if (options.outbox && !options.spam) insertOutbox.run(id, iso, iso);
          return { stored: true, id };
        }),
      );
    },

    rateStatus: (rate, now = new Date()) => {
      live();
      return Promise.resolve(rateStatusSync(rate, now));
    },

    listRequests: ({ includeSpam = false } = {}) => {
      live();
      const rows = db
        .prepare(
          `SELECT * FROM requests ${includeSpam ? '' : 'WHERE spam = 0'} ORDER BY created_at DESC, rowid DESC`,
        )
        .all() as Row[];
      return Promise.resolve(rows.map(toStored));
    },
    getRequest: (id) => {
      live();
      const row = db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as Row | undefined;
      return Promise.resolve(row ? toStored(row) : null);
    },
    deleteRequest: (id) => {
      live();
      return Promise.resolve(
        transaction(() => Number(db.prepare('DELETE FROM requests WHERE id = ?').run(id).changes) > 0),
      );
    },
    purgeBefore: (cutoff) => {
      live();
      return Promise.resolve(
        transaction(() => {
          db.prepare('DELETE FROM rate_events WHERE at < ?').run(Date.now() - 86_400_000);
          return Number(
            db.prepare('DELETE FROM requests WHERE created_at < ?').run(cutoff.toISOString()).changes,
          );
        }),
      );
    },

    claimOutbox: ({ limit, leaseSeconds, now = new Date() }) => {
      live();
      const iso = now.toISOString();
      const until = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
      const lease = randomUUID();
      // One writer at a time (BEGIN IMMEDIATE) makes select-then-update a claim no other process can race.
      const rows = transaction(() => {
        const due = db
          .prepare(
            `SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ?
               AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?`,
          )
          .all(iso, iso, limit) as { id: number }[];
        const claim = db.prepare(
          'UPDATE outbox SET lease = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ? RETURNING id, request_id, attempts',
        );
        return due.map(
          (row) => claim.get(lease, until, row.id) as { id: number; request_id: string; attempts: number },
        );
      });
      return Promise.resolve(
        rows.map((row) => ({ id: row.id, requestId: row.request_id, attempts: row.attempts, lease })),
      );
    },
    completeOutbox: (item: OutboxItem) => {
      live();
      db.prepare(
        'UPDATE outbox SET sent_at = ?, lease = NULL, lease_until = NULL, last_error = NULL WHERE id = ? AND lease = ?',
      ).run(new Date().toISOString(), item.id, item.lease);
      return Promise.resolve();
    },
    failOutbox: (item, retryAt, error) => {
      live();
      db.prepare(
        'UPDATE outbox SET next_attempt_at = ?, lease = NULL, lease_until = NULL, last_error = ? WHERE id = ? AND lease = ?',
      ).run(retryAt.toISOString(), error.slice(0, 500), item.id, item.lease);
      return Promise.resolve();
    },
    outboxCounts: () => {
      live();
      const row = db
        .prepare(
          'SELECT count(*) FILTER (WHERE sent_at IS NULL) AS pending, count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent FROM outbox',
        )
        .get() as { pending: number; sent: number };
      return Promise.resolve({ pending: row.pending, sent: row.sent });
    },

    secret: (name) => {
      if (!/^[a-z0-9-]+$/.test(name)) return Promise.reject(new Error(`bad secret name ${name}`));
      // Beside the database, owner-only; created exclusively so two processes starting at once agree on one.
      const secretFile = path.join(dir, `${name}.secret`);
      try {
        fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      return Promise.resolve(fs.readFileSync(secretFile, 'utf8').trim());
    },
  };
}

function toStored(row: Row): StoredRequest {
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? null : String(value);
  return {
    id: String(row['id']),
    createdAt: String(row['created_at']),
    name: String(row['name']),
    email: text(row['email']),
    phone: text(row['phone']),
    preferredContact: text(row['preferred_contact']),
    counselor: text(row['counselor']),
    from: text(row['from_article']),
    message: text(row['message']),
    okToLeaveMessage: Number(row['ok_to_leave_message']) === 1,
    spam: Number(row['spam']) === 1,
    handled: Number(row['handled']) === 1,
  };
}
