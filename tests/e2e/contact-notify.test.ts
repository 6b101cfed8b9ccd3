import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET, freshAddress, rawPost, validFields } from '../support/contact.ts';
import { startServer } from '../support/server.ts';
import { createTestSmtp, type TestSmtp } from '../support/smtp.ts';

let smtp: TestSmtp | undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-notify-e2e-'));

afterAll(async () => {
  await smtp?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('staff are emailed about new requests by the running server', () => {
  it('queues while the mail server is down, survives a crash, delivers each once and never resends', async () => {
    smtp = await createTestSmtp({ started: false });
    const env = {
      DATABASE_URL: `file:${path.join(dir, 'requests.db')}`,
      TRUST_PROXY: '1',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
      SMTP_URL: smtp.url,
      NOTIFY_TO: 'staff@practice.test',
      NOTIFY_FROM: 'website@practice.test',
      SITE_URL: 'https://practice.test',
    };
    let server = await startServer(env);
    const ids: string[] = [];
    for (const name of ['First Person', 'Second Person']) {
      const answer = await rawPost(`${server.url}/api/contact`, JSON.stringify(validFields({ name })), {
        'content-type': 'application/json',
        'x-forwarded-for': freshAddress(),
      });
      expect(answer.status).toBe(201);
      ids.push((JSON.parse(answer.body) as { id: string }).id);
    }
    // The mail server is down: the worker tries each, fails and keeps the rows.
    await server.waitForOutput(/notification \d+ not sent/, 2);
    expect(smtp.messages).toHaveLength(0);
    await server.stop('SIGKILL');

    await smtp.start();
    server = await startServer(env);
    const mails = await smtp.waitFor(2, 30_000);
    for (const id of ids) expect(mails.filter((m) => m.raw.includes(id))).toHaveLength(1);
    for (const mail of mails) {
      expect(mail.to).toEqual(['staff@practice.test']);
      expect(mail.raw).toContain('https://practice.test/staff/');
      expect(mail.raw).not.toContain('Person');
      expect(mail.raw).not.toContain('ada@example.com');
    }
    await server.stop();

    // Delivered rows are never sent again, across a restart: the worker's first pass finds nothing to send.
    server = await startServer(env);
    await server.waitForOutput(/outbox checked at start: 0 sent, 0 waiting for a retry/);
    await server.stop();
    expect(smtp.messages).toHaveLength(2);
    // The log says what happened without anything a person wrote.
    expect(server.output()).not.toContain('ada@example.com');
  });
});
