import type { Language } from '../../i18n/languages.ts';
import type { ContactRequest } from '../../lib/contact/schema.ts';

/** A stored contact request, as staff read it (the staff tool's `--json` shape). */
export interface StoredRequest {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  name: string;
  email: string | null;
  phone: string | null;
  preferredContact: string | null;
  counselor: string | null;
  from: string | null;
  message: string | null;
  okToLeaveMessage: boolean;
  spam: boolean;
  handled: boolean;
  /** The language the person wrote in and would like to be answered in (rows older than migration 7: `en`). */
  language: Language;
}

/** A per-client limit on accepted submissions: at most `limit` in any `windowSeconds`. */
export interface RateLimit {
  /** Who is counted (a keyed hash of the client's address, never the address itself). */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Whether a client may submit now; `retryAfter` (seconds) says when it may again, `until` the exact moment (when
 * its oldest counted submission, at `oldest`, leaves the window).
 */
export type RateStatus =
  { allowed: true } | { allowed: false; retryAfter: number; until: Date; oldest: Date };

/** What `insertRequest` writes besides the request. */
export interface InsertOptions {
  /** The language the request was sent in (the form's or the API's `language`); defaults to English. */
  language?: Language | undefined;
  /** Flagged as spam: stored, never notified. */
  spam: boolean;
  /** Queue a staff notification in the same transaction. */
  outbox: boolean;
  /** Counted (and enforced) in the same transaction, so concurrent submissions cannot slip past the limit. */
  rate?: RateLimit | undefined;
  /** The time of the request (tests backdate it); defaults to now. */
  now?: Date | undefined;
  /**
   * The form token this request used, kept until it expires in the same transaction as the request, so it is
   * accepted once (across every instance sharing the database); a second use stores nothing.
   */
  formToken?: { id: string; expiresAt: Date } | undefined;
  /**
   * Resolve once the row is decided (rate limit and form token checked, written into the open transaction),
   * without waiting for its commit: a crash in the next moment may lose it. Only for spam, which is stored but
   * never acted on (docs/operations.md); everything else resolves once committed.
   */
  beforeCommit?: boolean | undefined;
}

/**
 * The result of `insertRequest`: stored and committed, or refused by the rate limit (nothing written). With
 * `repeated`, its form token had been used already: nothing new was written and `id` is the first request's.
 */
export type InsertResult =
  { stored: true; id: string; repeated?: boolean } | { stored: false; retryAfter: number };

/** A claimed notification: the request it announces and the lease that lets only its claimant finish it. */
export interface OutboxItem {
  id: number;
  requestId: string;
  /** How many attempts, including this one. */
  attempts: number;
  lease: string;
}

/** How the outbox stands. */
export interface OutboxStatus {
  pending: number;
  sent: number;
  /** When the oldest notification still unsent was queued; null when none waits. */
  oldestPendingAt: Date | null;
}

/** The durable store behind the server: contact requests, their notification outbox and rate counters. */
export interface Store {
  /** Which database this is, for logs and health. */
  readonly kind: 'sqlite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Closes connections; the store is unusable afterwards. */
  close(): Promise<void>;
  /** Applied migration versions, oldest first. */
  migrations(): Promise<number[]>;

  /**
   * Stores a request (and its outbox row and rate count) in ONE transaction, shared with the requests stored at
   * the same moment (group commit, each in its own savepoint); resolves once committed (see `beforeCommit`).
   */
  insertRequest(request: ContactRequest, options: InsertOptions): Promise<InsertResult>;
  /** Whether the client under `rate.key` is below its limit now (reads only). */
  rateStatus(rate: RateLimit, now?: Date): Promise<RateStatus>;

  /** Requests, newest first. */
  listRequests(options?: { includeSpam?: boolean }): Promise<StoredRequest[]>;
  /** One request, or null. */
  getRequest(id: string): Promise<StoredRequest | null>;
  /** Deletes one request (and its pending notification); false when there was none. */
  deleteRequest(id: string): Promise<boolean>;
  /**
   * Deletes requests created before `cutoff`, rate counts older than a day and expired form tokens; resolves with
   * how many requests.
   */
  purgeBefore(cutoff: Date): Promise<number>;

  /**
   * Claims up to `limit` due notifications for `leaseSeconds`; another claimant (another instance) cannot take
   * them until the lease runs out.
   */
  claimOutbox(options: { limit: number; leaseSeconds: number; now?: Date }): Promise<OutboxItem[]>;
  /** Marks a claimed notification delivered; it is never sent again. */
  completeOutbox(item: OutboxItem): Promise<void>;
  /** Releases a claimed notification for another attempt at `retryAt`. */
  failOutbox(item: OutboxItem, retryAt: Date, error: string): Promise<void>;
  /** Counts notifications by state (for tests and health). */
  outboxCounts(): Promise<{ pending: number; sent: number }>;
  /** The counts and when the oldest unsent notification was queued (null when none waits): for an inbox banner. */
  outboxStatus(): Promise<OutboxStatus>;

  /** A named secret, created (random) on first use and kept with the data; the same for every instance. */
  secret(name: string): Promise<string>;
}
