import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// The counselor finder (docs/counselor-finder.md) against the real server and the build of the bundled demo
// content: the same URL shows the same list with JavaScript off (the server fills the page in) and on (the island
// filters as the person clicks, with no request).

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

/** What a person sees of the finder: the cards on show, the ticks, the count sentence and any near matches. */
async function seen(page: Page) {
  return {
    cards: await page
      .locator('[data-counselor]:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-counselor'))),
    ticked: await page
      .locator('[data-finder-form] input:checked')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('name')}=${el.getAttribute('value')}`)),
    counts: await page.locator('[data-count]').allTextContents(),
    status: (await page.getByRole('status').textContent())?.trim(),
    near: await page.locator('[data-finder-empty]:not([hidden]) [data-finder-near] li').allTextContents(),
  };
}

async function open(path: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  const response = await page.goto(server.url + path);
  expect(response?.status()).toBe(200);
  return { context, page, requests, problems };
}

const URLS = [
  '/counselors/',
  '/counselors/?format=telehealth',
  '/counselors/?format=telehealth&insurance=bluecross-blueshield',
  '/counselors/?availability=weekend&availability=weekday-daytime&accepting=1',
  '/counselors/?insurance=self-pay&language=es&concern=depression',
  '/counselors/?format=in-person&language=ase',
  '/counselors/?ages=children&clientType=families',
];

describe('the same URL shows the same list with JavaScript on and off', () => {
  // One page with JavaScript off and one with it on, each URL a fresh document in them (the finder keeps nothing
  // between pages: no storage, no cookie): a new context and page per URL cost more than the comparison.
  let off: Awaited<ReturnType<typeof open>> | undefined;
  let on: Awaited<ReturnType<typeof open>> | undefined;
  beforeAll(async () => {
    [off, on] = await Promise.all([open('/counselors/', false), open('/counselors/', true)]);
  });
  afterAll(async () => {
    await Promise.all([off?.context.close(), on?.context.close()]);
  });

  for (const url of URLS) {
    it(url, async () => {
      if (!off || !on) throw new Error('the pages are not open (beforeAll failed?)');
      on.problems.length = 0;
      for (const { page } of [off, on]) expect((await page.goto(server.url + url))?.status()).toBe(200);
      const [withoutJs, withJs] = [await seen(off.page), await seen(on.page)];
      expect(withJs).toEqual(withoutJs);
      expect(on.problems).toEqual([]);
      if (url.includes('?')) expect(withoutJs.cards.length).toBeLessThan(5);
    });
  }

  it('ticking in the browser makes no request, and the URL it leaves shows the same list without JavaScript', async () => {
    const on = await open('/counselors/', true);
    const before = on.requests.length;
    await on.page.getByRole('checkbox', { name: /^Telehealth/ }).check();
    await on.page.getByRole('checkbox', { name: /^Weekends/ }).check();
    await on.page.getByRole('checkbox', { name: /^Accepting new clients/ }).check();
    await expect.poll(() => on.page.locator('[data-counselor]:not([hidden])').count()).toBeLessThan(5);
    // Chromium asks for the tab's icon again when the address changes; that is the browser, not the page.
    const made = on.requests.slice(before).map((r) => new URL(r.url()).pathname);
    expect(made.filter((p) => p !== '/favicon.svg')).toEqual([]);
    const url = new URL(on.page.url());
    expect(url.search).toBe('?format=telehealth&availability=weekend&accepting=1');
    const off = await open(url.pathname + url.search, false);
    expect(await seen(on.page)).toEqual(await seen(off.page));
    await Promise.all([off.context.close(), on.context.close()]);
  });
});

describe('nobody matches', () => {
  it('a kind answer: the nearest counselors with what differs, and the free consultation', async () => {
    for (const js of [false, true]) {
      const { page, context } = await open('/counselors/?format=in-person&language=ase', js);
      // axe runs as a script in the page, so only with JavaScript on (the page it checks is the same).
      const answer = page.locator('[data-finder-empty]');
      await expect.poll(() => answer.isVisible()).toBe(true);
      expect(await page.getByRole('status').textContent()).toContain('No counselor matches');
      const near = await seen(page);
      expect(near.cards).toEqual([]);
      // Everyone misses one of the two; ties go by name, each saying what it has and what it lacks.
      expect(near.near).toEqual([
        'Daniel Okafor: In person, but not American Sign Language',
        'Dr. Ruth Abernathy: In person, but not American Sign Language',
        'Maya Lindqvist: In person, but not American Sign Language',
      ]);
      await expect
        .poll(() => answer.getByRole('link', { name: 'Request a free consultation' }).getAttribute('href'))
        .toBe('/contact/');
      if (js) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('accessible', () => {
  for (const path of ['/counselors/', '/counselors/?concern=anxiety&format=telehealth', '/es/counselors/']) {
    // axe runs as a script, so in a page with JavaScript on; the server answers the same HTML either way.
    it(`axe finds nothing on ${path}`, async () => {
      const { page, context } = await open(path, true);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('the button for browsers without scripts is not laid out where scripts run, so nothing moves as the island starts', async () => {
    const withScripts = await open('/counselors/', true);
    // The stylesheet hides it by itself, before the island does: without the island's `hidden` it stays hidden.
    const display = await withScripts.page.locator('[data-finder-submit]').evaluate((button) => {
      if (button instanceof HTMLElement) button.hidden = false;
      return getComputedStyle(button).display;
    });
    expect(display).toBe('none');
    await withScripts.context.close();
    const without = await open('/counselors/', false);
    await expect.poll(() => without.page.locator('[data-finder-submit]').isVisible()).toBe(true);
    await without.context.close();
  });

  it('keyboard only: Tab reaches the filters, Space ticks one, and the new count is announced', async () => {
    const { page, context } = await open('/counselors/', true);
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe('5 counselors');
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'format=telehealth'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'checkbox' ? `${el.name}=${el.value}` : '';
      });
    }
    expect(focused).toBe('format=telehealth');
    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toBe('4 counselors');
    expect(await page.locator('[data-counselor]:not([hidden])').count()).toBe(4);
    await context.close();
  });
});

describe('private', () => {
  it('the server answers filtered URLs without writing their query strings to its log', async () => {
    const secret = 'concern=grief-and-loss&format=in-person';
    const response = await fetch(`${server.url}/counselors/?${secret}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toContain(
      '<input type="checkbox" name="concern" value="grief-and-loss" checked',
    );
    // The request is logged, by path only.
    await server.waitForOutput(/GET \/counselors\/ 200/);
    expect(server.output()).not.toContain('grief-and-loss');
    expect(server.output()).not.toContain('concern=');
  });

  it('a bare URL, or one with no filter in it, is the static page', async () => {
    for (const path of ['/counselors/', '/counselors/?utm_source=mail']) {
      const response = await fetch(server.url + path);
      expect(response.headers.get('cache-control'), path).not.toContain('no-store');
      expect(response.headers.get('etag'), path).toBeTruthy();
    }
  });
});
