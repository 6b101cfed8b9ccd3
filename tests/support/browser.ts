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

/** This process's shared Chromium, once started (see {@link launchBrowser}). */
interface WorkerBrowser {
  started: Promise<Browser> | undefined;
}

const WORKER_BROWSER = 'allianceTestsWorkerChromium';

/** The slot is global: the e2e environment's modules are not the test files' own instances. */
function workerBrowser(): WorkerBrowser {
  const scope = globalThis as typeof globalThis & Partial<Record<typeof WORKER_BROWSER, WorkerBrowser>>;
  return (scope[WORKER_BROWSER] ??= { started: undefined });
}

/**
 * A Chromium for one file's tests. The files of a process share one Chromium, started in that process on first use:
 * a Vitest worker runs its files one after another (`isolate: false`), so a run starts one per worker, not one per
 * file, and Playwright drives it from the worker itself rather than over a WebSocket from another process
 * (docs/testing.md, "Speed"). The handle's `close()` closes the contexts and pages it made, not the browser, which
 * the e2e environment closes when the worker stops (tests/support/e2e-environment.ts) and Playwright kills if the
 * process exits first. `full` starts a full browser of the caller's own (chromiumPath), for the benchmark's
 * measurements; its `close()` ends it.
 */
export async function launchBrowser(options: { full?: boolean } = {}): Promise<Browser> {
  if (options.full) return chromium.launch(chromiumLaunchOptions(options));
  const slot = workerBrowser();
  slot.started ??= chromium.launch(chromiumLaunchOptions());
  const browser = await slot.started.catch((error: unknown) => {
    // A failed start is not kept: the next file tries again.
    slot.started = undefined;
    throw error;
  });
  return borrowedBrowser(browser);
}

/** Closes this process's shared Chromium, if it started one (the e2e environment's teardown). */
export async function closeWorkerBrowser(): Promise<void> {
  const slot = workerBrowser();
  const started = slot.started;
  slot.started = undefined;
  await (await started?.catch(() => undefined))?.close();
}

/** `browser` as one file sees it: what it makes is its own, and `close()` closes only that. */
function borrowedBrowser(browser: Browser): Browser {
  const made = new Set<BrowserContext>();
  const keep = (context: BrowserContext, options?: BrowserContextOptions): BrowserContext => {
    made.add(context);
    trackInFlight(context);
    if (options?.javaScriptEnabled === false) SCRIPTLESS.add(context);
    context.once('close', () => made.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext')
        return async (options?: BrowserContextOptions) => keep(await target.newContext(options), options);
      if (property === 'newPage')
        return async (options?: BrowserContextOptions) => {
          const page = await target.newPage(options);
          keep(page.context(), options);
          return page;
        };
      if (property === 'contexts') return () => [...made];
      if (property === 'close')
        return async () => {
          await Promise.all([...made].map((context) => context.close()));
        };
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Contexts made with JavaScript off, where no script can start anything and none of the page's own runs. */
const SCRIPTLESS = new WeakSet<BrowserContext>();

/** Each context's requests not yet finished or failed, counted from when {@link trackInFlight} first saw it. */
const IN_FLIGHT = new WeakMap<BrowserContext, Set<Request>>();

/**
 * Counts `context`'s requests in flight, from now on (once per context; every context a test browser makes is
 * counted from its creation), for {@link settled}.
 */
function trackInFlight(context: BrowserContext): Set<Request> {
  let pending = IN_FLIGHT.get(context);
  if (!pending) {
    const requests = new Set<Request>();
    const done = (request: Request) => requests.delete(request);
    context.on('request', (request) => requests.add(request));
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    IN_FLIGHT.set(context, requests);
    pending = requests;
  }
  return pending;
}

/**
 * Waits until `page` has nothing left to do: its `load` event has fired, two frames have been drawn and the tasks
 * queued by then have run (not in a context with JavaScript off, where no script can start anything and the page
 * runs none of ours), and no request of its context is in flight, checked again after each of those finishes.
 * What a script or a click starts is under way by then, so recording after this, or asserting that nothing was
 * sent, proves what it says. Playwright's `networkidle` waits out 500 ms of silence instead, which was most of the
 * time of a short page test (docs/testing.md, "Speed"). A page that keeps a request open (a stream) never settles:
 * this is for pages that finish loading, as every reader page does.
 */
export async function settled(page: Page): Promise<void> {
  const context = page.context();
  const pending = trackInFlight(context);
  await page.waitForLoadState('load');
  for (;;) {
    if (!SCRIPTLESS.has(context)) await framesAndTasks(page);
    if (pending.size === 0) return;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (pending.size > 0) return;
        context.off('requestfinished', check);
        context.off('requestfailed', check);
        resolve();
      };
      context.on('requestfinished', check);
      context.on('requestfailed', check);
    });
  }
}

/**
 * Two frames in `page` (lazy images and the like are decided in a frame's rendering update, and what that queues
 * runs before the next), then a task after whatever was queued by then. Not requestIdleCallback: in the headless
 * shell an idle page may never get an idle period.
 */
async function framesAndTasks(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            setTimeout(resolve, 0);
          });
        });
      }),
  );
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
