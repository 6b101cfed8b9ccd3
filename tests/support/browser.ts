import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

const CANDIDATES = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to drive: `CHROME_PATH`, else Debian's. Throws saying how to install one. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Browser tests need Chromium: install it with "apt-get install -y --no-install-recommends chromium" ' +
        '(Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** Launches headless Chromium (Playwright gives it a fresh temporary profile) with no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
  });
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
