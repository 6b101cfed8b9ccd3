import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { messagesFor } from '../../src/i18n/messages.ts';
import { describeTicks, formatCount } from '../../src/lib/checklist/format.ts';
import { outcomeRanges } from '../../src/lib/checklist/outcome-ranges.ts';
import { checklistStorageKey } from '../../src/lib/checklist/storage-key.ts';
import { selectOutcome } from '../../src/lib/checklist/select-outcome.ts';
import type { Checklist } from '../../src/lib/sanity/schemas.ts';
import { axeViolations } from '../support/axe.ts';
import {
  foreignRequests,
  recordProblems,
  recordRequests,
  reusePage,
  settled,
  type ReusedPage,
} from '../support/browser.ts';
import {
  checklistParts as partsOf,
  expectTargetSize,
  shippedScripts,
  tickFirst,
  tickedValues,
} from './checklist-helpers.ts';

/** A built page that embeds one fit checklist, and what the test knows about it. */
export interface ChecklistPage {
  browser: Browser;
  /** The running server's origin. */
  origin: string;
  /** The page's path, e.g. `/articles/what-is-the-therapeutic-alliance/`. */
  path: string;
  /** The build's `client/` folder, to measure the scripts the page loads. */
  clientDir: string;
  /** The checklist as the content holds it. */
  checklist: Checklist;
  /** Where its consultation call to action must lead (a pattern when the page adds more to the query). */
  consultationHref: string | RegExp;
  /** The page's language, in which the checklist's fixed text must read; English when left out. */
  lang?: Language;
}

/**
 * CSP violations and script errors. A resource the page fails to load (an image, say) is the page's business, not
 * the checklist's: the island is inline, and the ticking tests fail if it does not run.
 */
function scriptProblems(problems: string[]): string[] {
  return problems.filter((problem) => !problem.startsWith('Failed to load resource'));
}

/**
 * Everything a reader notices about one embedded checklist, checked in real Chromium against the page's own
 * content: the expected outcome for each count comes from the checklist's outcomes and the rule in docs/content-model.md.
 */
