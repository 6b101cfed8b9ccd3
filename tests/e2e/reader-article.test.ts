import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// The bundled demo content (content/sanity/data.ndjson) is what dist/ was built from; expectations about related
// articles and bylines are computed from it rather than copied, so content edits don't break these tests.
interface Doc {
  _id: string;
  _type: string;
  [key: string]: unknown;
}
const docs = fs
  .readFileSync('content/sanity/data.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc)
  // English pages: Spanish documents have pages of their own under /es/ (tests/e2e/i18n-pages.test.ts).
  .filter((doc) => (doc['language'] ?? 'en') === 'en');
const byId = new Map(docs.map((d) => [d._id, d]));
const slugOf = (d: Doc | undefined) => (d?.['slug'] as { current: string } | undefined)?.current;
const refs = (value: unknown) => ((value ?? []) as { _ref: string }[]).map((r) => r._ref);
const articles = docs.filter((d) => d._type === 'article' && !d._id.startsWith('drafts.'));

const FLAGSHIP = 'what-is-the-therapeutic-alliance';
const flagship = articles.find((a) => slugOf(a) === FLAGSHIP);
if (!flagship) throw new Error(`The bundled content has no /articles/${FLAGSHIP}/`);

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(process.env['READER_DIST'] ? { DIST_DIR: process.env['READER_DIST'] } : {}),
    launchBrowser(),
  ]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function open(path: string): Promise<void> {
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
}

describe('reading the flagship article', () => {
  it('leads with the title, the excerpt as standfirst, byline, review line, dates, reading time and topics', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const main = page.locator('main');
    await expect(main.locator('h1').textContent()).resolves.toBe(flagship['title']);
    await expect(main.locator('header p', { hasText: String(flagship['excerpt']) }).count()).resolves.toBe(1);
    const author = byId.get(refs([flagship['author']])[0] ?? '');
    const byline = main.locator('header p', { hasText: /^By / });
    await expect(byline.locator(`a[href="/counselors/${slugOf(author)}/"]`).textContent()).resolves.toBe(
      author?.['name'],
    );
    await expect(byline.textContent()).resolves.toContain(String(author?.['credentials']));
    const reviewer = byId.get(refs([flagship['reviewedBy']])[0] ?? '');
    const review = main.locator('header p', { hasText: 'Clinically reviewed by' });
    await expect(review.textContent()).resolves.toContain(String(reviewer?.['name']));
    await expect(review.locator('time').getAttribute('datetime')).resolves.toBe(flagship['reviewedAt']);
    const published = main.locator('header span', { hasText: 'Published' }).locator('time');
    await expect(published.getAttribute('datetime')).resolves.toBe(flagship['publishedAt']);
    await expect(main.locator('header').textContent()).resolves.toMatch(/\d+ min read/);
    const topics = await main
      .locator('header [aria-label="Topics"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(topics).toEqual(refs(flagship['topics']).map((id) => `/topics/${slugOf(byId.get(id))}/`));
  });

  it('has a table of contents whose every link lands on its heading', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const toc = page.locator('nav[aria-labelledby="toc-heading"]');
    const hrefs = await toc
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const sections = (flagship['body'] as { style?: string }[]).filter((b) => b.style === 'h2').length;
    expect(hrefs.length).toBeGreaterThanOrEqual(sections);
    for (const href of hrefs) {
      const target = page.locator(`main ${href}`);
      await expect(target.count(), href).resolves.toBe(1);
      await expect(target.evaluate((el) => /^H[23]$/.test(el.tagName))).resolves.toBe(true);
    }
    const last = hrefs.at(-1) ?? '';
    await toc.locator(`a[href="${last}"]`).click();
    expect(new URL(page.url()).hash).toBe(last);
    await expect(
      page.locator(last).evaluate((el) => el.getBoundingClientRect().top < window.innerHeight),
    ).resolves.toBe(true);
  });

  it('renders images with alt text, captions and responsive sizes', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const images = await page.locator('main article img').evaluateAll((imgs) =>
      imgs.map((img) => ({
        alt: img.getAttribute('alt'),
        srcset: img.getAttribute('srcset') ?? '',
        sizes: img.getAttribute('sizes'),
        src: img.getAttribute('src') ?? '',
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.alt?.length).toBeGreaterThan(0);
      expect(image.src.startsWith('/_astro/')).toBe(true);
      expect(image.srcset).toMatch(/ \d+w/);
      expect(image.sizes).toBeTruthy();
    }
    // Every image actually loads from the site's own origin.
    const broken = await page.locator('main img').evaluateAll((imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          img.loading = 'eager';
          await img.decode().catch(() => undefined);
          return img.naturalWidth === 0 ? img.src : null;
        }),
      ),
    );
    expect(broken.filter(Boolean)).toEqual([]);
  });

  it('fetches its main image first and every other image only when needed', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const images = await page.locator('main img:not([aria-hidden="true"])').evaluateAll((imgs) =>
      imgs.map((img) => ({
        priority: img.getAttribute('fetchpriority'),
        loading: img.getAttribute('loading'),
        related: img.closest('[data-related]') !== null,
      })),
    );
    const [main, ...rest] = images;
    expect(main).toEqual({ priority: 'high', loading: 'eager', related: false });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((image) => image.priority !== null)).toEqual([]);
    expect(rest.filter((image) => image.related).every((image) => image.loading === 'lazy')).toBe(true);
  });

  it('styles every custom block: callouts carry their tone, the checklist and consultation blocks render', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const tones = (flagship['body'] as { _type: string; tone?: string }[])
      .filter((b) => b._type === 'callout')
      .map((b) => b.tone);
    const rendered = await page
      .locator('main [role="note"][data-tone]')
      .evaluateAll((notes) => notes.map((n) => n.getAttribute('data-tone')));
    expect(rendered).toEqual(tones);
    await expect(page.locator('main fit-checklist').count()).resolves.toBe(1);
  });

  it('closes with the consultation call to action for this article', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const links = await page
      .locator('main article a[href^="/contact/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.at(-1)).toBe(`/contact/?from=${FLAGSHIP}`);
  });

  it('suggests three related articles: shared topics first, then the newest', async () => {
    await open(`/articles/${FLAGSHIP}/`);
    const shown = await page
      .locator('section[aria-labelledby="related-heading"] h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const mine = new Set(refs(flagship['topics']));
    const ranked = articles
      .filter((a) => a !== flagship && Date.parse(String(a['publishedAt'])) <= Date.now())
      .map((a) => ({
        slug: slugOf(a),
        shared: refs(a['topics']).filter((t) => mine.has(t)).length,
        date: Date.parse(String(a['publishedAt'])),
      }));
    expect(shown).toHaveLength(3);
    expect(shown).not.toContain(`/articles/${FLAGSHIP}/`);
    // Whatever is shown shares at least as many topics as anything left out.
    const shownShared = ranked.filter((r) => shown.includes(`/articles/${r.slug}/`)).map((r) => r.shared);
    const bestLeftOut = Math.max(
      0,
      ...ranked.filter((r) => !shown.includes(`/articles/${r.slug}/`)).map((r) => r.shared),
    );
    expect(Math.min(...shownShared)).toBeGreaterThanOrEqual(bestLeftOut);
    for (const href of shown) {
      const response = await page.request.get(`${server.url}${href ?? ''}`);
      expect(response.status()).toBe(200);
    }
  });
});

