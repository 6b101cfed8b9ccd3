import { chromium } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV, chromiumLaunchOptions } from './browser.ts';

/**
 * The e2e project's globalSetup: one Chromium for the whole run, which every browser file connects to
 * (`launchBrowser()` in tests/support/browser.ts) instead of starting its own. Each file still gets its own
 * connection, and each test its own contexts, so files share the browser process and nothing else; closing a file's
 * connection closes every context it made. Closed when the run ends.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumLaunchOptions());
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
  return async () => {
    await server.close();
  };
}
