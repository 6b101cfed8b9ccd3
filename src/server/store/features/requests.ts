import { randomUUID } from 'node:crypto';
import { defaultLanguage, isLanguage } from '../../../i18n/languages.ts';
import type { ContactRequest } from '../../../lib/contact/schema.ts';
import { isUuid, toBool, toIso, toText, type Sql, type SqlRow } from '../sql/sql.ts';
import type { StaffStore } from '../staff-store.ts';
import type { InsertResult, RateLimit, RateStatus, Store, StoredRequest } from '../store.ts';

async function rateStatusIn(sql: Sql, rate: RateLimit, now: Date): Promise<RateStatus> {
  const since = new Date(now.getTime() - rate.windowSeconds * 1000);
  const row = await sql.get<{ n: unknown; oldest: unknown }>(
    'SELECT count(*) AS n, min(at) AS oldest FROM rate_events WHERE key = ? AND at > ?',
    [rate.key, since],
  );
  if (Number(row?.n ?? 0) < rate.limit) return { allowed: true };
  const oldest = row?.oldest === null || row?.oldest === undefined ? now : new Date(toIso(row.oldest));
  const until = new Date(oldest.getTime() + rate.windowSeconds * 1000);
  return {
    allowed: false,
    retryAfter: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    until,
    oldest,
  };
}

function toStored(row: SqlRow): StoredRequest {
  return {
    id: String(row['id']),
    createdAt: toIso(row['created_at']),
    name: String(row['name']),
    email: toText(row['email']),
    phone: toText(row['phone']),
    preferredContact: toText(row['preferred_contact']),
    counselor: toText(row['counselor']),
    from: toText(row['from_article']),
    message: toText(row['message']),
    okToLeaveMessage: toBool(row['ok_to_leave_message']),
    spam: toBool(row['spam']),
    handled: toBool(row['handled']),
    language: isLanguage(row['language']) ? row['language'] : defaultLanguage,
  };
}

/** Contact requests and the per-client rate events counted with them. */
export function requestsFeature(
  sql: Sql,
): Pick<
  Store,
  'insertRequest' | 'rateStatus' | 'listRequests' | 'getRequest' | 'deleteRequest' | 'purgeBefore'
> &
  Pick<StaffStore, 'setHandled' | 'takeRate'> {
  // Requests stored in the same millisecond keep their order: SQLite by insertion, PostgreSQL by id.
  const tieBreak = sql.kind === 'sqlite' ? 'rowid' : 'id';
  return {
    insertRequest: (request: ContactRequest, options) => {
      const now = options.now ?? new Date();
      // Grouped with the requests stored at the same moment: one commit (one sync) for all of them, each in its own
      // savepoint, and each checked against the rate limit after the ones before it in the group.
      const grouped = sql.grouped(async (tx): Promise<InsertResult> => {
        const id = randomUUID();
        const token = options.formToken;
        if (token) {
          // The unique id makes a second use wait for the first transaction, then find its row.
          const claimed = await tx.run(
            'INSERT INTO form_tokens (id, request_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
            [token.id, id, token.expiresAt],
          );
          if (claimed === 0) {
            const first = await tx.get<{ request_id: unknown }>(
              'SELECT request_id FROM form_tokens WHERE id = ?',
              [token.id],
            );
            return { stored: true, id: String(first?.request_id), repeated: true };
          }
        }
        if (options.rate) {
          // Serializes submissions from one client across every instance, so the count cannot be raced.
          await tx.lock(`rate:${options.rate.key}`);
          const status = await rateStatusIn(tx, options.rate, now);
          if (!status.allowed) {
            // Refused: the token stays unused for a later try.
            if (token) await tx.run('DELETE FROM form_tokens WHERE id = ?', [token.id]);
            return { stored: false, retryAfter: status.retryAfter };
          }
          await tx.run('INSERT INTO rate_events (key, at) VALUES (?, ?)', [options.rate.key, now]);
        }
        await tx.run(
          `INSERT INTO requests (id, created_at, name, email, phone, preferred_contact, counselor, from_article,
             message, ok_to_leave_message, spam, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            id,
            now,
            request.name,
            request.email ?? null,
            request.phone ?? null,
            request.preferredContact ?? null,
            request.counselor ?? null,
            request.from ?? null,
            request.message ?? null,
            request.okToLeaveMessage,
            options.spam,
            options.language ?? defaultLanguage,
          ],
        );
        if (options.outbox && !options.spam) {
          await tx.run('INSERT INTO outbox (request_id, created_at, next_attempt_at) VALUES (?, ?, ?)', [
            id,
            now,
            now,
          ]);
        }
        return { stored: true, id };
      });
      return options.beforeCommit ? grouped.decided : grouped.committed;
    },
    rateStatus: (rate, now = new Date()) => rateStatusIn(sql, rate, now),
    takeRate: (rate, now) =>
      sql.transaction(async (tx) => {
        await tx.lock(`rate:${rate.key}`);
        const status = await rateStatusIn(tx, rate, now);
        if (status.allowed) await tx.run('INSERT INTO rate_events (key, at) VALUES (?, ?)', [rate.key, now]);
        return status;
      }),

    listRequests: async ({ includeSpam = false } = {}) =>
      (
        await sql.all(
          `SELECT * FROM requests ${includeSpam ? '' : 'WHERE spam = ?'} ORDER BY created_at DESC, ${tieBreak} DESC`,
          includeSpam ? [] : [false],
        )
      ).map(toStored),
    getRequest: async (id) => {
      if (!isUuid(id)) return null;
      const row = await sql.get('SELECT * FROM requests WHERE id = ?', [id]);
      return row ? toStored(row) : null;
    },
    deleteRequest: async (id) => isUuid(id) && (await sql.run('DELETE FROM requests WHERE id = ?', [id])) > 0,
    purgeBefore: (cutoff) =>
      sql.transaction(async (tx) => {
        await tx.run('DELETE FROM rate_events WHERE at < ?', [new Date(Date.now() - 86_400_000)]);
        await tx.run('DELETE FROM form_tokens WHERE expires_at < ?', [new Date()]);
        return tx.run('DELETE FROM requests WHERE created_at < ?', [cutoff]);
      }),

    setHandled: async (requestId, handled) =>
      isUuid(requestId) &&
      (await sql.run('UPDATE requests SET handled = ? WHERE id = ?', [handled, requestId])) > 0,
  };
}