describe('sensitive articles', () => {
  const noted = articles.find((a) => typeof a['contentNote'] === 'string');
  const crisis = articles.find((a) =>
    (a['body'] as { _type: string; tone?: string }[] | undefined)?.some((b) => b.tone === 'crisis'),
  );
  it('show the content note with crisis links above the body', async () => {
    expect(noted).toBeDefined();
    await open(`/articles/${slugOf(noted)}/`);
    const note = page.locator('main [aria-labelledby="content-note-heading"]');
    await expect(note.textContent()).resolves.toContain(String(noted?.['contentNote']));
    await expect(note.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    await expect(note.locator('a[href^="sms:"]').count()).resolves.toBeGreaterThan(0);
  });
  it('show crisis links inside a crisis callout', async () => {
    expect(crisis).toBeDefined();
    await open(`/articles/${slugOf(crisis)}/`);
    const callout = page.locator('main [data-tone="crisis"]').first();
    await expect(callout.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
  });
});

describe('the MDX article', () => {
  it('renders with the same frame, byline and table of contents', async () => {
    await open('/articles/paying-for-therapy/');
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    await expect(page.locator('main header').textContent()).resolves.toMatch(/By .+·?/);
    const hrefs = await page
      .locator('nav[aria-labelledby="toc-heading"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) await expect(page.locator(`main ${href}`).count()).resolves.toBe(1);
  });
});

describe('former slugs', () => {
  const moved = articles.filter((a) => ((a['previousSlugs'] as string[] | undefined) ?? []).length > 0);
  it('redirect to the current page', async () => {
    expect(moved.length).toBeGreaterThan(0);
    for (const article of moved) {
      for (const old of article['previousSlugs'] as string[]) {
        await page.goto(`${server.url}/articles/${old}/`);
        await page.waitForURL(`${server.url}/articles/${slugOf(article)}/`);
        await expect(page.locator('h1').textContent()).resolves.toBe(article['title']);
        // The server answers with a 301; the static redirect page stays in the build for static hosting.
        const answer = await page.request.get(`${server.url}/articles/${old}/`, { maxRedirects: 0 });
        expect(answer.status()).toBe(301);
        expect(answer.headers()['location']).toBe(`/articles/${String(slugOf(article))}/`);
        const distDir = process.env['READER_DIST'] ?? 'dist';
        const html = fs.readFileSync(`${distDir}/client/articles/${old}/index.html`, 'utf8');
        expect(html).toContain(`<link rel="canonical" href="`);
        expect(html).toContain(`/articles/${slugOf(article)}/`);
        expect(html).toContain('noindex');
      }
    }
  });
  it('are listed in /redirects.json for a server that answers them with a 301', async () => {
    const response = await page.request.get(`${server.url}/redirects.json`);
    expect(response.status()).toBe(200);
    const map = (await response.json()) as Record<string, string>;
    for (const article of moved)
      for (const old of article['previousSlugs'] as string[])
        expect(map[`/articles/${old}/`]).toBe(`/articles/${String(slugOf(article))}/`);
  });
});

describe('listings', () => {
  it('paginate ten per page with rel prev/next and an accessible pagination nav', async () => {
    const count =
      articles.length + fs.readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).length;
    await open('/articles/');
    await expect(page.locator('main article').count()).resolves.toBe(Math.min(10, count));
    if (count > 10) {
      await expect(page.locator('link[rel="next"]').getAttribute('href')).resolves.toBe('/articles/page/2/');
      await page.locator('nav[aria-label="Pages"] a[rel="next"]').click();
      await page.waitForURL(/\/articles\/page\/2\/$/);
      await expect(page.locator('link[rel="prev"]').getAttribute('href')).resolves.toBe('/articles/');
      await expect(page.locator('nav[aria-label="Pages"] [aria-current="page"]').textContent()).resolves.toBe(
        '2',
      );
    }
    const first = await page.request.get(`${server.url}/articles/page/1/`);
    expect(first.status()).toBe(404);
  });

  it('topic pages list their articles; counselor pages offer a consultation when the counselor does', async () => {
    const counselors = docs.filter((d) => d._type === 'counselor');
    for (const counselor of counselors) {
      await open(`/counselors/${slugOf(counselor)}/`);
      const offer = page.locator(`main a[href="/contact/?counselor=${slugOf(counselor)}"]`);
      if (counselor['offersFreeConsultation']) {
        await expect(offer.textContent()).resolves.toContain(
          `Request a free consultation with ${String(counselor['name'])}`,
        );
      } else {
        await expect(offer.count()).resolves.toBe(0);
      }
      await expect(page.locator('main').textContent()).resolves.toMatch(
        counselor['acceptingNewClients'] ? /Accepting new clients/ : /Not accepting new clients/,
      );
    }
    const topic = docs.find((d) => d._type === 'topic');
    await open(`/topics/${slugOf(topic)}/`);
    const listed = await page.locator('main article h2 a').count();
    const expected = articles.filter((a) => refs(a['topics']).includes(topic?._id ?? '')).length;
    expect(listed).toBeGreaterThanOrEqual(expected);
  });
});

describe('calls to action', () => {
  // Calls to action outside the fit checklist (which has its own, shown with some of its outcomes).
  const closingBoxes = () =>
    page.locator('main article a[href^="/contact/"]').evaluateAll((links) =>
      links
        .filter((link) => !link.closest('fit-checklist'))
        .map((link) => ({
          href: link.getAttribute('href') ?? '',
          heading: link.parentElement?.querySelector('p')?.textContent.trim() ?? '',
        })),
    );

  // The flagship's text ends with a consultation block (Portable Text); "paying-for-therapy" ends with
  // <ConsultationCta /> (MDX).
  for (const slug of [FLAGSHIP, 'paying-for-therapy']) {
    it(`closes ${slug} with one call to action, not two in a row`, async () => {
      await open(`/articles/${slug}/`);
      const boxes = await closingBoxes();
      expect(boxes).toHaveLength(1);
      expect(boxes[0]?.href).toBe(`/contact/?from=${slug}`);
    });
  }

  it('never preselects the author in the general "Not sure where to start?" invitation', async () => {
    const settings = docs.find((d) => d._type === 'siteSettings');
    const general = (settings?.['consultation'] as { heading?: string } | undefined)?.heading ?? '';
    expect(general).not.toBe('');
    // Every article whose author offers a free consultation, where the preselection would show.
    const offering = articles.filter(
      (a) => byId.get(refs([a['author']])[0] ?? '')?.['offersFreeConsultation'] === true,
    );
    expect(offering.length).toBeGreaterThan(0);
    let seen = 0;
    for (const article of offering) {
      if (Date.parse(String(article['publishedAt'])) > Date.now()) continue;
      await open(`/articles/${slugOf(article)}/`);
      for (const box of (await closingBoxes()).filter((b) => b.heading === general)) {
        seen += 1;
        expect(box.href, String(slugOf(article))).toBe(`/contact/?from=${slugOf(article)}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
