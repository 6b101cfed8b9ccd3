import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComponentRenderer, SITE, type ComponentRenderer } from './load-component.ts';

let components: ComponentRenderer;

beforeAll(async () => {
  components = await createComponentRenderer();
  await components.warm(
    [
      'SeoHead',
      'CrisisBar',
      'SiteHeader',
      'SiteFooter',
      'reader/TableOfContents',
      'reader/ContentNote',
      'reader/TopicTags',
      'reader/FormattedDate',
      'reader/Byline',
      'reader/Pagination',
    ].map((name) => `/src/components/${name}.astro`),
  );
}, 300_000);

afterAll(async () => {
  await components.close();
});

const settings = {
  title: 'Abide',
  crisisMessage: 'Call or text 988 in a crisis.',
  crisisLinks: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
  ],
  disclaimer: 'Educational only.',
  phone: '(555) 010-4477',
  email: 'hello@abide.example',
  address: 'Abide\n1 Main St',
};

describe('what search engines and link previews see (SeoHead)', () => {
  it('writes the title, description, canonical URL and social tags', async () => {
    const html = await components.render('/src/components/SeoHead.astro', {
      siteTitle: 'Abide',
      title: 'Grief & work',
      description: 'On "returning".',
      path: '/articles/grief/',
      image: { src: '/_astro/x.jpg', alt: 'A path' },
      type: 'article',
    });
    expect(html).toContain('<title>Grief &amp; work · Abide</title>');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/articles/grief/">`);
    expect(html).toContain('<meta name="description" content="On &quot;returning&quot;.">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:image" content="${SITE}/_astro/x.jpg">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).not.toContain('noindex');
  });
  it('marks noIndex pages and escapes JSON-LD so it cannot end the script', async () => {
    const html = await components.render('/src/components/SeoHead.astro', {
      siteTitle: 'Abide',
      path: '/x/',
      noIndex: true,
      jsonLd: [{ headline: '</script><script>alert(1)</script>' }],
    });
    expect(html).toContain('<meta name="robots" content="noindex">');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });
});

describe('the frame of every page', () => {
  it('shows the crisis message with tel: and sms: links', async () => {
    const html = await components.render('/src/components/CrisisBar.astro', { settings });
    expect(html).toContain('aria-label="Crisis help"');
    expect(html).toContain('Call or text 988 in a crisis.');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
  });
  it('has the main navigation and a search form that works without JavaScript', async () => {
    const html = await components.render(
      '/src/components/SiteHeader.astro',
      { siteTitle: 'Abide' },
      '/topics/grief/',
    );
    for (const href of ['/articles/', '/topics/', '/counselors/', '/search/', '/contact/'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/<form action="\/search\/" method="get" role="search"/);
    expect(html).toMatch(/<input id="site-search" name="q" type="search"/);
    expect(html).toMatch(/href="\/topics\/"[^>]*aria-current="page"/);
    expect(html).not.toMatch(/href="\/articles\/"[^>]*aria-current/);
  });
  it('closes with the disclaimer and contact details', async () => {
    const html = await components.render('/src/components/SiteFooter.astro', { settings });
    expect(html).toContain('Educational only.');
    expect(html).toContain('href="tel:5550104477"');
    expect(html).toContain('href="mailto:hello@abide.example"');
    expect(html).toContain('href="/privacy/"');
    // The address's first line repeats the practice name shown above it.
    expect(html).toContain('>1 Main St<');
  });
});

describe('article parts', () => {
  it('lists the sections with links to their anchors', async () => {
    const html = await components.render('/src/components/reader/TableOfContents.astro', {
      entries: [
        { id: 'why', text: 'Why it matters', depth: 2 },
        { id: 'how', text: 'How & when', depth: 3 },
      ],
    });
    expect(html).toContain('aria-labelledby="toc-heading"');
    expect(html).toContain('href="#why"');
    expect(html).toContain('How &amp; when');
  });
  it('renders nothing for an article without enough sections', async () => {
    const html = await components.render('/src/components/reader/TableOfContents.astro', { entries: [] });
    expect(html.trim()).toBe('');
  });
  it('shows a content note with the crisis links', async () => {
    const html = await components.render('/src/components/reader/ContentNote.astro', {
      note: 'Mentions <self-harm>.',
      settings,
    });
    expect(html).toContain('Mentions &lt;self-harm&gt;.');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
  });
  it('links topics and marks them as search filters only when asked', async () => {
    const topics = [{ title: 'Grief <loss>', slug: 'grief' }];
    const plain = await components.render('/src/components/reader/TopicTags.astro', { topics });
    expect(plain).toContain('href="/topics/grief/"');
    expect(plain).toContain('Grief &lt;loss&gt;');
    expect(plain).not.toContain('data-pagefind-filter');
    const filtered = await components.render('/src/components/reader/TopicTags.astro', {
      topics,
      searchFilter: true,
    });
    expect(filtered).toContain('data-pagefind-filter="topic"');
  });
  it('writes machine-readable dates', async () => {
    const html = await components.render('/src/components/reader/FormattedDate.astro', {
      date: '2026-03-03',
    });
    expect(html).toBe('<time datetime="2026-03-03">March 3, 2026</time>');
  });
  it('bylines link to the counselor with credentials', async () => {
    const html = await components.render('/src/components/reader/Byline.astro', {
      person: { name: 'Ana Reyes', slug: 'ana-reyes', credentials: 'LPC', offersFreeConsultation: true },
    });
    expect(html).toContain('<a href="/counselors/ana-reyes/"');
    expect(html).toContain('Ana Reyes</a><span>, LPC</span>');
  });
});

describe('pagination', () => {
  const page = (number: number, total: number) => ({
    number,
    total,
    items: [],
    href: number === 1 ? '/articles/' : `/articles/page/${number}/`,
    prevHref: number > 1 ? (number === 2 ? '/articles/' : `/articles/page/${number - 1}/`) : undefined,
    nextHref: number < total ? `/articles/page/${number + 1}/` : undefined,
  });
  const href = (n: number) => (n === 1 ? '/articles/' : `/articles/page/${n}/`);
  it('is an accessible nav with the current page marked and rel prev/next', async () => {
    const html = await components.render('/src/components/reader/Pagination.astro', {
      page: page(2, 3),
      href,
    });
    expect(html).toContain('<nav aria-label="Pages"');
    expect(html).toMatch(/href="\/articles\/" rel="prev"/);
    expect(html).toMatch(/href="\/articles\/page\/3\/" rel="next"/);
    expect(html).toMatch(/href="\/articles\/page\/2\/" aria-current="page"/);
  });
  it('is absent when everything fits on one page', async () => {
    const html = await components.render('/src/components/reader/Pagination.astro', {
      page: page(1, 1),
      href,
    });
    expect(html.trim()).toBe('');
  });
});
