import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishOnlyStrings, englishStringsIn } from '../support/english-strings.ts';
import { siteSession } from '../support/site-session.ts';

// No Spanish page is half translated (docs/i18n.md): every page the build writes under /es/, and the pages the
// server renders in Spanish (a filtered counselor list, "Help me choose" answered, the contact form and its errors),
// are scanned for the English
// interface strings of src/i18n/en.ts that Spanish says otherwise: in the text (hidden parts, templates and
// noscript included), in the attributes a reader or a screen reader meets (aria-label, alt, title, placeholder,
// meta content), in data-* attributes and JSON blocks (the words islands and the structured data carry; their
// keys and values such as slugs and paths are not words). Content
// the practice has not translated is marked with its language (lang="en") and is not the interface's: it is
// left out, as are counselors' names and other content (they are not message values).

const dist = path.resolve(process.env['READER_DIST'] ?? 'dist');
const site = siteSession({ DIST_DIR: dist });
const english = englishOnlyStrings();

/** Every Spanish page the build wrote, as a site path. */
function builtSpanishPages(): string[] {
  const root = path.join(dist, 'client');
  return fs
    .readdirSync(path.join(root, 'es'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/es/${file}`.replace(/index\.html$/, '').replace(/\\/g, '/'))
    .sort();
}

/** A query of the Spanish counselor list that no counselor meets (two concerns nobody has together). */
function nobodyMatches(): string {
  const html = fs.readFileSync(path.join(dist, 'client/es/counselors/index.html'), 'utf8');
  const json = /id="counselor-finder-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const { counselors = [] } = JSON.parse(json) as { counselors?: { facets: { concern: string[] } }[] };
  const concerns = [...new Set(counselors.flatMap((c) => c.facets.concern))];
  for (const a of concerns)
    for (const b of concerns)
      if (a < b && !counselors.some((c) => c.facets.concern.includes(a) && c.facets.concern.includes(b)))
        return `?concern=${a}&concern=${b}`;
  throw new Error('every two concerns of the demo content share a counselor');
}

/** What a reader of a page's HTML meets, with content marked as another language left out. */
async function interfaceText(html: string): Promise<string> {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  // Only the HTML: no picture, style or script is fetched.
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  const text = await page.evaluate(() => {
    // Values, not words: slugs, paths, addresses and filter values (`format=telehealth`), schema.org's @-keys.
    const isValue = (value: string) => /^[a-z0-9@#/.][\w.:=/?&#%+@-]*$/.test(value) || /^https?:/.test(value);
    const parts: string[] = [];
    const strings = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!isValue(value)) parts.push(value);
      } else if (Array.isArray(value)) value.forEach(strings);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) if (!key.startsWith('@')) strings(inner);
    };
    const data = (text: string) => {
      try {
        strings(JSON.parse(text));
      } catch {
        strings(text);
      }
    };
    for (const el of document.querySelectorAll('[lang]'))
      if (el !== document.documentElement && !el.getAttribute('lang')?.startsWith('es')) el.remove();
    for (const el of document.querySelectorAll('script[type$="json"]')) data(el.textContent);
    for (const el of document.querySelectorAll('style, script')) el.remove();
    parts.push(document.title, document.body.textContent);
    for (const template of document.querySelectorAll('template')) parts.push(template.content.textContent);
    const read = new Set(['aria-label', 'alt', 'title', 'placeholder', 'content']);
    for (const el of document.querySelectorAll('*'))
      for (const attr of el.attributes)
        if (read.has(attr.name) || attr.name.startsWith('data-')) data(attr.value);
    // A template's own placeholders ("{ticked} de {total}") are not words.
    return parts.join('\n').replace(/\{[a-z]+\}/gi, ' ');
  });
  await context.close();
  return text;
}

/** The English strings a page holds, as "string (message key)". */
async function englishOn(html: string): Promise<string[]> {
  return englishStringsIn(await interfaceText(html), english).map(({ key, text }) => `${text} (${key})`);
}

describe('Spanish pages', () => {
  it('know English strings to look for', () => {
    expect(english.length).toBeGreaterThan(100);
    expect(englishStringsIn('<p>Not accepting new clients right now</p>', english)).toContainEqual(
      expect.objectContaining({ key: 'counselors.profile.notAccepting' }),
    );
  });

  it('built under /es/ show no English interface string', async () => {
    const pages = builtSpanishPages();
    expect(pages).toContain('/es/counselors/');
    const found: Record<string, string[]> = {};
    for (const pagePath of pages) {
      const html = fs.readFileSync(
        path.join(dist, 'client', pagePath, pagePath.endsWith('/') ? 'index.html' : ''),
        'utf8',
      );
      const strings = await englishOn(html);
      if (strings.length) found[pagePath] = strings;
    }
    expect(found).toEqual({});
  });

  it('the server renders show no English interface string', async () => {
    const { url } = site.server;
    const answers = {
      'a filtered counselor list': await fetch(`${url}/es/counselors/?format=telehealth&accepting=1`),
      'a counselor list nobody matches': await fetch(`${url}/es/counselors/${nobodyMatches()}`),
      '"Help me choose" answered': await fetch(`${url}/es/counselors/choose/results/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body: 'concern=anxiety&format=telehealth&availability=evenings',
      }),
      'an unknown address': await fetch(`${url}/es/no-such-page/`),
      'the contact form': await fetch(`${url}/es/contact/`),
      'the contact form shown again with its errors': await fetch(`${url}/api/contact?language=es`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body: 'language=es&name=&email=not-an-email&message=Hola',
      }),
    };
    expect(answers['the contact form shown again with its errors'].status).toBe(400);
    const found: Record<string, string[]> = {};
    for (const [name, response] of Object.entries(answers)) {
      const strings = await englishOn(await response.text());
      if (strings.length) found[name] = strings;
    }
    expect(found).toEqual({});
  });
});
