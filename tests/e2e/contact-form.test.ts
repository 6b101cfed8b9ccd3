import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { openDatabase } from '../../src/server/store/database.ts';
import type { Store } from '../../src/server/store/store.ts';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { TEST_TOKEN_SECRET, validFields } from '../support/contact.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let store: Store;
let counselor: { slug: string; name: string };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-contact-form-'));

beforeAll(async () => {
  const databaseUrl = `file:${path.join(dir, 'requests.db')}`;
  [server, browser] = await Promise.all([
    startServer({
      DATABASE_URL: databaseUrl,
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
      CONTACT_MIN_FILL_SECONDS: '1',
    }),
    launchBrowser(),
  ]);
  store = await openDatabase(databaseUrl);
  const html = await (await fetch(`${server.url}/contact/`)).text();
  const match = /<option value="([a-z0-9-]+)"[^>]*>([^<,]+)/.exec(html);
  counselor = { slug: match?.[1] ?? '', name: match?.[2] ?? '' };
});

afterAll(async () => {
  await store.close();
  await browser.close();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(javaScriptEnabled: boolean): Promise<{
  context: BrowserContext;
  page: Page;
  requests: ReturnType<typeof recordRequests>;
  problems: string[];
}> {
  const context = await browser.newContext({ javaScriptEnabled });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame())
      servedAt.set(page, Date.now());
  });
  return { context, page, requests, problems };
}

/** When each page's current document (and the form token in it, issued before) arrived. */
const servedAt = new WeakMap<Page, number>();

/**
 * Waits out the form's minimum fill time (CONTACT_MIN_FILL_SECONDS=1 above), so a real person's submission is not
 * flagged as spam: one second from when the page's document (and the form token issued with it) arrived, of which
 * the test's own typing has usually taken part already.
 */
