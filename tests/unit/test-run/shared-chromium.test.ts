import { afterAll, describe, expect, it } from 'vitest';
import { closeWorkerBrowser, launchBrowser } from '../../support/browser.ts';

// The e2e files a worker runs share one Chromium (tests/support/browser.ts): a file's handle closes what that file
// made and nothing else, and the worker's teardown (tests/support/e2e-environment.ts) closes the browser.
describe("a test file's Chromium", () => {
  afterAll(closeWorkerBrowser);

  it("closes only the contexts and pages its own file made, leaving another file's open", async () => {
    const first = await launchBrowser();
    const second = await launchBrowser();
    const mine = await first.newContext();
    const theirs = await (await second.newContext()).newPage();
    const alsoTheirs = await second.newPage();
    expect(first.contexts()).toEqual([mine]);
    expect(second.contexts()).toHaveLength(2);

    await first.close();
    expect(first.contexts()).toEqual([]);
    expect(second.isConnected()).toBe(true);
    await theirs.goto('data:text/html,<title>still open</title>');
    await expect(theirs.title()).resolves.toBe('still open');

    await second.close();
    expect([theirs.isClosed(), alsoTheirs.isClosed()]).toEqual([true, true]);
  });

  it('is one browser for every file, closed once with the worker', async () => {
    const first = await launchBrowser();
    const second = await launchBrowser();
    await closeWorkerBrowser();
    expect([first.isConnected(), second.isConnected()]).toEqual([false, false]);
    // A later file starts a new one.
    const third = await launchBrowser();
    expect(third.isConnected()).toBe(true);
  });
});
