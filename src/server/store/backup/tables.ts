/** How a column's value is written in a backup: times as ISO 8601 UTC text, flags as true/false. */
export type ColumnKind = 'text' | 'integer' | 'time' | 'flag';

/** One table a backup holds, its columns by name and kind. */
export interface BackupTable {
  name: string;
  columns: Readonly<Record<string, ColumnKind>>;
  /** An id both databases number themselves (AUTOINCREMENT, bigserial): restored as written, then continued. */
  serial?: string;
  /** How rows are read, so a backup of the same data is the same file. */
  orderBy: string;
}

/**
 * Every table of people's data as of migration 7 (src/server/store/migrations/migrations.ts), parents before the
 * rows that refer to them. `schema_migrations` is not copied (the restore makes its own history) and neither is
 * `site_builds` (src/server/rebuild/cluster.ts): a build is made again from the content, not restored.
 * tests/unit/store/backup.test.ts fails when a migration adds a table or column missing here.
 */
export const BACKUP_TABLES: readonly BackupTable[] = [
  {
    name: 'requests',
    columns: {
      id: 'text',
      created_at: 'time',
      name: 'text',
      email: 'text',
      phone: 'text',
      preferred_contact: 'text',
      counselor: 'text',
      from_article: 'text',
      message: 'text',
      ok_to_leave_message: 'flag',
      spam: 'flag',
      handled: 'flag',
      language: 'text',
    },
    orderBy: 'created_at, id',
  },
  {
    name: 'outbox',
    columns: {
      id: 'integer',
      request_id: 'text',
      created_at: 'time',
      next_attempt_at: 'time',
      attempts: 'integer',
      lease: 'text',
      lease_until: 'time',
      sent_at: 'time',
      last_error: 'text',
    },
    serial: 'id',
    orderBy: 'id',
  },
  { name: 'rate_events', columns: { key: 'text', at: 'time' }, orderBy: 'at, key' },
  { name: 'settings', columns: { key: 'text', value: 'text' }, orderBy: 'key' },
  { name: 'form_tokens', columns: { id: 'text', request_id: 'text', expires_at: 'time' }, orderBy: 'id' },
  {
    name: 'staff_accounts',
    columns: {
      id: 'text',
      email: 'text',
      password_hash: 'text',
      created_at: 'time',
      password_set_at: 'time',
      totp_secret: 'text',
      totp_confirmed_at: 'time',
      totp_last_step: 'integer',
    },
    orderBy: 'created_at, id',
  },
  {
    name: 'staff_sessions',
    columns: {
      id_hash: 'text',
      account_id: 'text',
      created_at: 'time',
      last_seen_at: 'time',
      stage: 'text',
    },
    orderBy: 'id_hash',
  },
  {
    name: 'staff_recovery_codes',
    columns: { account_id: 'text', code_hash: 'text' },
    orderBy: 'account_id, code_hash',
  },
  {
    name: 'staff_password_tokens',
    columns: { token_hash: 'text', account_id: 'text', expires_at: 'time' },
    orderBy: 'token_hash',
  },
  {
    name: 'staff_throttles',
    columns: { key: 'text', failures: 'integer', last_failure_at: 'time', locked_until: 'time' },
    orderBy: 'key',
  },
  {
    name: 'audit_log',
    columns: {
      id: 'integer',
      at: 'time',
      actor_email: 'text',
      action: 'text',
      target_id: 'text',
      ip: 'text',
      count: 'integer',
      last_at: 'time',
    },
    serial: 'id',
    orderBy: 'id',
  },
];

/** The first line of a backup file names the format with this. */
export const BACKUP_FORMAT = 'alliance-backup';

/** The format's own version (the layout of the file, not the schema). */
export const BACKUP_FORMAT_VERSION = 1;

/** A SQLite database's secrets live in files beside it; a backup holds them as `settings` rows with this prefix. */
export const SECRET_PREFIX = 'secret:';
