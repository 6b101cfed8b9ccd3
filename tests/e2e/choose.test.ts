import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChooseCounselor } from '../../src/lib/counselors/choose-data.ts';
import { chooseReasons, type ChoosePhrases } from '../../src/lib/counselors/choose-reasons.ts';
import { rankCounselors, type ChooseAnswers } from '../../src/lib/counselors/rank.ts';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordRequests, settled } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// "Help me choose" (/counselors/choose/) in real Chromium against the build of the bundled demo content: the
// order and reasons shown are what the ranking function (unit-tested in tests/unit/counselors/rank.test.ts)
// gives for the page's own data, with JavaScript on and off alike, and nothing leaves the browser while choosing.

const PAGE = '/counselors/choose/';
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
  await server.stop();
});

async function open(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(server.url + PAGE);
  expect(response?.status()).toBe(200);
  return { page, context };
}

/** The data the page carries for its island. */
async function pageData(page: Page): Promise<{ counselors: ChooseCounselor[]; phrases: ChoosePhrases }> {
  const text = await page.locator('[data-choose]').textContent();
  return JSON.parse(text ?? '{}') as { counselors: ChooseCounselor[]; phrases: ChoosePhrases };
}

/** The results as a reader sees them: each counselor's slug and reasons line, in order (locators only, which
 * also read a page with JavaScript off). */
async function shown(page: Page): Promise<{ slug: string; reasons: string }[]> {
  const items = page.locator('[data-list] > li');
  const result: { slug: string; reasons: string }[] = [];
  for (const item of await items.all()) {
    const reasons = item.locator('[data-reasons]');
    result.push({
      slug: (await item.getAttribute('data-slug')) ?? '',
      reasons: (await reasons.isVisible()) ? (await reasons.innerText()).trim() : '',
    });
  }
  return result;
}

async function answer(page: Page, answers: ChooseAnswers): Promise<void> {
  for (const [question, values] of Object.entries(answers))
    for (const value of values) await page.locator(`input[name="${question}"][value="${value}"]`).check();
}

// A reader who worries about anxiety, wants telehealth, pays with Aetna or on a sliding scale, and has evenings.
const ANSWERS: ChooseAnswers = {
  concern: ['anxiety'],
  format: ['telehealth'],
  insurance: ['aetna', 'sliding-scale'],
  availability: ['weekday-evening'],
};

function expected(data: { counselors: ChooseCounselor[]; phrases: ChoosePhrases }, answers: ChooseAnswers) {
  return rankCounselors(data.counselors, answers).map((ranked) => ({
    slug: ranked.counselor.slug,
    reasons: chooseReasons(ranked, data.phrases).join(' · '),
  }));
}

describe('choosing with JavaScript on', () => {
  it('ranks as the ranking function does, with the reasons in plain words, and announces it', async () => {
    const { page } = await open();
    const data = await pageData(page);
    expect(data.counselors.length).toBeGreaterThan(1);
    await answer(page, ANSWERS);
    const want = expected(data, ANSWERS);
    expect(await shown(page)).toEqual(want);
    expect(want[0]?.reasons).toMatch(/^Works with anxiety/);
    const status = page.locator('[data-status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toContain(
      data.counselors.find((c) => c.slug === want[0]?.slug)?.name,
    );
  });

  it('offers a consultation link that carries only the counselor', async () => {
    const { page } = await open();
    await answer(page, ANSWERS);
    const hrefs = await page
      .locator('[data-list] a[href^="/contact/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/contact\/\?counselor=[a-z0-9-]+$/);
  });

  it('sends nothing, changes no address and stores nothing while choosing; "Share" puts the answers in the address', async () => {
    const { page, context } = await open();
    await settled(page);
    const requests = recordRequests(context);
    await answer(page, ANSWERS);
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    await answer(page, ANSWERS);
    await settled(page);
    const sent = requests.map((request) => request.url()).filter((url) => !url.endsWith('/favicon.svg'));
    expect(sent).toEqual([]);
    expect(page.url()).toBe(server.url + PAGE);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('button', { name: 'Share these results' }).click();
    const shared = new URL(page.url());
    expect(shared.pathname).toBe(PAGE);
    expect(shared.searchParams.getAll('insurance')).toEqual(['aetna', 'sliding-scale']);
    const order = await shown(page);
    const other = await browser.newContext();
    contexts.push(other);
    const again = await other.newPage();
    await again.goto(shared.href);
    await again.waitForFunction(() => !document.querySelector('[data-results]')?.hasAttribute('hidden'));
    expect(await shown(again)).toEqual(order);
  });

  it('remembers the answers on this device only while "Remember" is ticked', async () => {
    const { page } = await open();
    await answer(page, { language: ['es'] });
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.getByLabel('Remember on this device').check();
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(1);
    await page.reload();
    await expect(page.locator('input[name="language"][value="es"]').isChecked()).resolves.toBe(true);
    await page.getByLabel('Remember on this device').uncheck();
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
  });

  it('loads nothing from another origin', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(server.url + PAGE);
    await settled(page);
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });

  it('works from the keyboard alone and moves to the results, and axe finds nothing', async () => {
    const { page } = await open();
    await page.waitForFunction(() => !document.querySelector('[data-share]')?.hasAttribute('hidden'));
    await page.locator('input[name="concern"]').first().focus();
    await page.keyboard.press('Space');
    await expect(page.locator('input[name="concern"]').first().isChecked()).resolves.toBe(true);
    // Tab through the rest of the form to the submit button, then press it.
    for (let i = 0; i < 60; i++) {
      const label = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
      if (label === 'Show my matches') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('choose-results');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('choosing with JavaScript off', () => {
  it('posts the form once and gets the same ranking and reasons back, stored nowhere', async () => {
    const on = await open();
    await answer(on.page, ANSWERS);
    const withScript = await shown(on.page);

    const { page } = await open({ javaScriptEnabled: false });
    await answer(page, ANSWERS);
    const posted = page.waitForRequest((request) => request.method() === 'POST');
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await page.waitForURL('**/counselors/choose/results/', { timeout: 30_000 });
    // This site as Origin, not the `null` of a no-referrer page: a browser without Sec-Fetch-Site (Safari before
    // 16.4) is not refused as another site.
    expect((await (await posted).allHeaders())['origin']).toBe(new URL(server.url).origin);
    await expect(page.locator('[data-results]').isVisible()).resolves.toBe(true);
    expect(await shown(page)).toEqual(withScript);
    // The server logs the request's path, never the answers.
    expect(server.output()).not.toMatch(/sliding-scale|weekday-evening/);
  });

  it('refuses a post from another site, and sends a GET back to the questions', async () => {
    const refused = await fetch(`${server.url}/counselors/choose/results/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
      body: 'concern=anxiety',
    });
    expect(refused.status).toBe(403);
    const get = await fetch(`${server.url}/counselors/choose/results/?concern=anxiety`, {
      redirect: 'manual',
    });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe('/counselors/choose/?concern=anxiety');
    const posted = await fetch(`${server.url}/counselors/choose/results/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: 'concern=anxiety&language=es&made=up',
    });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('referrer-policy')).toBe('same-origin');
    expect(posted.headers.get('set-cookie')).toBeNull();
    const withoutFetchSite = await fetch(`${server.url}/counselors/choose/results/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(server.url).origin },
      body: 'concern=anxiety',
    });
    expect(withoutFetchSite.status).toBe(200);
  });
});
