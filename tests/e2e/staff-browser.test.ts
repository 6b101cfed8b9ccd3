import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { TEST_TOKEN_SECRET, validFields } from '../support/contact.ts';
import { totpCode } from '../support/totp.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { linkFrom, staffTool } from './staff-helpers.ts';

const EMAIL = 'counselor.admin@example.com';
const PASSWORD = 'harbor quilt evening lamp';

let server: TestServer;
let browser: Browser;
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-staff-browser-'));
  env = { DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}` };
  [server, browser] = await Promise.all([
    startServer({ DATABASE_URL: env['DATABASE_URL'], CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET }),
    launchBrowser(),
  ]);
  env['SITE_URL'] = server.url;
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('a staff member in Chromium', () => {
  let context: BrowserContext | undefined;

  afterAll(async () => {
    await context?.close();
  });

  it('sets a password, signs in, reads, handles, exports and deletes a request, and signs out', async () => {
    // Someone asks for a consultation from an article, naming a counselor.
    const contactPage = await (await fetch(`${server.url}/contact/`)).text();
    const counselor = /<option value="([a-z0-9-]+)"[^>]*>\s*([^<,]+?)[,<\s]/.exec(contactPage);
    const listing = await (await fetch(`${server.url}/articles/`)).text();
    const article = /href="\/articles\/([a-z0-9-]+)\/"/.exec(listing)?.[1] ?? '';
    const articlePage = await (await fetch(`${server.url}/articles/${article}/`)).text();
    const articleTitle = /<h1[^>]*>\s*([^<]+?)\s*<\/h1>/.exec(articlePage)?.[1] ?? '';
    expect(counselor && article && articleTitle).toBeTruthy();
    const sent = await fetch(`${server.url}/api/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        validFields({
          name: 'Grace Reader',
          email: 'grace@example.com',
          preferredContact: 'email',
          counselor: counselor?.[1],
          from: article,
          message: 'Weekday mornings suit me.',
        }),
      ),
    });
    expect(sent.status).toBe(201);

    const added = await staffTool(['add', EMAIL], env);
    expect(added.code).toBe(0);
    const link = linkFrom(added.stdout);

    context = await browser.newContext({ acceptDownloads: true });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const problems = recordProblems(page);

    // The set-password link.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Set your password');
    await expectAccessible(page);
    await page.getByLabel('New password').fill('password12345');
    await page.getByLabel('The same password again').fill('password12345');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.locator('#password-error').textContent()).resolves.toContain('too common');
    await expectAccessible(page);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();

    // Signing in.
    await page.waitForURL(/\/staff\/sign-in\/\?password-set=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your password is set');
    await expectAccessible(page);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('do not match an account');
    await expectAccessible(page);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The inbox.
    await page.waitForURL(`${server.url}/staff/`);
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.path, c.httpOnly, c.sameSite])).toEqual([
      ['staff-session', '/staff/', true, 'Strict'],
    ]);
    await expect(page.getByRole('link', { name: 'Inbox (1)' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    const item = page.getByRole('listitem').filter({ hasText: 'Grace Reader' });
    await expect(item.textContent()).resolves.toContain(counselor?.[2] ?? '');
    await expect(item.getByRole('link', { name: articleTitle }).getAttribute('href')).resolves.toBe(
      `/articles/${article}/`,
    );
    await expect(item.textContent()).resolves.toContain('Not handled');
    await expectAccessible(page);

    // The request in full.
    await item.getByRole('link', { name: 'Read request from Grace Reader' }).click();
    await page.waitForURL(/\/staff\/requests\/[0-9a-f-]+\/$/);
    await expect(page.locator('dl').textContent()).resolves.toContain('Weekday mornings suit me.');
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Mark handled\s*: request from Grace Reader$/ }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Marked handled.');
    await expect(page.getByRole('button', { name: /^Mark not handled/ }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: '← Back to the inbox' }).click();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Grace Reader' }).textContent(),
    ).resolves.toContain('Handled');

    // Export.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export inbox as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^requests-inbox-\d{4}-\d{2}-\d{2}\.csv$/);
    // Read through Playwright, wherever the browser runs and keeps its downloads (tests/support/browser.ts).
    const csv = await text(await download.createReadStream());
    expect(csv).toContain('Grace Reader,grace@example.com');
    expect(csv.trim().split('\r\n')).toHaveLength(2);

    // Delete, after a confirmation step.
    await page.getByRole('link', { name: /^Delete…\s*request from Grace Reader$/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Delete the request from Grace Reader?',
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForURL(`${server.url}/staff/?done=deleted`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('The request was deleted.');
    await expect(page.getByText('No requests yet.').count()).resolves.toBe(1);
    await expectAccessible(page);

    // The spam tab.
    await page.getByRole('link', { name: 'Spam (0)' }).click();
    await expect(page.getByText('No requests were caught as spam.').count()).resolves.toBe(1);
    await expectAccessible(page);

    // Sign out.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/staff\/sign-in\/\?signed-out=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('You have signed out.');
    expect((await context.cookies()).filter((c) => c.name === 'staff-session')).toEqual([]);
    await page.goto(`${server.url}/staff/`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/');

    expect(foreignRequests(requests, server.url)).toEqual([]);
    // The refused password (400) and sign-in (403) are answers the flow asks for; nothing else may go wrong.
    expect(problems.filter((p) => !/status of (400|403) /.test(p))).toEqual([]);

    const audit = JSON.parse((await staffTool(['audit', '--json'], env)).stdout) as { action: string }[];
    expect(audit.map((e) => e.action).reverse()).toEqual([
      // The retention purge the server runs at start.
      'purge',
      'account-added',
      'password-set',
      'sign-in-failed',
      'sign-in',
      // The inbox list, opened after signing in.
      'list',
      'view',
      'mark-handled',
      // The request's page again, after the action.
      'view',
      'list',
      'export',
      'delete',
      // The list after the deletion, then its Spam tab.
      'list',
      'list',
      'sign-out',
    ]);
  });

  it('turns on two-factor sign-in from a QR code and signs in with a code, every page accessible', async () => {
    const email = 'two.factor.browser@example.com';
    const added = await staffTool(['add', email], env);
    const fresh = await browser.newContext();
    const requests = recordRequests(fresh);
    const page = await fresh.newPage();
    const problems = recordProblems(page);
    await page.goto(linkFrom(added.stdout));
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.waitForURL(/\/staff\/sign-in\//);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/staff/`);

    // Set-up: a QR code drawn by the server, the key as text, a first code, then recovery codes.
    await page.getByRole('link', { name: 'Two-factor sign-in' }).click();
    await page.waitForURL(`${server.url}/staff/two-factor/`);
    await expect(page.getByRole('img', { name: /QR code/ }).count()).resolves.toBe(1);
    await expectAccessible(page);
    const secret = ((await page.locator('#totp-key').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(page.locator('#code-error').textContent()).resolves.toContain('not right');
    await expectAccessible(page);
    await page.getByLabel('Code from the app').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(
      page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count(),
    ).resolves.toBe(10);
    await expectAccessible(page);

    // Signing in again asks for a code after the password.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/signed-out=1/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/staff/sign-in-code/`);
    await expectAccessible(page);
    await page.getByLabel('Code').fill('999999');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not right');
    await expectAccessible(page);
    await page.getByLabel('Code').fill(totpCode(secret, new Date(), 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/staff/`);

    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(problems.filter((p) => !/status of (400|403) /.test(p))).toEqual([]);
    await fresh.close();
  });

  it('keeps staff cookies away from the public pages', async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await page.goto(`${server.url}/staff/sign-in/`);
    expect((await fresh.cookies()).map((c) => c.path)).toEqual(['/staff/']);
    const publicRequests: Promise<string | null>[] = [];
    fresh.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/staff/')) {
        publicRequests.push(
          request.headerValue('cookie').then(
            (value) => (value ? request.url() : null),
            () => null,
          ),
        );
      }
    });
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/contact/`);
    const sentToPublic = (await Promise.all(publicRequests)).filter((url) => url !== null);
    expect(publicRequests.length).toBeGreaterThan(0);
    expect(sentToPublic).toEqual([]);
    await fresh.close();
  });
});
