import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

/** A page opened by {@link SiteSession.visit}, with what it did. */
export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors (tests/support/browser.ts). */
  problems: string[];
  /** Requests to anywhere but the site's server, so far. */
  foreign: () => string[];
}

/** A real server on a build and a browser, shared by the tests of one file. */
export interface SiteSession {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Opens a path in a fresh context and expects a 200. */
  visit: (
    pathAndQuery: string,
    options?: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean },
  ) => Promise<Visit>;
}

/**
 * Starts the server (with `env`, e.g. `DIST_DIR`) and Chromium before the calling file's tests and stops both after
 * them. Call it at the top level of a test file.
 */
export function siteSession(env: NodeJS.ProcessEnv = {}): SiteSession {
  let started: { server: TestServer; browser: Browser } | undefined;
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
    started = { server, browser };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
  });
  const running = () => {
    if (!started) throw new Error('the server and browser are not running (beforeAll failed?)');
    return started;
  };
  return {
    get server() {
      return running().server;
    },
    get browser() {
      return running().browser;
    },
    visit: async (pathAndQuery, options = {}) => {
      const { server, browser } = running();
      const context = await browser.newContext(options);
      const requests = recordRequests(context);
      const page = await context.newPage();
      const problems = recordProblems(page);
      const response = await page.goto(server.url + pathAndQuery);
      expect(response?.status()).toBe(200);
      return { context, page, problems, foreign: () => foreignRequests(requests, server.url) };
    },
  };
}
