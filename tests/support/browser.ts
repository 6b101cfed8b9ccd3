import fs from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
  type Request,
} from 'playwright-core';

/**
 * The Chromium to drive: `CHROME_PATH`; else, for tests, Debian's `chromium-headless-shell` (the same Chromium
 * release as the `chromium` package, built as the headless shell that Playwright itself drives by default; about
 * half the CPU of the full browser per page: docs/testing.md, "Speed"), else Debian's `chromium`. `full` skips the
 * shell, for what must measure the whole browser (Lighthouse). Throws saying how to install one.
 */
export function chromiumPath(options: { full?: boolean } = {}): string {
  const candidates = [
    process.env['CHROME_PATH'],
    ...(options.full ? [] : ['/usr/bin/chromium-headless-shell']),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Browser tests need Chromium: install it with "apt-get install -y --no-install-recommends ' +
        'chromium-headless-shell chromium" (Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * The variable through which the e2e run's globalSetup (tests/support/browser-server.ts) gives its shared Chromium's
 * WebSocket endpoint to the test files.
 */
export const BROWSER_ENDPOINT_ENV = 'ALLIANCE_BROWSER_ENDPOINT';

/**
 * Headless Chromium (Playwright gives it a fresh temporary profile) with no background traffic; `full` as for
 * chromiumPath.
 */
export function chromiumLaunchOptions(options: { full?: boolean } = {}): LaunchOptions {
  return {
    executablePath: chromiumPath(options),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/**
 * A Chromium for one file's tests: a connection to the run's shared browser when `npm test`'s e2e project started
 * one (starting Chromium once instead of once per file), else a browser of its own. Either way `close()` ends what
 * the file made: for a connection, its contexts and the connection, not the shared browser. `full` always starts
 * the full browser (chromiumPath), for the benchmark's measurements.
 */
export async function launchBrowser(options: { full?: boolean } = {}): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint && !options.full) return chromium.connect(endpoint, { timeout: 60_000 });
  return chromium.launch(chromiumLaunchOptions(options));
}

/** Records every request a context makes, to prove pages stay on their own origin. */
export function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/** Requests that went anywhere but `origin` (data: and blob: URLs never leave the browser). */
export function foreignRequests(requests: Request[], origin: string): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith(origin + '/') && !/^(data|blob|about):/.test(url));
}

/** Collects Content-Security-Policy violations and page errors reported in the console. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** A page that one file's tests take turns with (see {@link reusePage}), with what it recorded. */
export interface ReusedPage {
  context: BrowserContext;
  page: Page;
  /** Requests its context made since the last {@link reusePage}. */
  requests: Request[];
  /** Console errors and page errors since the last {@link reusePage}. */
  problems: string[];
}

/**
 * Readies a page for the next test that only reads what a site's page shows: the `previous` one, emptied of what
 * the last test left (the site's cookies and storage, the records) and on about:blank, so the next load is a fresh
 * document; or, the first time (or when the last test left it elsewhere, where the site's storage cannot be
 * reached), a new context and page. A new context and page per test start a renderer each, which costs more than
 * most checks.
 */
export async function reusePage(
  browser: Browser,
  origin: string,
  previous: ReusedPage | undefined,
  options: BrowserContextOptions = {},
): Promise<ReusedPage> {
  if (previous?.page.url().startsWith(origin + '/')) {
    await previous.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await previous.context.clearCookies();
    await previous.page.goto('about:blank');
    previous.requests.length = 0;
    previous.problems.length = 0;
    return previous;
  }
  await previous?.context.close();
  const context = await browser.newContext(options);
  const requests = recordRequests(context);
  const page = await context.newPage();
  return { context, page, requests, problems: recordProblems(page) };
}
