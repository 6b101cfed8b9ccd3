import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRequest } from '../../../src/lib/contact/schema.ts';
import { MIGRATIONS } from '../../../src/server/store/migrations/migrations.ts';
import { openConnection, openDatabase } from '../../../src/server/store/database.ts';
import type { Store } from '../../../src/server/store/store.ts';
import { createTestDatabase, type TestDatabase } from '../../support/postgres.ts';

const person: ContactRequest = {
  name: 'Ada Example',
  email: 'ada@example.com',
  preferredContact: 'email',
  okToLeaveMessage: true,
  consent: true,
};

interface Backend {
  name: string;
  url: () => Promise<{ url: string; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    url: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-store-'));
      return Promise.resolve({
        url: `file:${path.join(dir, 'data', 'requests.db')}`,
        cleanup: () => {
          fs.rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        },
      });
    },
  },
  { name: 'PostgreSQL', url: (): Promise<TestDatabase> => createTestDatabase() },
];

describe.each(backends)('the $name store', ({ name, url }) => {
  let store: Store;
  let db: { url: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    db = await url();
    store = await openDatabase(db.url);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  it('applies its versioned migrations once, also when opened again', async () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(await store.migrations()).toEqual(versions);
    const second = await openDatabase(db.url);
    expect(await second.migrations()).toEqual(versions);
    await second.close();
  });

  if (name === 'SQLite') {
    it('keeps its folder and file owner-only, in WAL mode', async () => {
      const file = db.url.slice('file:'.length);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.existsSync(`${file}-wal`)).toBe(true);
      await store.secret('contact-token');
      expect(fs.statSync(path.join(path.dirname(file), 'contact-token.secret')).mode & 0o777).toBe(0o600);
    });
  }

  it('stores a request and reads it back exactly, newest first', async () => {
    const first = await store.insertRequest(person, {
      spam: false,
      outbox: false,
      now: new Date(Date.now() - 1000),
    });
    const second = await store.insertRequest(
      {
        ...person,
        name: 'Bea “quoted”, with commas',
        email: undefined,
        phone: '+1 555 123 4567',
        message: 'Line 1\nLine 2 é 😀',
      },
      { spam: false, outbox: false },
    );
    expect(first.stored && second.stored).toBe(true);
    const list = await store.listRequests();
    expect(list[0]).toMatchObject({
      name: 'Bea “quoted”, with commas',
      email: null,
      phone: '+1 555 123 4567',
      message: 'Line 1\nLine 2 é 😀',
      spam: false,
      handled: false,
    });
    expect(list[1]).toMatchObject({ name: 'Ada Example', email: 'ada@example.com', okToLeaveMessage: true });
    expect(Date.parse(list[0]?.createdAt ?? '')).toBeGreaterThan(Date.parse(list[1]?.createdAt ?? ''));
  });

  it('records the language a request was sent in, English when none is given', async () => {
    const spanish = await store.insertRequest(
      { ...person, name: 'Inés Ejemplo' },
      { spam: false, outbox: false, language: 'es' },
    );
    const english = await store.insertRequest(
      { ...person, name: 'No Language' },
      { spam: false, outbox: false },
    );
    if (!spanish.stored || !english.stored) throw new Error('not stored');
    expect(await store.getRequest(spanish.id)).toMatchObject({ name: 'Inés Ejemplo', language: 'es' });
    expect(await store.getRequest(english.id)).toMatchObject({ name: 'No Language', language: 'en' });
    const listed = await store.listRequests();
    expect(listed.find((r) => r.id === spanish.id)?.language).toBe('es');
    await store.deleteRequest(spanish.id);
    await store.deleteRequest(english.id);
  });

  it('keeps spam out of the list unless asked for it', async () => {
    const result = await store.insertRequest({ ...person, name: 'Spammy' }, { spam: true, outbox: true });
    if (!result.stored) throw new Error('not stored');
    expect((await store.listRequests()).some((r) => r.id === result.id)).toBe(false);
    expect((await store.listRequests({ includeSpam: true })).find((r) => r.id === result.id)?.spam).toBe(
      true,
    );
  });

  it('counts accepted submissions per client and refuses past the limit, with a retry time', async () => {
    const rate = { key: `client-${name}`, limit: 2, windowSeconds: 60 };
    const now = new Date();
    expect(await store.rateStatus(rate, now)).toEqual({ allowed: true });
    await store.insertRequest(person, { spam: false, outbox: false, rate, now });
    await store.insertRequest(person, { spam: false, outbox: false, rate, now });
    // The wait ends exactly when the oldest counted submission leaves the window.
    expect(await store.rateStatus(rate, now)).toEqual({
      allowed: false,
      retryAfter: 60,
      oldest: now,
      until: new Date(now.getTime() + 60_000),
    });
    const refused = await store.insertRequest(person, { spam: false, outbox: false, rate, now });
    expect(refused).toEqual({ stored: false, retryAfter: 60 });
    expect(await store.rateStatus(rate, new Date(now.getTime() + 61_000))).toEqual({ allowed: true });
    expect(await store.rateStatus({ ...rate, key: 'someone-else' }, now)).toEqual({ allowed: true });
  });

  it('never lets concurrent submissions from one client past the limit', async () => {
    const rate = { key: `burst-${name}`, limit: 3, windowSeconds: 60 };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => store.insertRequest(person, { spam: false, outbox: false, rate })),
    );
    expect(results.filter((r) => r.stored)).toHaveLength(3);
  });

  it('answers each of many concurrent submissions only once its row is committed, all of them stored', async () => {
    // Another connection sees only what is committed: the moment a submission is answered, its row is there.
    const reader = await openDatabase(db.url);
    try {
      const seen: boolean[] = [];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          store
            .insertRequest(
              { ...person, name: `Concurrent ${name} ${i}` },
              { spam: false, outbox: true, rate: { key: `many-${name}-${i}`, limit: 5, windowSeconds: 60 } },
            )
            .then(async (result) => {
              if (!result.stored) throw new Error('not stored');
              seen.push((await reader.getRequest(result.id)) !== null);
              return result.id;
            }),
        ),
      );
      expect(seen).toEqual(Array.from({ length: 40 }, () => true));
      expect(new Set(results).size).toBe(40);
      const stored = (await reader.listRequests()).filter((r) => r.name.startsWith(`Concurrent ${name}`));
      expect(stored).toHaveLength(40);
    } finally {
      await reader.close();
    }
  });

  it('rolls back only the submission that fails in a group: the others are stored with their notification and count', async () => {
    const before = await store.outboxCounts();
    const rate = { key: `group-${name}`, limit: 100, windowSeconds: 60 };
    const results = await Promise.allSettled(
      Array.from({ length: 9 }, (_, i) =>
        store.insertRequest(
          // The database refuses a request without a name (NOT NULL): this one fails after its token and count.
          { ...person, name: i === 4 ? (null as unknown as string) : `Grouped ${name} ${i}` },
          {
            spam: false,
            outbox: true,
            rate,
            formToken: { id: `1700000000.${name}-group-${i}`, expiresAt: new Date(Date.now() + 60_000) },
          },
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      ...Array.from({ length: 4 }, () => 'fulfilled'),
      'rejected',
      ...Array.from({ length: 4 }, () => 'fulfilled'),
    ]);
    const stored = (await store.listRequests()).filter((r) => r.name.startsWith(`Grouped ${name}`));
    expect(stored).toHaveLength(8);
    expect((await store.outboxCounts()).pending).toBe(before.pending + 8);
    // Nothing of the failed one stays: its count is not used up and its form token can still be used once.
    const status = await store.rateStatus({ ...rate, limit: 9 });
    expect(status).toEqual({ allowed: true });
    const retried = await store.insertRequest(
      { ...person, name: `Grouped ${name} again` },
      {
        spam: false,
        outbox: false,
        formToken: { id: `1700000000.${name}-group-4`, expiresAt: new Date(Date.now() + 60_000) },
      },
    );
    expect(retried.stored && !retried.repeated).toBe(true);
    for (const i of await store.claimOutbox({ limit: 500, leaseSeconds: 30 })) await store.completeOutbox(i);
  });

  it('holds the limit exactly for a burst from one client mixed with others, spam included', async () => {
    const rate = { key: `mixed-${name}`, limit: 4, windowSeconds: 60 };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        store.insertRequest(
          { ...person, name: `Mixed ${name}` },
          i % 3 === 0
            ? { spam: false, outbox: false, rate: { ...rate, key: `mixed-other-${name}-${i}` } }
            : { spam: i % 3 === 1, outbox: false, rate, beforeCommit: i % 3 === 1 },
        ),
      ),
    );
    const mine = results.filter((_, i) => i % 3 !== 0);
    expect(mine.filter((r) => r.stored)).toHaveLength(4);
    expect(results.filter((_, i) => i % 3 === 0).every((r) => r.stored)).toBe(true);
    expect(await store.rateStatus(rate)).toMatchObject({ allowed: false });
  });

  it('keeps a spam submission it answered before the commit, in the spam list once committed', async () => {
    const result = await store.insertRequest(
      { ...person, name: `Unsynced spam ${name}` },
      { spam: true, outbox: true, beforeCommit: true },
    );
    if (!result.stored) throw new Error('not stored');
    // Anything read after it (here on the same store) waits for the group's commit.
    const spam = await store.listRequests({ includeSpam: true });
    expect(spam.find((r) => r.id === result.id)).toMatchObject({ spam: true });
    expect((await store.listRequests()).some((r) => r.id === result.id)).toBe(false);
  });

  if (name === 'SQLite') {
    it('tells every piece of a group when its commit fails, writes none of them, and goes on with the next group', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-grouped-'));
      const { sql } = await openConnection(`file:${path.join(dir, 'grouped.db')}`);
      try {
        // A deferred foreign key is checked at COMMIT: the one way a group's commit itself fails here.
        await sql.run('CREATE TABLE parent (id TEXT PRIMARY KEY)');
        await sql.run(
          'CREATE TABLE child (parent TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)',
        );
        const good = sql.grouped((tx) => tx.run("INSERT INTO parent (id) VALUES ('a')"));
        const bad = sql.grouped((tx) => tx.run("INSERT INTO child (parent) VALUES ('missing')"));
        expect(await good.decided).toBe(1);
        await expect(good.committed).rejects.toThrow(/FOREIGN KEY/);
        await expect(bad.committed).rejects.toThrow(/FOREIGN KEY/);
        expect(await sql.all('SELECT * FROM parent')).toEqual([]);
        const next = sql.grouped((tx) => tx.run("INSERT INTO parent (id) VALUES ('b')"));
        expect(await next.committed).toBe(1);
        expect(await sql.all('SELECT id FROM parent')).toEqual([{ id: 'b' }]);
      } finally {
        await sql.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes submissions that arrive together in one transaction: one commit and one sync for the group', async () => {
      const file = db.url.slice('file:'.length);
      const { DatabaseSync } = await import('node:sqlite');
      const other = new DatabaseSync(file);
      try {
        other.exec('PRAGMA wal_checkpoint(TRUNCATE)');
        expect(fs.statSync(`${file}-wal`).size).toBe(0);
        await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            store.insertRequest({ ...person, name: `One commit ${i}` }, { spam: false, outbox: false }),
          ),
        );
        // Each commit appends every page it changed to the log (a header of 24 bytes and the page): one commit per
        // request would add at least one page for each of the 40; one for the group adds a handful.
        const pageSize = (other.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
        const frames = (fs.statSync(`${file}-wal`).size - 32) / (pageSize + 24);
        expect(frames).toBeLessThan(10);
      } finally {
        other.close();
      }
    });
  }

  it('accepts a form token once, also from another instance at the same moment, and forgets it when expired', async () => {
    // Another instance: a second pool on PostgreSQL. SQLite instances are processes of their own (one
    // connection each), which its locking serializes; in this one process the same connection stands in.
    const other = name === 'PostgreSQL' ? await openDatabase(db.url) : store;
    const formToken = { id: `1700000000.${name}-once`, expiresAt: new Date(Date.now() + 86_400_000) };
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? other : store).insertRequest(
          { ...person, name: `Once ${name}` },
          { spam: false, outbox: false, formToken },
        ),
      ),
    );
    if (other !== store) await other.close();
    const ids = new Set(results.map((r) => (r.stored ? r.id : 'refused')));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.stored && !r.repeated)).toHaveLength(1);
    const all = await store.listRequests();
    expect(all.filter((r) => r.name === `Once ${name}`)).toHaveLength(1);
    // Past its expiry the purge forgets it (the signature check refuses such a token anyway).
    const stale = { id: `1600000000.${name}-stale`, expiresAt: new Date(Date.now() - 1000) };
    await store.insertRequest(person, { spam: false, outbox: false, formToken: stale });
    await store.purgeBefore(new Date('2000-01-01T00:00:00Z'));
    const again = await store.insertRequest(person, { spam: false, outbox: false, formToken: stale });
    expect(again.stored && !again.repeated).toBe(true);
  });

  it('queues a notification in the same transaction and hands it to one claimant at a time', async () => {
    const before = await store.outboxCounts();
    const result = await store.insertRequest(person, { spam: false, outbox: true });
    if (!result.stored) throw new Error('not stored');
    expect((await store.outboxCounts()).pending).toBe(before.pending + 1);
    const claimed = await store.claimOutbox({ limit: 50, leaseSeconds: 30 });
    const mine = claimed.find((item) => item.requestId === result.id);
    expect(mine?.attempts).toBe(1);
    expect(await store.claimOutbox({ limit: 50, leaseSeconds: 30 })).toEqual([]);
    if (!mine) throw new Error('not claimed');
    await store.failOutbox(mine, new Date(Date.now() - 1), 'ECONNREFUSED');
    const again = await store.claimOutbox({ limit: 50, leaseSeconds: 30 });
    const retry = again.find((item) => item.requestId === result.id);
    expect(retry?.attempts).toBe(2);
    if (!retry) throw new Error('not reclaimed');
    // The stale claim can no longer finish the row.
    await store.completeOutbox(mine);
    expect((await store.outboxCounts()).sent).toBe(before.sent);
    await store.completeOutbox(retry);
    for (const other of again) if (other !== retry) await store.completeOutbox(other);
    expect((await store.outboxCounts()).sent).toBeGreaterThan(before.sent);
    expect(
      await store.claimOutbox({ limit: 50, leaseSeconds: 30, now: new Date(Date.now() + 3_600_000) }),
    ).toEqual([]);
  });

  it('says since when the oldest unsent notification waits, and nothing once all are sent', async () => {
    for (const i of await store.claimOutbox({ limit: 500, leaseSeconds: 30 })) await store.completeOutbox(i);
    expect((await store.outboxStatus()).oldestPendingAt).toBeNull();
    const older = new Date('2026-01-02T03:04:05.678Z');
    await store.insertRequest(person, { spam: false, outbox: true, now: older });
    await store.insertRequest(person, { spam: false, outbox: true });
    await store.insertRequest(person, { spam: true, outbox: true, now: new Date('2025-01-01T00:00:00Z') });
    const status = await store.outboxStatus();
    expect(status.oldestPendingAt).toEqual(older);
    expect(status.pending).toBe(2);
    expect(await store.outboxCounts()).toEqual({ pending: status.pending, sent: status.sent });
    for (const i of await store.claimOutbox({ limit: 500, leaseSeconds: 30 })) await store.completeOutbox(i);
    expect(await store.outboxStatus()).toMatchObject({ pending: 0, oldestPendingAt: null });
  });

  it('lets an expired lease be claimed again (a crashed sender)', async () => {
    const result = await store.insertRequest(person, { spam: false, outbox: true });
    if (!result.stored) throw new Error('not stored');
    const first = await store.claimOutbox({ limit: 50, leaseSeconds: 1 });
    expect(first.some((i) => i.requestId === result.id)).toBe(true);
    const later = await store.claimOutbox({ limit: 50, leaseSeconds: 30, now: new Date(Date.now() + 5_000) });
    const item = later.find((i) => i.requestId === result.id);
    expect(item?.attempts).toBe(2);
    for (const i of later) await store.completeOutbox(i);
  });

  it('deletes one request and its queued notification', async () => {
    const result = await store.insertRequest(person, { spam: false, outbox: true });
    if (!result.stored) throw new Error('not stored');
    expect(await store.deleteRequest(result.id)).toBe(true);
    expect(await store.getRequest(result.id)).toBeNull();
    expect(await store.deleteRequest(result.id)).toBe(false);
    expect(await store.deleteRequest('not-an-id')).toBe(false);
    const claimed = await store.claimOutbox({ limit: 50, leaseSeconds: 30 });
    expect(claimed.some((i) => i.requestId === result.id)).toBe(false);
    for (const i of claimed) await store.completeOutbox(i);
  });

  it('purges requests older than a cutoff and says how many', async () => {
    const old = await store.insertRequest(person, {
      spam: false,
      outbox: false,
      now: new Date('2020-01-01T00:00:00Z'),
    });
    if (!old.stored) throw new Error('not stored');
    const total = (await store.listRequests({ includeSpam: true })).length;
    expect(await store.purgeBefore(new Date('2021-01-01T00:00:00Z'))).toBe(1);
    expect(await store.getRequest(old.id)).toBeNull();
    expect((await store.listRequests({ includeSpam: true })).length).toBe(total - 1);
  });

  it('keeps one generated secret for every opener', async () => {
    const secret = await store.secret('contact-token');
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const other = await openDatabase(db.url);
    expect(await other.secret('contact-token')).toBe(secret);
    await other.close();
  });
});
