import { randomUUID } from 'node:crypto';
import { toDate, toIso, toText, type Sql, type SqlRow } from '../sql/sql.ts';
import type { PasswordTokenState, StaffAccount, StaffCredentials, StaffStore } from '../staff-store.ts';

function toAccount(row: SqlRow): StaffAccount {
  const setAt = row['password_set_at'];
  const totpAt = row['totp_confirmed_at'];
  return {
    id: String(row['id']),
    email: String(row['email']),
    createdAt: toIso(row['created_at']),
    passwordSetAt: setAt === null || setAt === undefined ? null : toIso(setAt),
    totpConfirmedAt: totpAt === null || totpAt === undefined ? null : toIso(totpAt),
  };
}

function toCredentials(row: SqlRow): StaffCredentials {
  return { ...toAccount(row), passwordHash: toText(row['password_hash']) };
}

async function tokenState(
  sql: Sql,
  tokenHash: string,
  now: Date,
  lock: boolean,
): Promise<PasswordTokenState> {
  // FOR UPDATE (PostgreSQL): two submissions of one link at once cannot both use it; SQLite's transactions
  // already run one at a time.
  const row = await sql.get(
    `SELECT t.account_id, t.expires_at, a.email FROM staff_password_tokens t
       JOIN staff_accounts a ON a.id = t.account_id WHERE t.token_hash = ?${lock && sql.kind === 'postgres' ? ' FOR UPDATE OF t' : ''}`,
    [tokenHash],
  );
  if (!row) return { kind: 'unknown' };
  if (toDate(row['expires_at']) <= now) return { kind: 'expired' };
  return { kind: 'valid', accountId: String(row['account_id']), email: String(row['email']) };
}

/** Staff accounts and their set-password tokens. */
export function staffAccountsFeature(
  sql: Sql,
): Pick<
  StaffStore,
  | 'ensureAccount'
  | 'findCredentials'
  | 'listAccounts'
  | 'removeAccount'
  | 'issuePasswordToken'
  | 'passwordTokenState'
  | 'usePasswordToken'
> {
  return {
    ensureAccount: async (email, now) => {
      const inserted = await sql.get(
        'INSERT INTO staff_accounts (id, email, created_at) VALUES (?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING *',
        [randomUUID(), email, now],
      );
      if (inserted) return { account: toAccount(inserted), created: true };
      const row = await sql.get('SELECT * FROM staff_accounts WHERE email = ?', [email]);
      if (!row) throw new Error('account vanished while being created');
      return { account: toAccount(row), created: false };
    },
    findCredentials: async (email) => {
      const row = await sql.get('SELECT * FROM staff_accounts WHERE email = ?', [email]);
      return row ? toCredentials(row) : null;
    },
    listAccounts: async () => (await sql.all('SELECT * FROM staff_accounts ORDER BY email')).map(toAccount),
    removeAccount: async (email) =>
      (await sql.run('DELETE FROM staff_accounts WHERE email = ?', [email])) > 0,

    issuePasswordToken: (accountId, tokenHash, expiresAt) =>
      sql.transaction(async (tx) => {
        await tx.run('DELETE FROM staff_password_tokens WHERE account_id = ?', [accountId]);
        await tx.run(
          'INSERT INTO staff_password_tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)',
          [tokenHash, accountId, expiresAt],
        );
      }),
    passwordTokenState: (tokenHash, now) => tokenState(sql, tokenHash, now, false),
    usePasswordToken: (tokenHash, passwordHash, now) =>
      sql.transaction(async (tx) => {
        const state = await tokenState(tx, tokenHash, now, true);
        if (state.kind !== 'valid') return state;
        await tx.run('UPDATE staff_accounts SET password_hash = ?, password_set_at = ? WHERE id = ?', [
          passwordHash,
          now,
          state.accountId,
        ]);
        await tx.run('DELETE FROM staff_password_tokens WHERE account_id = ?', [state.accountId]);
        await tx.run('DELETE FROM staff_sessions WHERE account_id = ?', [state.accountId]);
        return state;
      }),
  };
}
