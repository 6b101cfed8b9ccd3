/** The durable store behind the server: contact requests and (later) staff data, on SQLite or PostgreSQL. */
export interface Store {
  /** Which database this is, for logs and health. */
  readonly kind: 'sqlite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Closes connections; the store is unusable afterwards. */
  close(): Promise<void>;
}
