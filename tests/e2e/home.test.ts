import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

describe('the home page in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads with no request to another origin, no CSP errors and no axe violations (${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme });
      const requests = recordRequests(context);
      const page = await context.newPage();
      const problems = recordProblems(page);
      const response = await page.goto(`${server.url}/`);
      expect(response?.status()).toBe(200);
      // Wide screens show the full crisis message (phones fold it into "Get help now"; tests/e2e/site-chrome.test.ts).
      await expect(
        page.locator('aside[aria-label="Crisis help"] a[href="tel:988"]').filter({ visible: true }).count(),
      ).resolves.toBe(1);
      expect(foreignRequests(requests, server.url)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }
});