async function fillTime(page: Page): Promise<void> {
  const wait = (servedAt.get(page) ?? Date.now()) + 1_000 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

describe('the contact page', () => {
  it('says it is not for emergencies, shows the crisis links, asks for no health details and links the privacy notice', async () => {
    const { context, page, requests, problems } = await open(true);
    const response = await page.goto(`${server.url}/contact/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('no-store');
    const emergency = page.locator('section[aria-labelledby="emergency-heading"]');
    await expect(emergency.textContent()).resolves.toContain('This form is not for emergencies');
    expect(await emergency.locator('a[href="tel:988"]').count()).toBe(1);
    await expect(page.locator('#message-hint').textContent()).resolves.toContain(
      'do not include health details',
    );
    expect(await page.locator('label:has(#consent) a[href="/privacy/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('issues a fresh time token on every visit and hides the honeypot from people and keyboards', async () => {
    const { context, page } = await open(true);
    await page.goto(`${server.url}/contact/`);
    const first = await page.locator('input[name="t"]').getAttribute('value');
    await page.reload();
    expect(await page.locator('input[name="t"]').getAttribute('value')).not.toBe(first);
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('type')).toBe('text');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    const box = await honeypot.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the inline validation script', () => {
  it('stays within its budget of 10 KB gzipped (the shared schema included)', async () => {
    const html = await (await fetch(`${server.url}/contact/`)).text();
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
    let bytes = 0;
    for (const src of scripts) {
      const code = Buffer.from(await (await fetch(`${server.url}${src}`)).arrayBuffer());
      bytes += zlib.gzipSync(code, { level: 9 }).length;
    }
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });
});

describe('with JavaScript off', () => {
  it('sends the form with this site as Origin, lands on the thanks page, and stores the preselected counselor and the article', async () => {
    expect(counselor.slug).not.toBe('');
    const { context, page, requests } = await open(false);
    await page.goto(`${server.url}/contact/?counselor=${counselor.slug}&from=what-to-expect`);
    expect(await page.locator('#counselor').inputValue()).toBe(counselor.slug);
    await page.fill('#name', 'Jordan Keyboard');
    await page.fill('#phone', '555 010 2233');
    await page.check('#preferredContact-text');
    await page.check('#consent');
    await fillTime(page);
    const posted = page.waitForRequest((request) => request.method() === 'POST');
    await Promise.all([
      page.waitForURL('**/contact/thanks/'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    // This site as Origin, not the `null` of a no-referrer page: a browser without Sec-Fetch-Site (Safari before
    // 16.4) is not refused as another site.
    expect((await (await posted).allHeaders())['origin']).toBe(new URL(server.url).origin);
    await expect(page.locator('h1').textContent()).resolves.toContain('we have your request');
    await expect(page.locator('main').textContent()).resolves.toContain('two business days');
    expect(await page.locator('main a[href="tel:988"]').count()).toBe(1);
    const [stored] = await store.listRequests();
    expect(stored).toMatchObject({
      name: 'Jordan Keyboard',
      phone: '555 010 2233',
      preferredContact: 'text',
      counselor: counselor.slug,
      from: 'what-to-expect',
      spam: false,
    });
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('shows the form again with a summary, field messages and what was typed', async () => {
    const { context, page } = await open(false);
    await page.goto(`${server.url}/contact/`);
    await page.fill('#email', 'jordan@');
    await page.fill('#message', 'Weekday evenings suit me.');
    const [response] = await Promise.all([
      page.waitForResponse('**/api/contact'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState();
    const summary = page.locator('#error-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    expect(await summary.locator('a[href="#name"]').count()).toBe(1);
    expect(await summary.locator('a[href="#consent"]').count()).toBe(1);
    expect(await page.locator('#email').inputValue()).toBe('jordan@');
    expect(await page.locator('#message').inputValue()).toBe('Weekday evenings suit me.');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email').getAttribute('aria-describedby')).toContain('email-error');
    await expect(page.locator('#email-error').textContent()).resolves.toContain('email address');
    await context.close();
  });

  it('has no axe violations in that error state', async () => {
    // axe needs scripts, so the same server-rendered error page is reached with JavaScript on, by submitting
    // the form without its submit event (form.submit() skips the inline validation).
    const { context, page, problems } = await open(true);
    await page.goto(`${server.url}/contact/`);
    await page.fill('#email', 'jordan@');
    const [response] = await Promise.all([
      page.waitForResponse('**/api/contact'),
      page.locator('form[data-contact-form]').evaluate((form: HTMLFormElement) => {
        form.submit();
      }),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForURL('**/api/contact');
    await page.locator('#error-summary').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    // Chromium logs the 400 itself; anything else (a CSP violation, a script error) is a problem.
    expect(problems.filter((problem) => !problem.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});

describe('with JavaScript on', () => {
  it('validates inline with the server schema before anything is sent, then sends once it is right', async () => {
    const { context, page, requests, problems } = await open(true);
    await page.goto(`${server.url}/contact/`);
    await page.fill('#email', 'not-an-email');
    await page.locator('#email').blur();
    await expect(page.locator('#email-error').textContent()).resolves.toContain('email address');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');

    await page.click('form[data-contact-form] button[type="submit"]');
    expect(requests.filter((r) => r.method() === 'POST')).toEqual([]);
    const summary = page.locator('#error-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await expect(page.locator('#name-error').isVisible()).resolves.toBe(true);
    await expect(page.locator('#consent-error').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#name', 'Sam Inline');
    await page.fill('#email', 'sam@example.com');
    await page.locator('#email').blur();
    await expect(page.locator('#email-error').isHidden()).resolves.toBe(true);
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBeNull();
    await page.check('#consent');
    await fillTime(page);
    await Promise.all([
      page.waitForURL('**/contact/thanks/'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(1);
    const [stored] = await store.listRequests();
    expect(stored).toMatchObject({ name: 'Sam Inline', email: 'sam@example.com', spam: false });
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('keeps targets at least 24 px and every field labelled', async () => {
    const { context, page } = await open(true);
    await page.goto(`${server.url}/contact/`);
    for (const selector of [
      '#name',
      '#email',
      '#phone',
      '#message',
      '#counselor',
      'form[data-contact-form] button[type="submit"]',
    ]) {
      const box = await page.locator(selector).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
    for (const selector of ['#preferredContact-email', '#consent', '#okToLeaveMessage']) {
      const box = await page.locator(`label:has(${selector})`).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });
});

describe('the Spanish form (/es/contact/)', () => {
  const m = es.contact;

  it('with JavaScript off: shows its errors in Spanish, keeps what was typed, then sends to the Spanish thanks page', async () => {
    const { context, page, requests } = await open(false);
    const first = await page.goto(`${server.url}/es/contact/`);
    expect(first?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toBe(m.page.heading);
    await expect(page.locator('#message-hint').textContent()).resolves.toContain(
      'no incluyas datos de salud',
    );
    expect(await page.locator('label:has(#consent) a[href="/es/privacy/"]').count()).toBe(1);

    await page.fill('#name', 'Inés Teclado');
    await page.fill('#email', 'ines@');
    const [response] = await Promise.all([
      page.waitForResponse('**/api/contact?language=es'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.locator('#error-summary h2').textContent()).resolves.toContain(
      m.form.checkMany.replace('{count}', '2'),
    );
    await expect(page.locator('#email-error').textContent()).resolves.toContain(m.errors.emailInvalid);
    await expect(page.locator('#consent-error').textContent()).resolves.toContain(m.errors.consentRequired);
    expect(await page.locator('#name').inputValue()).toBe('Inés Teclado');

    await page.fill('#email', 'ines@example.com');
    await page.check('#consent');
    await fillTime(page);
    await Promise.all([
      page.waitForURL('**/es/contact/thanks/'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toBe(m.thanks.heading);
    await expect(page.locator('main').textContent()).resolves.toContain(m.thanks.replyWithin);
    const [stored] = await store.listRequests();
    expect(stored).toMatchObject({
      name: 'Inés Teclado',
      email: 'ines@example.com',
      language: 'es',
      spam: false,
    });
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('with JavaScript on: validates inline in Spanish, axe clean, then sends once to the Spanish thanks page', async () => {
    const { context, page, requests, problems } = await open(true);
    await page.goto(`${server.url}/es/contact/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#phone', '12');
    await page.locator('#phone').blur();
    await expect(page.locator('#phone-error').textContent()).resolves.toBe(m.errors.phoneInvalid);

    await page.click('form[data-contact-form] button[type="submit"]');
    expect(requests.filter((r) => r.method() === 'POST')).toEqual([]);
    const summary = page.locator('#error-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(summary.locator('h2').textContent()).resolves.toBe(m.form.checkMany.replace('{count}', '3'));
    await expect(summary.locator('a[href="#name"]').textContent()).resolves.toBe(
      `${m.form.labels.name}: ${m.errors.nameRequired}`,
    );
    await expect(summary.locator('a[href="#consent"]').textContent()).resolves.toBe(
      `${m.form.labels.consent}: ${m.errors.consentRequired}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#name', 'Sara En Línea');
    await page.fill('#phone', '555 010 9988');
    await page.check('#preferredContact-phone');
    await page.check('#consent');
    await fillTime(page);
    await Promise.all([
      page.waitForURL('**/es/contact/thanks/'),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    const [stored] = await store.listRequests();
    expect(stored).toMatchObject({ name: 'Sara En Línea', phone: '555 010 9988', language: 'es' });
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe violations when the server shows its errors again', async () => {
    const { context, page, problems } = await open(true);
    await page.goto(`${server.url}/es/contact/`);
    await page.fill('#email', 'ines@');
    const [response] = await Promise.all([
      page.waitForResponse('**/api/contact?language=es'),
      page.locator('form[data-contact-form]').evaluate((form: HTMLFormElement) => {
        form.submit();
      }),
    ]);
    expect(response.status()).toBe(400);
    await page.locator('#error-summary').waitFor({ state: 'visible' });
    await expect(page.locator('#name-error').textContent()).resolves.toContain(m.errors.nameRequired);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});

describe('the layout of the reply fieldset', () => {
  for (const width of [1280, 390]) {
    it(`draws the legend "How can we reply?" clear of its hint at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/contact/`);
      const legend = await page.getByText('How can we reply?').boundingBox();
      const hint = await page.locator('#reply-hint').boundingBox();
      expect(legend).not.toBeNull();
      expect(hint).not.toBeNull();
      expect((legend?.y ?? 0) + (legend?.height ?? 0)).toBeLessThanOrEqual(hint?.y ?? 0);
      await context.close();
    });
  }
});

describe('clicks right after fixing a field', () => {
  it('fixing a phone number and clicking "Email", then fixing the email and clicking Send: both take effect', async () => {
    const { context, page, requests } = await open(true);
    await page.goto(`${server.url}/contact/`);
    await page.fill('#name', 'Robin Quick');
    await page.check('#consent');
    // Two mistakes, each shown as the person leaves the field.
    await page.fill('#phone', '12');
    await page.locator('#phone').blur();
    await page.fill('#email', 'robin@');
    await page.locator('#email').blur();
    await expect(page.locator('#phone-error').isVisible()).resolves.toBe(true);
    await expect(page.locator('#email-error').isVisible()).resolves.toBe(true);

    // Fix the phone number and go straight for the radio button below it, in one motion.
    await page.fill('#phone', '555 010 4477');
    await page.click('label:has(#preferredContact-email)');
    await expect(page.locator('#preferredContact-email').isChecked()).resolves.toBe(true);

    // Fix the email and go straight for the submit button.
    await page.fill('#email', 'robin@example.com');
    await fillTime(page);
    await Promise.all([
      page.waitForURL('**/contact/thanks/', { timeout: 10_000 }),
      page.click('form[data-contact-form] button[type="submit"]'),
    ]);
    expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(1);
    const stored = (await store.listRequests()).find((request) => request.name === 'Robin Quick');
    expect(stored).toMatchObject({
      phone: '555 010 4477',
      email: 'robin@example.com',
      preferredContact: 'email',
    });
    await context.close();
  });
});

describe('a submission refused for too many requests (429)', () => {
  let limited: TestServer;
  const values = {
    name: 'Casey Patient',
    email: 'casey@example.com',
    phone: '555 010 9911',
    message: 'Tuesday mornings are best.',
  };

  beforeAll(async () => {
    limited = await startServer({
      DATABASE_URL: `file:${path.join(dir, 'limited.db')}`,
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_RATE_LIMIT: '1/600',
    });
    // The one accepted request this connection may send in the window.
    const first = await fetch(`${limited.url}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validFields()),
    });
    expect(first.status).toBe(201);
  });

  afterAll(async () => {
    await limited.stop();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`keeps every value typed, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const { context, page } = await open(javaScriptEnabled);
      await page.goto(`${limited.url}/contact/?counselor=${counselor.slug}&from=what-to-expect`);
      await page.fill('#name', values.name);
      await page.fill('#email', values.email);
      await page.fill('#phone', values.phone);
      await page.check('#preferredContact-text');
      await page.check('#okToLeaveMessage');
      await page.fill('#message', values.message);
      await page.check('#consent');
      const [response] = await Promise.all([
        page.waitForResponse('**/api/contact'),
        page.click('form[data-contact-form] button[type="submit"]'),
      ]);
      expect(response.status()).toBe(429);
      await page.waitForLoadState();
      await expect(page.locator('#error-summary').textContent()).resolves.toContain('several requests');
      for (const [field, value] of Object.entries(values))
        expect(await page.locator(`#${field}`).inputValue(), field).toBe(value);
      expect(await page.locator('#preferredContact-text').isChecked()).toBe(true);
      expect(await page.locator('#okToLeaveMessage').isChecked()).toBe(true);
      expect(await page.locator('#consent').isChecked()).toBe(true);
      expect(await page.locator('#counselor').inputValue()).toBe(counselor.slug);
      expect(await page.locator('input[name="from"]').inputValue()).toBe('what-to-expect');
      await context.close();
    });
  }
});
