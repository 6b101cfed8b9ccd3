import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, recordRequests } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// What makes the site look like a practice someone chose: pictures on cards and the home page (from the site's own
// origin, lazy where they are below the fold), calmer pictures in dark mode, one heading style everywhere, and the
// flagship article's sources.
const FLAGSHIP = '/articles/what-is-the-therapeutic-alliance/';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

describe('pictures', () => {
  for (const path of ['/articles/', '/', '/topics/anxiety/']) {
    it(`${path}: article cards show the article's picture, lazy, responsive and from this site`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const requests = recordRequests(context);
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      const cards = page.locator('li > article:has(h2 > a[href^="/articles/"], h3 > a[href^="/articles/"])');
      const count = await cards.count();
      expect(count).toBeGreaterThan(1);
      let withPicture = 0;
      for (const card of await cards.all()) {
        const img = card.locator('img');
        if ((await img.count()) === 0) continue;
        withPicture++;
        await expect(img.getAttribute('loading')).resolves.toBe('lazy');
        await expect(img.getAttribute('alt')).resolves.toMatch(/\w/);
        await expect(img.getAttribute('sizes')).resolves.toMatch(/\w/);
        const srcset = (await img.getAttribute('srcset')) ?? '';
        expect(srcset.split(',').length).toBeGreaterThan(1);
        expect(new URL((await img.getAttribute('src')) ?? '', server.url).origin).toBe(server.url);
        // Shown above the title, though read after it.
        const [imgBox, headingBox] = await Promise.all([
          img.boundingBox(),
          card.getByRole('heading').boundingBox(),
        ]);
        expect(imgBox && headingBox && imgBox.y < headingBox.y).toBe(true);
      }
      expect(withPicture).toBeGreaterThan(1);
      // Scrolled into view, every card picture loads, and nothing came from another origin.
      const pictures = page.locator('li > article:has(a[href^="/articles/"]) img');
      for (const picture of await pictures.all()) {
        await picture.scrollIntoViewIfNeeded();
        await picture.evaluate((img) =>
          (img as HTMLImageElement).decode().catch(() => {
            throw new Error(`${(img as HTMLImageElement).currentSrc} did not load`);
          }),
        );
        await expect(
          picture.evaluate((img) => (img as HTMLImageElement).naturalWidth),
        ).resolves.toBeGreaterThan(0);
      }
      expect(foreignRequests(requests, server.url)).toEqual([]);
      await context.close();
    });
  }

  it('the home page shows the picture from site settings beside its welcome, without making readers wait for it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/`);
    const hero = page.locator('section[aria-labelledby="welcome-heading"] img');
    await expect(hero.getAttribute('alt')).resolves.toBe(
      'Soft green hills under a pale morning sun, with a path winding between them.',
    );
    await expect(hero.getAttribute('src')).resolves.toMatch(/^\/_astro\//);
    await expect(hero.isVisible()).resolves.toBe(true);
    // On a phone the welcome's heading still comes first.
    await page.setViewportSize({ width: 390, height: 844 });
    const [heading, picture] = await Promise.all([
      page.locator('#welcome-heading').boundingBox(),
      hero.boundingBox(),
    ]);
    expect(heading && picture && heading.y < picture.y).toBe(true);
    await page.close();
  });

  it('pictures are dimmed in dark mode and shown as they are in light mode', async () => {
    const filters: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}${FLAGSHIP}`);
      filters[colorScheme] = await page
        .locator('article img')
        .first()
        .evaluate((img) => getComputedStyle(img).filter);
      await context.close();
    }
    expect(filters['light']).toBe('none');
    const brightness = Number(/brightness\(([\d.]+)\)/.exec(filters['dark'] ?? '')?.[1]);
    expect(brightness).toBeLessThan(1);
  });
});

describe('type', () => {
  it('every page’s main heading has the same face and weight, and the face is the serif stack', async () => {
    const page = await browser.newPage();
    const styles: Record<string, string> = {};
    for (const path of [
      '/',
      '/articles/',
      FLAGSHIP,
      '/counselors/',
      '/search/',
      '/contact/',
      '/contact/thanks/',
      '/staff/sign-in/',
    ]) {
      await page.goto(`${server.url}${path}`);
      styles[path] = await page
        .locator('h1')
        .first()
        .evaluate((h) => `${getComputedStyle(h).fontFamily} / ${getComputedStyle(h).fontWeight}`);
    }
    const distinct = new Set(Object.values(styles));
    expect(distinct.size, JSON.stringify(styles, null, 2)).toBe(1);
    expect([...distinct][0]).toMatch(/^Charter, .*serif \/ 600$/);
    await page.close();
  });
});

describe('sources', () => {
  it('the flagship ends with its sources, each a citation with a link, before the closing invitation', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${FLAGSHIP}`);
    const sources = page.locator('section[aria-labelledby="sources-heading"]');
    await expect(sources.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^\s*Sources\s*$/,
    );
    const items = sources.getByRole('listitem');
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^Bordin, E\. S\. \(1979\)\. .*working alliance/),
      expect.stringMatching(/^Flückiger, C\., .* \(2018\)\. The alliance in adult psychotherapy/),
    ]);
    await expect(items.nth(0).getByRole('link').getAttribute('href')).resolves.toBe(
      'https://doi.org/10.1037/h0085885',
    );
    await expect(items.nth(1).getByRole('link').getAttribute('href')).resolves.toBe(
      'https://doi.org/10.1037/pst0000172',
    );
    // After the article's text.
    const follows = await page.evaluate(() => {
      const prose = document.querySelector('article .prose');
      const list = document.querySelector('section[aria-labelledby="sources-heading"]');
      return !!prose && !!list && !!(prose.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(follows).toBe(true);
    await page.close();
  });

  it('the flagship’s structured data lists the same works as `citation`', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${FLAGSHIP}`);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((s) => JSON.parse(s.textContent) as Record<string, unknown>),
    );
    const article = blocks.find((b) => b['@type'] === 'Article');
    const citations = (article?.['citation'] ?? []) as Record<string, unknown>[];
    expect(citations.map((c) => [c['@type'], String(c['name']).split(',')[0], c['url']])).toEqual([
      ['CreativeWork', 'Bordin', 'https://doi.org/10.1037/h0085885'],
      ['CreativeWork', 'Flückiger', 'https://doi.org/10.1037/pst0000172'],
    ]);
    await page.close();
  });

  it('an article without sources has no Sources section and no citation', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/articles/sleep-and-mood/`);
    await expect(page.locator('#sources-heading').count()).resolves.toBe(0);
    const html = await page.content();
    expect(html).not.toContain('"citation"');
    await page.close();
  });
});
