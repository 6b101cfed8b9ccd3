import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { TEST_TOKEN_SECRET, validFields } from '../support/contact.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { linkFrom, staffTool } from './staff-helpers.ts';

// What staff see around and inside the inbox: a plain frame of their own (no public crisis bar, navigation or
// footer), times in the practice's time zone (the bundled settings say America/Chicago), and each message's
// first line in the list.
const EMAIL = 'front.desk@example.com';
const PASSWORD = 'lantern meadow copper tide';
const PRACTICE_ZONE = 'America/Chicago';

let server: TestServer;
let browser: Browser;
let dataDir: string;
let context: BrowserContext;
let page: Page;

/** Sends a consultation request through the public API; resolves when it is stored. */
async function request(fields: Record<string, string>): Promise<void> {
  const response = await fetch(`${server.url}/api/contact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validFields(fields)),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-staff-face-'));
  const databaseUrl = `file:${path.join(dataDir, 'requests.db')}`;
  [server, browser] = await Promise.all([
    startServer({ DATABASE_URL: databaseUrl, CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET }),
    launchBrowser(),
  ]);
  await request({
    name: 'Robin Ashe',
    email: 'robin@example.com',
    preferredContact: 'email',
    message: '\n  Evenings after six work best for me.\nI would rather not be called at work.',
  });
  await request({ name: 'Sam Quill', email: 'sam@example.com', preferredContact: 'email', message: '' });
  const added = await staffTool(['add', EMAIL], { DATABASE_URL: databaseUrl, SITE_URL: server.url });
  expect(added.code).toBe(0);
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(linkFrom(added.stdout));
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.waitForURL(/\/staff\/sign-in\//);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/staff/`);
}, 180_000);

afterAll(async () => {
  await context.close();
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The public site's frame, which staff pages must not carry. */
async function publicChrome(p: Page) {
  return {
    crisis: await p.locator('aside[aria-label="Crisis help"]').count(),
    nav: await p.locator('nav[aria-label="Main"]').count(),
    siteHeader: await p.locator('header[data-site-header]').count(),
    footer: await p.locator('footer').count(),
  };
}

describe('staff pages in Chromium', () => {
  it('sign-in, inbox and a request have their own plain frame, without the public crisis bar or navigation', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/staff/sign-in/`);
    expect(await publicChrome(fresh)).toEqual({ crisis: 0, nav: 0, siteHeader: 0, footer: 0 });
    await expect(fresh.locator('header[data-staff-header]').textContent()).resolves.toContain('Staff inbox');
    expect(await axeViolations(fresh)).toEqual([]);
    await fresh.close();

    await page.goto(`${server.url}/staff/`);
    expect(await publicChrome(page)).toEqual({ crisis: 0, nav: 0, siteHeader: 0, footer: 0 });
    await expect(page.locator('header[data-staff-header]').textContent()).resolves.toContain(EMAIL);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Read request from Robin Ashe' }).click();
    await page.waitForURL(/\/staff\/requests\/[0-9a-f-]+\/$/);
    expect(await publicChrome(page)).toEqual({ crisis: 0, nav: 0, siteHeader: 0, footer: 0 });
  });

  it('shows when each request came in on the practice’s clock, with the zone named', async () => {
    await page.goto(`${server.url}/staff/`);
    const times = page.locator('li time');
    await expect(times.count()).resolves.toBe(2);
    for (const time of await times.all()) {
      const iso = (await time.getAttribute('datetime')) ?? '';
      const shown = (await time.textContent()) ?? '';
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
          timeZone: PRACTICE_ZONE,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZoneName: 'short',
        })
          .formatToParts(new Date(iso))
          .map((p) => [p.type, p.value]),
      );
      expect(shown).toBe(
        `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} ${parts['timeZoneName']}`,
      );
      expect(shown).toMatch(/ C[SD]T$/);
    }
  });

  it('lists the first line of each message, and nothing for a request without one', async () => {
    await page.goto(`${server.url}/staff/`);
    const robin = page.getByRole('listitem').filter({ hasText: 'Robin Ashe' });
    await expect(robin.locator('[data-first-line]').textContent()).resolves.toContain(
      'Evenings after six work best for me.',
    );
    await expect(robin.textContent()).resolves.not.toContain('rather not be called');
    const sam = page.getByRole('listitem').filter({ hasText: 'Sam Quill' });
    await expect(sam.locator('[data-first-line]').count()).resolves.toBe(0);
  });
});