export function describeChecklistPage(name: string, target: () => ChecklistPage): void {
  const contexts: BrowserContext[] = [];
  /** The interface text of the page's language (src/i18n/). */
  const text = () => messagesFor(target().lang ?? 'en').checklist;
  const counted = (count: number, total: number) => formatCount(text().count, count, total);
  const checklistParts = (page: Page) => partsOf(page, 0, target().lang);
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await shared?.context.close();
  });

  /** The page the tests with the default options share (see `open`). */
  let shared: ReusedPage | undefined;

  /** Loads the page: with the default options, in the page those tests share (tests/support/browser.ts). */
  async function open(
    options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
  ): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const { browser, origin, path: pagePath } = target();
    let opened: { page: Page; context: BrowserContext; problems: string[] };
    if (Object.keys(options).length === 0) {
      shared = await reusePage(browser, origin, shared);
      opened = shared;
    } else {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      opened = { page, context, problems: recordProblems(page) };
    }
    const { page, context, problems } = opened;
    const response = await page.goto(origin + pagePath);
    expect(response?.status()).toBe(200);
    return { page, context, problems };
  }

  /** What the reader should see for `count` ticks: the outcome's heading, or the "nothing applies" line. */
  function expected(count: number) {
    const outcome = selectOutcome(target().checklist.outcomes, count);
    return {
      text: outcome ? (outcome.heading ?? outcome.body ?? '') : text().noResult.replace(/\.$/, ''),
      consultation: outcome?.showConsultation ?? false,
    };
  }

  describe(`${name}: ticking with JavaScript on`, () => {
    it('gives no count, outcome or invitation until the first tick', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      await page.waitForFunction(() =>
        document.querySelector('fit-checklist [data-reset]')?.checkVisibility(),
      );
      await expect(parts.visibleResults.count()).resolves.toBe(0);
      await expect(parts.count.isVisible()).resolves.toBe(false);
      await expect(parts.cta.isVisible()).resolves.toBe(false);
      await expect(parts.status.innerText()).resolves.not.toContain(
        counted(0, target().checklist.items.length),
      );
      await parts.boxes.nth(0).check();
      await expect(parts.visibleResults.count()).resolves.toBe(1);
      await expect(parts.visibleResults.innerText()).resolves.toContain(expected(1).text);
    });

    it('updates the count, the outcome and the consultation invitation at once, for every count', async () => {
      const { page, problems } = await open();
      const parts = checklistParts(page);
      const total = target().checklist.items.length;
      await expect(parts.boxes.count()).resolves.toBe(total);
      // Up to all ticked, then down again to none: once a reader has started, none ticked is an answer too.
      const counts = [...Array.from({ length: total }, (_, i) => i + 1), 0];
      for (const count of counts) {
        await tickFirst(parts.boxes, count);
        await expect(parts.count.textContent()).resolves.toBe(counted(count, total));
        await expect(parts.visibleResults.count()).resolves.toBe(1);
        await expect(parts.visibleResults.innerText()).resolves.toContain(expected(count).text);
        await expect(parts.cta.isVisible(), `consultation at ${count}`).resolves.toBe(
          expected(count).consultation,
        );
      }
      if (await parts.cta.count()) {
        await expect(parts.cta.locator('a').getAttribute('href')).resolves.toMatch(target().consultationHref);
      }
      expect(scriptProblems(problems)).toEqual([]);
    });

    it('announces the count and the outcome politely in a status region', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      await expect(parts.status.getAttribute('aria-live')).resolves.toBe('polite');
      const total = target().checklist.items.length;
      const before = await parts.status.innerText();
      expect(before).not.toContain(counted(0, total));
      await tickFirst(parts.boxes, total);
      const after = await parts.status.innerText();
      expect(after).toContain(counted(total, total));
      expect(after).toContain(expected(total).text);
      expect(after).not.toBe(before);
    });

    it('clears every tick and the outcome with "Start over" and puts focus back on the first statement', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      const total = target().checklist.items.length;
      await tickFirst(parts.boxes, total);
      await parts.reset.click();
      await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
      await expect(parts.count.isVisible()).resolves.toBe(false);
      await expect(parts.visibleResults.count()).resolves.toBe(0);
      await expect(parts.cta.isVisible()).resolves.toBe(false);
      await expect(parts.boxes.nth(0).evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    });
  });

  describe(`${name}: privacy`, () => {
    it('sends nothing and sets no cookie while a reader ticks, starts over and uses "Remember"', async () => {
      const { page, context } = await open();
      // Ticking scrolls the page, which may bring the article's lazy images near enough to load: load them all
      // first, so that any request after this one is something the reader's ticks caused.
      await page.evaluate(async () => {
        for (const image of Array.from(document.images)) {
          image.scrollIntoView({ block: 'center' });
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
      await settled(page);
      const requests = recordRequests(context);
      const parts = checklistParts(page);
      const total = target().checklist.items.length;
      await tickFirst(parts.boxes, 1);
      await parts.remember.check();
      await tickFirst(parts.boxes, total);
      await parts.reset.click();
      await parts.remember.uncheck();
      await settled(page);
      // Chromium may fetch the tab's icon late on a busy machine; that is the browser's, not the reader's doing.
      const sent = requests.map((request) => request.url()).filter((url) => !url.endsWith('/favicon.svg'));
      expect(sent).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });

    it('loads nothing from another origin', async () => {
      const context = await target().browser.newContext();
      contexts.push(context);
      const requests = recordRequests(context);
      const page = await context.newPage();
      await page.goto(target().origin + target().path);
      await settled(page);
      expect(foreignRequests(requests, target().origin)).toEqual([]);
    });
  });

  describe(`${name}: "Remember on this device"`, () => {
    const storedValue = (page: Page) =>
      page.evaluate((key) => localStorage.getItem(key), checklistStorageKey(target().checklist._id));

    it('is off by default: nothing is stored and a reload forgets the ticks', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      await expect(parts.remember.isChecked()).resolves.toBe(false);
      await tickFirst(parts.boxes, 2);
      await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
      await page.reload();
      await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
    });

    it('when on, restores the ticks after a reload; turned off, deletes them at once', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      const items = target().checklist.items;
      const last = items.length - 1;
      await parts.boxes.nth(0).check();
      await parts.remember.check();
      await parts.boxes.nth(last).check();
      const keys = [...new Set([items[0]?._key, items[last]?._key])];
      await expect(storedValue(page)).resolves.toBe(JSON.stringify(keys));

      await page.reload();
      await expect(parts.remember.isChecked()).resolves.toBe(true);
      await expect(tickedValues(parts.boxes)).resolves.toEqual(keys);
      await expect(parts.count.textContent()).resolves.toBe(counted(keys.length, items.length));
      await expect(parts.visibleResults.innerText()).resolves.toContain(expected(keys.length).text);

      await parts.remember.uncheck();
      await expect(storedValue(page)).resolves.toBeNull();
      await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
      await page.reload();
      await expect(parts.remember.isChecked()).resolves.toBe(false);
      await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
    });

    it('remembers an empty list after "Start over"', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      await parts.remember.check();
      await tickFirst(parts.boxes, 2);
      await parts.reset.click();
      await expect(storedValue(page)).resolves.toBe('[]');
    });
  });

  describe(`${name}: with JavaScript off`, () => {
    it('is a fieldset of native checkboxes with every possible outcome listed, and no dead controls', async () => {
      const { page } = await open({ javaScriptEnabled: false });
      const parts = checklistParts(page);
      const { checklist } = target();
      await expect(parts.root.getByRole('group', { name: checklist.title }).count()).resolves.toBe(1);
      await expect(parts.boxes.count()).resolves.toBe(checklist.items.length);
      for (const item of checklist.items) {
        await expect(parts.root.getByRole('checkbox', { name: item.label }).count()).resolves.toBe(1);
      }
      const listed = (await parts.visibleResults.allInnerTexts()).join('\n');
      for (let count = 0; count <= checklist.items.length; count++)
        expect(listed).toContain(expected(count).text);
      // Introduced in the page's language by the counts each covers, from the lowest.
      const ranges = outcomeRanges(checklist.outcomes, checklist.items.length);
      const first = ranges.none ?? ranges.shown[0];
      if (first)
        expect(listed.startsWith(describeTicks(first, checklist.items.length, text().ticks))).toBe(true);
      await expect(parts.reset.isVisible()).resolves.toBe(false);
      await expect(parts.remember.isVisible()).resolves.toBe(false);
      await expect(parts.count.isVisible()).resolves.toBe(false);
      await parts.boxes.nth(0).check();
      await expect(parts.boxes.nth(0).isChecked()).resolves.toBe(true);
    });

    it('has no axe violations in the markup a reader without JavaScript gets', async () => {
      // axe itself needs JavaScript: the page runs with it, minus the page's own scripts.
      const { browser, origin, path: pagePath } = target();
      const context = await browser.newContext();
      contexts.push(context);
      await context.route(origin + pagePath, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
        await route.fulfill({ response, body: html });
      });
      const page = await context.newPage();
      await page.goto(origin + pagePath);
      await expect(checklistParts(page).reset.isVisible()).resolves.toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe(`${name}: keyboard and pointer`, () => {
    it('reaches each statement with Tab and toggles it with Space, with a visible focus ring', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      const total = target().checklist.items.length;
      const firstId = await parts.boxes.nth(0).getAttribute('id');
      for (let presses = 0; presses < 80; presses++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === firstId) break;
        await page.keyboard.press('Tab');
      }
      for (let index = 0; index < total; index++) {
        const box = parts.boxes.nth(index);
        await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
        const outline = await box.evaluate((element) => {
          const style = getComputedStyle(element);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
        await page.keyboard.press('Space');
        await expect(box.isChecked()).resolves.toBe(true);
        await page.keyboard.press('Tab');
      }
      await expect(parts.count.textContent()).resolves.toBe(counted(total, total));
      // The consultation link may come first when the outcome shows it.
      if (expected(total).consultation) await page.keyboard.press('Tab');
      await expect(parts.reset.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(tickedValues(parts.boxes)).resolves.toEqual([]);
      await expect(
        parts.boxes.nth(0).evaluate((element) => element === document.activeElement),
      ).resolves.toBe(true);
      await parts.reset.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect(parts.remember.isChecked()).resolves.toBe(true);
    });

    it('gives every control a target of at least 24 by 24 pixels', async () => {
      const { page } = await open();
      const parts = checklistParts(page);
      for (let index = 0; index < target().checklist.items.length; index++) {
        await expectTargetSize(parts.boxes.nth(index));
      }
      await expectTargetSize(parts.reset);
      await expectTargetSize(parts.remember);
    });
  });

  describe(`${name}: accessibility and the Content-Security-Policy`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations and no CSP errors with none, some and all ticked (${colorScheme})`, async () => {
        const { page, problems } = await open({ colorScheme });
        const parts = checklistParts(page);
        const total = target().checklist.items.length;
        // The page as a reader gets it, whole; then each state the checklist can be in. Ticking changes nothing
        // outside the checklist (src/islands/fit-checklist.ts works inside its element), so those passes look there.
        expect(await axeViolations(page), '0 ticked').toEqual([]);
        for (const count of [Math.ceil(total / 2), total]) {
          await tickFirst(parts.boxes, count);
          expect(await axeViolations(page, 'fit-checklist'), `${count} ticked`).toEqual([]);
        }
        await parts.remember.check();
        expect(await axeViolations(page, 'fit-checklist'), 'remembered').toEqual([]);
        expect(scriptProblems(problems)).toEqual([]);
      });
    }
  });

  describe(`${name}: page weight`, () => {
    it('loads at most 1.5 KB (1,536 bytes of gzip -9) of JavaScript', () => {
      const scripts = shippedScripts(target().clientDir, target().path);
      expect(scripts.length).toBeGreaterThan(0);
      const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
      console.log(
        `${name}: ${total} bytes of JavaScript after gzip -9 (${scripts.map((s) => s.name).join(', ')})`,
      );
      expect(total).toBeLessThanOrEqual(1536);
    });
  });
}

/** The folder `shippedScripts` reads for a build in `distDir`. */
export function clientDir(distDir: string): string {
  return path.join(distDir, 'client');
}
