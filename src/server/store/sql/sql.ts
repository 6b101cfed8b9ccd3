/** A value a query may bind: dates and booleans are converted to what each database stores. */
export type SqlValue = string | number | boolean | Date | null;

/** A row as the driver returns it (SQLite: text and numbers; PostgreSQL: also `Date` and `boolean`). */
export type SqlRow = Record<string, unknown>;

/**
 * The one interface feature modules write queries against. Placeholders are `?` (PostgreSQL's `$n` are made
 * from them), so a statement both databases agree on is written once; where they differ, a module asks `kind`.
 */
export interface Sql {
  readonly kind: 'sqlite' | 'postgres';
  /** Every row of a query. */
  all<T extends SqlRow = SqlRow>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T extends SqlRow = SqlRow>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves with how many rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` in one transaction on one connection (SQLite: `BEGIN IMMEDIATE`, one writer at a time), commits,
   * or rolls back and rethrows. Work must use the `tx` it is given, never the outer handle.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one read-only transaction that sees the database as it was at one moment, while other
   * connections keep writing (SQLite: a deferred read transaction in WAL mode; PostgreSQL: `REPEATABLE READ READ
   * ONLY`). Work must use the `tx` it is given.
   */
  snapshot<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `work` like `transaction`, but in a transaction it may share with other grouped work begun meanwhile
   * (group commit: SQLite writes them all and syncs once, at one `COMMIT`). Each piece runs in a savepoint of its
   * own, so one that throws is rolled back and rejected alone and the others still commit. `decided` settles once
   * `work` has run (its writes are in the open transaction, not yet committed); `committed` once they are durable.
   * PostgreSQL commits each piece on its own pooled connection (commits there already overlap): both settle at
   * its commit. Work must use the `tx` it is given.
   */
  grouped<T>(work: (tx: Sql) => Promise<T>): Grouped<T>;
  /**
   * Inside a transaction: waits until no other transaction holds `key` (PostgreSQL: an advisory lock until
   * commit; SQLite: nothing to do, its transactions already run one at a time).
   */
  lock(key: string): Promise<void>;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}

/** The two moments of a piece of grouped work (`Sql.grouped`). */
export interface Grouped<T> {
  /** Settles once the work has run inside the open transaction: what it decided, not yet durable. */
  decided: Promise<T>;
  /** Settles once the transaction holding the work has committed (or with the error that undid it). */
  committed: Promise<T>;
}

/** A time read from either database (SQLite keeps ISO 8601 text, PostgreSQL `timestamptz`). */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** A time read from either database, as ISO 8601 UTC text. */
export function toIso(value: unknown): string {
  return toDate(value).toISOString();
}

/** Like `toDate`, keeping null. */
export function toDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** A flag read from either database (SQLite keeps 0 or 1). */
export function toBool(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

/** Text or null, as stored. */
export function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
}

/** True for a UUID: PostgreSQL refuses anything else in a `uuid` column, so other ids match nothing anywhere. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** `?, ?, ?` for an `IN (…)` list of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
