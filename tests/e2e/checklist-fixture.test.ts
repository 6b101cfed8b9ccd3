import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistStorageKey } from '../../src/lib/checklist/storage-key.ts';
import { axeViolations } from '../support/axe.ts';
import { foreignRequests, launchBrowser, recordProblems, recordRequests } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import {
  buildChecklistFixture,
  checklistParts,
  expectTargetSize,
  removeChecklistFixture,
  shippedScripts,
  tickFirst,
  tickedValues,
} from './checklist-helpers.ts';

// The fixture checklist (tests/fixtures/checklist/src/checklists.ts): 5 items; outcomes listed as
// [4 "A strong alliance", 2 "Some good signs" (consultation), 2 "Never shown" (loses the tie)].
const KEY = checklistStorageKey('fixture-unsorted');

let outDir: string;
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  outDir = buildChecklistFixture();
  [server, browser] = await Promise.all([startServer({ DIST_DIR: outDir }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
  await server.stop();
  removeChecklistFixture(outDir);
});

async function open(
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  const response = await page.goto(`${server.url}/`);
  expect(response?.status()).toBe(200);
  return { page, context, problems };
}

describe('ticking with JavaScript on', () => {
  it('shows the running count and exactly the outcome the contract picks, for every count', async () => {
    const { page, problems } = await open();
    const parts = checklistParts(page);
    const expected = [
      'no particular result applies',
      'no particular result applies',
      'Some good signs',
      'Some good signs',
      'A strong alliance',
      'A strong alliance',
    ];
    for (let count = 0; count <= 5; count++) {
      await tickFirst(parts.boxes, count);
      await expect(parts.count.textContent()).resolves.toBe(`${count} of 5 ticked`);
      await expect(parts.visibleResults.count()).resolves.toBe(1);
      await expect(parts.visibleResults.innerText()).resolves.toContain(expected[count]);
    }
    await expect(page.getByText('Never shown').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('announces changes politely in a status region', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await expect(parts.status.getAttribute('aria-live')).resolves.toBe('polite');
    const before = await parts.status.innerText();
    expect(before).toContain('0 of 5 ticked');
    await parts.boxes.nth(0).check();
    await parts.boxes.nth(1).check();
    const after = await parts.status.innerText();
    expect(after).toContain('2 of 5 ticked');
    expect(after).toContain('Some good signs');
    expect(after).not.toBe(before);
  });

  it('shows the consultation invitation only under an outcome that asks for it', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await expect(parts.cta.isVisible()).resolves.toBe(false);
    await tickFirst(parts.boxes, 2);
    await expect(parts.cta.isVisible()).resolves.toBe(true);
    await expect(parts.cta.getByRole('link').getAttribute('href')).resolves.toBe('/contact/?from=fixture');
    await tickFirst(parts.boxes, 4);
    await expect(parts.cta.isVisible()).resolves.toBe(false);
  });

  it('clears every tick with "Start over" and returns focus to the first statement', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await tickFirst(parts.boxes, 4);
    await parts.reset.click();
    await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
    await expect(parts.count.textContent()).resolves.toBe('0 of 5 ticked');
    await expect(parts.visibleResults.innerText()).resolves.toContain('no particular result applies');
    await expect(parts.boxes.nth(0).evaluate((box) => box === document.activeElement)).resolves.toBe(true);
  });
});

describe('privacy', () => {
  it('sends nothing anywhere and sets no cookie while a reader ticks, resets and opts in to memory', async () => {
    const { page, context } = await open();
    await page.waitForLoadState('networkidle');
    const requests = recordRequests(context);
    const parts = checklistParts(page);
    await tickFirst(parts.boxes, 3);
    await parts.remember.check();
    await tickFirst(parts.boxes, 5);
    await parts.reset.click();
    await parts.remember.uncheck();
    await page.waitForTimeout(300);
    expect(requests.map((request) => request.url())).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it('loads nothing from another origin', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('networkidle');
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});

describe('"Remember on this device"', () => {
  it('is off by default, so a reload forgets the ticks and nothing is stored', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await expect(parts.remember.isChecked()).resolves.toBe(false);
    await tickFirst(parts.boxes, 2);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.reload();
    await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
    await expect(parts.count.textContent()).resolves.toBe('0 of 5 ticked');
  });

  it('when on, keeps the ticks across a reload; turned off, deletes them at once', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await tickFirst(parts.boxes, 2);
    await parts.remember.check();
    await expect(page.evaluate((key) => localStorage.getItem(key), KEY)).resolves.toBe('["a","b"]');
    await parts.boxes.nth(4).check();
    await expect(page.evaluate((key) => localStorage.getItem(key), KEY)).resolves.toBe('["a","b","e"]');

    await page.reload();
    await expect(parts.remember.isChecked()).resolves.toBe(true);
    await expect(tickedValues(parts.boxes)).resolves.toEqual(['a', 'b', 'e']);
    await expect(parts.count.textContent()).resolves.toBe('3 of 5 ticked');
    await expect(parts.visibleResults.innerText()).resolves.toContain('Some good signs');

    await parts.remember.uncheck();
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.reload();
    await expect(parts.remember.isChecked()).resolves.toBe(false);
    await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
  });

  it('stores an empty list after "Start over" while remembering', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    await parts.remember.check();
    await tickFirst(parts.boxes, 3);
    await parts.reset.click();
    await expect(page.evaluate((key) => localStorage.getItem(key), KEY)).resolves.toBe('[]');
    await page.reload();
    await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
    await expect(parts.remember.isChecked()).resolves.toBe(true);
  });
});

describe('with JavaScript off', () => {
  it('is a real fieldset of native checkboxes with every outcome listed, and no dead controls', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    const parts = checklistParts(page);
    await expect(
      parts.root.getByRole('group', { name: 'How are things going with your counselor?' }).count(),
    ).resolves.toBe(1);
    await expect(parts.boxes.count()).resolves.toBe(5);
    await expect(
      parts.root.getByRole('checkbox', { name: 'I feel heard in sessions' }).count(),
    ).resolves.toBe(1);
    await expect(parts.visibleResults.allInnerTexts()).resolves.toEqual([
      'If you ticked 0 or 1: no particular result applies.',
      expect.stringMatching(/^If you ticked 2 or 3:\s+Some good signs\s+Talk about what is missing\.$/),
      expect.stringMatching(
        /^If you ticked 4 or more:\s+A strong alliance\s+Much of what matters is in place\.$/,
      ),
    ]);
    await expect(page.getByText('Never shown').count()).resolves.toBe(0);
    await expect(parts.cta.isVisible()).resolves.toBe(true);
    await expect(parts.reset.isVisible()).resolves.toBe(false);
    await expect(parts.remember.isVisible()).resolves.toBe(false);
    await expect(parts.count.isVisible()).resolves.toBe(false);
    await parts.boxes.nth(0).check();
    await expect(parts.boxes.nth(0).isChecked()).resolves.toBe(true);
  });

  it('has no axe violations before the island upgrades it', async () => {
    // axe needs JavaScript, so the page runs with it on but without its scripts: the markup a no-JS reader gets.
    const context = await browser.newContext();
    contexts.push(context);
    await context.route(`${server.url}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await expect(checklistParts(page).reset.isVisible()).resolves.toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard and pointer', () => {
  it('reaches every statement with Tab and toggles it with Space, then "Start over" and "Remember"', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    const firstId = await parts.boxes.nth(0).getAttribute('id');
    for (let presses = 0; presses < 40; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === firstId) break;
      await page.keyboard.press('Tab');
    }
    for (let index = 0; index < 5; index++) {
      const id = await parts.boxes.nth(index).getAttribute('id');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
      const outline = await parts.boxes.nth(index).evaluate((box) => {
        const style = getComputedStyle(box);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await expect(parts.count.textContent()).resolves.toBe('5 of 5 ticked');
    await expect(page.evaluate(() => document.activeElement?.textContent.trim())).resolves.toBe('Start over');
    await page.keyboard.press('Enter');
    await expect(parts.count.textContent()).resolves.toBe('0 of 5 ticked');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('a');
    await parts.reset.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(parts.remember.isChecked()).resolves.toBe(true);
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const { page } = await open();
    const parts = checklistParts(page);
    for (let index = 0; index < 5; index++) await expectTargetSize(parts.boxes.nth(index));
    await expectTargetSize(parts.reset);
    await expectTargetSize(parts.remember);
  });
});

describe('accessibility and the Content-Security-Policy', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations and no CSP errors with 0, 2 and 5 ticks (${colorScheme})`, async () => {
      const { page, problems } = await open({ colorScheme });
      const parts = checklistParts(page);
      for (const count of [0, 2, 5]) {
        await tickFirst(parts.boxes, count);
        expect(await axeViolations(page), `${count} ticked`).toEqual([]);
      }
      await parts.remember.check();
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

describe('page weight', () => {
  it('ships at most 1.5 KB of gzipped JavaScript for the island', () => {
    const scripts = shippedScripts(path.join(outDir, 'client'), '');
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    console.log(`fit checklist island (fixture): ${total} bytes gzip -9 in ${scripts.length} script(s)`);
    expect(total).toBeLessThanOrEqual(1536);
  });

  it('ships no JavaScript at all on a page without a checklist', () => {
    expect(shippedScripts(path.join(outDir, 'client'), 'plain')).toEqual([]);
  });
});
