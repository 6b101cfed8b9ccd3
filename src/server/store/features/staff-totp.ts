import type { Sql } from '../sql/sql.ts';
import type { StaffStore } from '../staff-store.ts';

async function insertCodes(tx: Sql, accountId: string, codeHashes: readonly string[]): Promise<void> {
  await tx.run('DELETE FROM staff_recovery_codes WHERE account_id = ?', [accountId]);
  for (const hash of codeHashes) {
    await tx.run('INSERT INTO staff_recovery_codes (account_id, code_hash) VALUES (?, ?)', [accountId, hash]);
  }
}

/** Staff accounts' second factor: the TOTP secret, the last step taken, and one-time recovery codes. */
export function staffTotpFeature(
  sql: Sql,
): Pick<
  StaffStore,
  | 'totpRecord'
  | 'beginTotp'
  | 'confirmTotp'
  | 'replaceRecoveryCodes'
  | 'useTotpStep'
  | 'useRecoveryCode'
  | 'clearTotp'
> {
  return {
    totpRecord: async (accountId) => {
      const row = await sql.get(
        `SELECT totp_secret, totp_confirmed_at, totp_last_step,
           (SELECT count(*) FROM staff_recovery_codes r WHERE r.account_id = a.id) AS codes
           FROM staff_accounts a WHERE id = ?`,
        [accountId],
      );
      const step = row?.['totp_last_step'];
      return {
        secret: typeof row?.['totp_secret'] === 'string' ? row['totp_secret'] : null,
        confirmed: row?.['totp_confirmed_at'] !== null && row?.['totp_confirmed_at'] !== undefined,
        lastStep: step === null || step === undefined ? null : Number(step),
        recoveryCodesLeft: Number(row?.['codes'] ?? 0),
      };
    },
    beginTotp: (accountId, sealedSecret) =>
      sql.transaction(async (tx) => {
        await tx.run('UPDATE staff_accounts SET totp_secret = ? WHERE id = ? AND totp_secret IS NULL', [
          sealedSecret,
          accountId,
        ]);
        const row = await tx.get('SELECT totp_secret FROM staff_accounts WHERE id = ?', [accountId]);
        const kept = row?.['totp_secret'];
        if (typeof kept !== 'string') throw new Error('no such staff account');
        return kept;
      }),
    confirmTotp: (accountId, step, codeHashes, now) =>
      sql.transaction(async (tx) => {
        const confirmed = await tx.run(
          `UPDATE staff_accounts SET totp_confirmed_at = ?, totp_last_step = ?
             WHERE id = ? AND totp_secret IS NOT NULL AND totp_confirmed_at IS NULL`,
          [now, step, accountId],
        );
        if (confirmed === 0) return false;
        await insertCodes(tx, accountId, codeHashes);
        return true;
      }),
    replaceRecoveryCodes: (accountId, codeHashes) =>
      sql.transaction((tx) => insertCodes(tx, accountId, codeHashes)),
    // One conditional UPDATE: of two requests carrying the same code at once, only one changes the row.
    useTotpStep: async (accountId, step) =>
      (await sql.run(
        `UPDATE staff_accounts SET totp_last_step = ?
           WHERE id = ? AND totp_confirmed_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)`,
        [step, accountId, step],
      )) > 0,
    useRecoveryCode: async (accountId, codeHash) =>
      (await sql.run('DELETE FROM staff_recovery_codes WHERE account_id = ? AND code_hash = ?', [
        accountId,
        codeHash,
      ])) > 0,
    clearTotp: (accountId) =>
      sql.transaction(async (tx) => {
        await tx.run(
          'UPDATE staff_accounts SET totp_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = ?',
          [accountId],
        );
        await tx.run('DELETE FROM staff_recovery_codes WHERE account_id = ?', [accountId]);
      }),
  };
}
