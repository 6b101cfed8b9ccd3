import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactRequest } from '../../../src/lib/contact/schema.ts';
import { createMailer } from '../../../src/server/notify/mailer.ts';
import { staffEmail } from '../../../src/server/notify/message.ts';
import { backoffMs, startOutboxWorker, type OutboxWorker } from '../../../src/server/notify/outbox-worker.ts';
import { openDatabase } from '../../../src/server/store/database.ts';
import type { Store } from '../../../src/server/store/store.ts';
import { manualClock, type ManualClock } from '../../support/manual-clock.ts';
import { createTestSmtp, type TestSmtp } from '../../support/smtp.ts';

const request: ContactRequest = {
  name: 'Rosa =HYPERLINK("x")',
  email: 'rosa@example.com',
  phone: '555 123 4567',
  preferredContact: 'phone',
  message: 'Evenings work best.\nThank you.',
  okToLeaveMessage: true,
  consent: true,
};

let dir: string;
let store: Store;
let smtp: TestSmtp;
let worker: OutboxWorker | undefined;
// The worker's time: it moves only when a test advances it, so "nothing more happened" needs no waiting.
let clock: ManualClock;
let log: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-notify-'));
  store = await openDatabase(`file:${path.join(dir, 'requests.db')}`);
  log = [];
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await smtp.stop();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function startWorker(includeDetails = false) {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'site@practice.test', to: 'staff@practice.test' });
  // Started now, after the test stored its requests: the store dates their rows by the real time.
  clock = manualClock();
  worker = startOutboxWorker({
    store,
    logger: { info: (line) => log.push(line), error: (line) => log.push(line) },
    clock,
    pollMs: 50,
    baseDelayMs: 100,
    maxDelayMs: 400,
    deliver: (stored) =>
      mailer.send(staffEmail(stored, { siteUrl: 'https://practice.test', includeDetails })),
  });
  return worker;
}

const failedAttempts = () => log.filter((line) => /^notification \d+ not sent/.test(line)).length;

describe('staff notifications through a real SMTP server', () => {
  it('emails staff once per new request, saying only that it arrived and where to read it', async () => {
    smtp = await createTestSmtp();
    const stored = await store.insertRequest(request, { spam: false, outbox: true });
    // The first pass runs as the worker starts.
    expect(await startWorker().runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(log).toContain('outbox checked at start: 1 sent, 0 waiting for a retry');
    const [mail] = smtp.messages;
    expect(mail?.to).toEqual(['staff@practice.test']);
    expect(mail?.raw).toContain('A new consultation request arrived');
    expect(mail?.raw).toContain('https://practice.test/staff/');
    expect(mail?.raw).not.toContain('Rosa');
    expect(mail?.raw).not.toContain('rosa@example.com');
    expect(mail?.raw).not.toContain('Evenings');
    expect(stored.stored && mail?.raw.includes(stored.id)).toBe(true);
    // A minute of polling (about a thousand passes) sends nothing more.
    await clock.advance(60_000);
    expect(smtp.messages).toHaveLength(1);
    expect(await store.outboxCounts()).toEqual({ pending: 0, sent: 1 });
  });

  it('adds the fields as plain text with NOTIFY_INCLUDE_DETAILS', async () => {
    smtp = await createTestSmtp();
    await store.insertRequest(request, { spam: false, outbox: true });
    await startWorker(true).runOnce();
    const [mail] = smtp.messages;
    expect(mail?.raw).toContain('rosa@example.com');
    expect(mail?.raw).toContain('Preferred contact: phone');
    expect(mail?.raw).toMatch(/Content-Type: text\/plain/i);
  });

  it('says when the person prefers Spanish (sent from /es/contact/), details or not, and nothing for English', async () => {
    smtp = await createTestSmtp();
    await store.insertRequest(request, { spam: false, outbox: true, language: 'es' });
    await store.insertRequest(request, { spam: false, outbox: true });
    expect(await startWorker().runOnce()).toEqual({ sent: 2, failed: 0 });
    const spanish = smtp.messages.filter((mail) => mail.raw.includes('Prefers Spanish'));
    expect(spanish).toHaveLength(1);
    expect(spanish[0]?.raw).not.toContain('Rosa');
  });

  it('keeps line breaks and text-direction characters of an older row out of the headers and the details', async () => {
    smtp = await createTestSmtp();
    await store.insertRequest(
      { ...request, name: 'Rosa\r\nBcc: eve@example.com \u202Emoc.elpmaxe', message: 'a\u2066b' },
      { spam: false, outbox: true },
    );
    startWorker(true);
    const [mail] = await smtp.waitFor(1);
    const raw = mail?.raw ?? '';
    const [head = '', ...rest] = raw.split('\r\n\r\n');
    expect(head).not.toMatch(/^Bcc:/im);
    expect(head).not.toContain('eve@example.com');
    expect(head).toMatch(/^Subject: New consultation request$/m);
    expect(rest.join('\r\n\r\n')).not.toMatch(/^Bcc:/m);
    const [stored] = await store.listRequests();
    expect(stored).toBeDefined();
    if (!stored) return;
    const email = staffEmail(
      { ...stored, name: 'Rosa\r\nBcc: x \u202Eevil', message: 'a\u2066b\nc' },
      { siteUrl: 'https://practice.test', includeDetails: true },
    );
    expect(email.text).toContain('Name: Rosa\uFFFDBcc: x \uFFFDevil\n');
    expect(email.text).toContain('Message: a\uFFFDb\n  c\n');
  });

  it('keeps retrying with backoff while the mail server is down, then delivers exactly once', async () => {
    smtp = await createTestSmtp({ started: false });
    await store.insertRequest(request, { spam: false, outbox: true });
    expect(await startWorker().runOnce()).toEqual({ sent: 0, failed: 1 });
    // Retries wait 50 to 100 ms, then twice as long each time up to 400 ms: a second sees several more.
    await clock.advance(1_000);
    expect(failedAttempts()).toBeGreaterThanOrEqual(4);
    expect(failedAttempts()).toBeLessThanOrEqual(12);
    expect(smtp.messages).toHaveLength(0);
    expect((await store.outboxCounts()).pending).toBe(1);
    await smtp.start();
    // The longest wait is 400 ms plus one poll.
    await clock.advance(500);
    expect(smtp.messages).toHaveLength(1);
    await clock.advance(60_000);
    expect(smtp.messages).toHaveLength(1);
    expect(await store.outboxCounts()).toEqual({ pending: 0, sent: 1 });
  });

  it('never emails about spam', async () => {
    smtp = await createTestSmtp();
    await store.insertRequest(request, { spam: true, outbox: true });
    await startWorker().runOnce();
    expect(smtp.messages).toHaveLength(0);
  });

  it('drops the notification of a request deleted before it was sent', async () => {
    smtp = await createTestSmtp({ started: false });
    const stored = await store.insertRequest(request, { spam: false, outbox: true });
    if (stored.stored) await store.deleteRequest(stored.id);
    await smtp.start();
    await startWorker().runOnce();
    expect(smtp.messages).toHaveLength(0);
  });
});

describe('retry timing', () => {
  it('doubles each time, jittered, up to the cap', () => {
    for (let attempt = 1; attempt < 20; attempt += 1) {
      const wait = backoffMs(attempt, 1000, 60_000);
      const full = Math.min(60_000, 1000 * 2 ** (attempt - 1));
      expect(wait).toBeGreaterThanOrEqual(full / 2);
      expect(wait).toBeLessThanOrEqual(full);
    }
  });
});
