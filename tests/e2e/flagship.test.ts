import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// The flagship article of the bundled demo content, built from content/sanity/ like any build without a Sanity
// project: it must render its fit checklist and close with the consultation call to action.

const SLUG = 'what-is-the-therapeutic-alliance';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function openFlagship(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const requests = recordRequests(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  const response = await page.goto(`${server.url}/articles/${SLUG}/`);
  return { context, page, requests, problems, status: response?.status() };
}

const checkboxes = (page: Page) => page.locator('fit-checklist fieldset input[type="checkbox"]');

describe('the flagship article, "What is the therapeutic alliance?"', () => {
  it('renders with its fit checklist (five statements) and the consultation call to action', async () => {
    const { context, page, requests, problems, status } = await openFlagship();
    expect(status).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe('What is the therapeutic alliance?');
    await expect(page.locator('fit-checklist fieldset legend').innerText()).resolves.toContain(
      'Signs of a good fit',
    );
    await expect(checkboxes(page).count()).resolves.toBe(5);
    await expect(page.getByLabel('I feel listened to without judgment.').count()).resolves.toBe(1);
    await expect(page.locator(`a[href^="/contact/?from=${SLUG}"]`).count()).resolves.toBeGreaterThanOrEqual(
      1,
    );
    await expect(page.getByText('Looking for a counselor who fits?').count()).resolves.toBeGreaterThanOrEqual(
      1,
    );
    await expect(page.getByText('Dr. Ruth Abernathy').count()).resolves.toBeGreaterThanOrEqual(1);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the strongest outcome when all five signs are ticked', async () => {
    const { context, page } = await openFlagship();
    const boxes = checkboxes(page);
    for (let i = 0; i < 5; i += 1) await boxes.nth(i).check();
    await expect(
      page.getByText('This sounds like a strong working relationship').first().isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  it('still offers the checklist and the call to action with JavaScript off', async () => {
    const { context, page, status } = await openFlagship({ javaScriptEnabled: false });
    expect(status).toBe(200);
    await expect(checkboxes(page).count()).resolves.toBe(5);
    await expect(page.locator(`a[href^="/contact/?from=${SLUG}"]`).count()).resolves.toBeGreaterThanOrEqual(
      1,
    );
    await context.close();
  });
});
