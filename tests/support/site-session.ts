import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  foreignRequests,
  launchBrowser,
  recordProblems,
  recordRequests,
  reusePage,
  type ReusedPage,
} from './browser.ts';
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
  /**
   * Opens a path in the file's one shared page (default options) as a fresh document, after clearing the cookies and
   * the site's storage the last test left: for tests that read what a page shows and change nothing outside it,
   * which a new context and page per test (a new renderer each) cost more than. Expects a 200. Its context stays
   * open for the next test: don't close it.
   */
  revisit: (pathAndQuery: string) => Promise<Visit>;
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
    await shared?.context.close();
    await started?.browser.close();
    await started?.server.stop();
  });
  let shared: (Visit & ReusedPage) | undefined;
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
    revisit: async (pathAndQuery) => {
      const { server, browser } = running();
      const ready = await reusePage(browser, server.url, shared);
      shared = { ...ready, foreign: () => foreignRequests(ready.requests, server.url) };
      const response = await shared.page.goto(server.url + pathAndQuery);
      expect(response?.status()).toBe(200);
      return shared;
    },
  };
}
