import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkerBrowser, launchBrowser, recordRequests, settled } from '../../support/browser.ts';

// settled() stands in for Playwright's `networkidle` (500 ms of silence) in the browser tests that record requests
// or show that nothing was sent (tests/support/browser.ts): it must not return while something the page started is
// still on its way, with or without JavaScript.
const PAGES: Record<string, string> = {
  '/after-load':
    '<script>addEventListener("load", () => setTimeout(() => fetch("/slow?after-load"), 0));</script><p>Hello</p>',
  '/click': '<button onclick="fetch(\'/slow?click\')">Send</button>',
  '/quiet': '<p>Nothing to fetch</p>',
  '/no-script': '<img src="/slow?image" alt=""><script>fetch("/slow?script")</script>',
};

/** What the server answered in full, by URL. */
const answered: string[] = [];
let server: http.Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith('/slow')) {
      // Slow enough that a helper which did not wait would return first.
      setTimeout(() => {
        answered.push(url);
        response.end('ok');
      }, 300);
      return;
    }
    const body = PAGES[url];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await closeWorkerBrowser();
  await new Promise((resolve) => server.close(resolve));
});

/** `path` loaded in a context of its own (with `options`) and settled, with the requests that context made. */
async function loaded(pagePath: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto(`${origin}${pagePath}`);
  await settled(page);
  return { page, requests };
}

describe('settled(page)', () => {
  it('waits for a request a script starts after the load event', async () => {
    await loaded('/after-load');
    expect(answered).toContain('/slow?after-load');
  });

  it('waits for a request a click starts', async () => {
    const { page } = await loaded('/click');
    await page.getByRole('button', { name: 'Send' }).click();
    await settled(page);
    expect(answered).toContain('/slow?click');
  });

  it('returns on a page with nothing left to fetch, and again when called twice', async () => {
    const { page, requests } = await loaded('/quiet');
    await settled(page);
    expect(requests.map((request) => new URL(request.url()).pathname)).toContain('/quiet');
  });

  it("with JavaScript off, waits for the page's images and returns though no script of the page runs", async () => {
    await loaded('/no-script', { javaScriptEnabled: false });
    expect(answered).toContain('/slow?image');
    expect(answered).not.toContain('/slow?script');
  });
});
