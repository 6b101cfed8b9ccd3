import { describe, expect, test } from 'vitest';
import { crisisHrefProblem, linkProblem } from '../../../sanity/schemaTypes/rules/index.ts';
import { renderTextBlocks } from '../../../src/lib/portable-text/render-html.ts';
import { normalizedSchemas } from '../../../src/lib/sanity/schemas.ts';

// One link rule: a link the Studio lets an editor save is exactly a link the site renders as a link, and a link
// the Studio refuses is one the site would show as plain text.

const linked = (href: string) => ({
  _type: 'block',
  _key: 'b',
  style: 'normal',
  markDefs: [{ _key: 'l', _type: 'link', href }],
  children: [{ _type: 'span', _key: 's', text: 'the link text', marks: ['l'] }],
});

/** href → whether it is a link (in the Studio and on the site alike). */
const TABLE: [string, boolean][] = [
  ['https://example.org/guide', true],
  ['http://example.org', true],
  ['HTTPS://EXAMPLE.ORG', true],
  ['https://example.org/a?b=c#d', true],
  ['mailto:hello@example.org', true],
  ['MAILTO:hello@example.org', true],
  ['tel:988', true],
  ['tel:+1-555-0100', true],
  ['sms:741741', true],
  ['/contact/', true],
  ['/articles/understanding-worry/', true],
  ['/', true],
  ['#what-helps', true],
  ['#', true],
  ['?page=2', true],
  [' https://example.org', true],
  ['https://example.org ', true],
  ['javascript:alert(1)', false],
  ['JaVaScRiPt:alert(1)', false],
  [' javascript:alert(1)', false],
  ['java\tscript:alert(1)', false],
  ['java\nscript:alert(1)', false],
  ['\u0001javascript:alert(1)', false],
  ['data:text/html,<b>x</b>', false],
  ['vbscript:msgbox(1)', false],
  ['file:///etc/passwd', false],
  ['ftp://example.org', false],
  ['//evil.example/path', false],
  ['/\\evil.example', false],
  ['\\\\evil.example', false],
  ['/ /evil.example', false],
  ['example.org', false],
  ['www.example.org/page', false],
  ['', false],
  ['   ', false],
  ['blob:https://example.org/uuid', false],
];

describe('the Studio accepts exactly the links the site renders', () => {
  test('the table is long enough to mean something', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  test.each(TABLE)('%j → link: %s', (href, isLink) => {
    const studioAccepts = linkProblem(href) === undefined;
    const siteRendersLink = renderTextBlocks([linked(href)]).includes('<a href=');
    expect(studioAccepts).toBe(isLink);
    expect(siteRendersLink).toBe(isLink);
    if (!isLink) expect(renderTextBlocks([linked(href)])).toBe('<p>the link text</p>');
  });
});

describe('crisis links: the Studio and the site schema agree', () => {
  const settings = (href: string) => ({
    title: 'P',
    crisisMessage: 'Call 988.',
    crisisLinks: [{ label: 'Help', href }],
  });
  test.each([
    ['tel:988', true],
    ['sms:741741', true],
    ['https://988lifeline.org', true],
    ['http://988lifeline.org', false],
    ['mailto:help@example.org', false],
    ['/contact/', false],
    ['java\tscript:alert(1)', false],
    ['tel\t:988', true],
  ] as [string, boolean][])('%j → allowed: %s', (href, allowed) => {
    expect(crisisHrefProblem(href) === undefined).toBe(allowed);
    expect(normalizedSchemas.siteSettings.safeParse(settings(href)).success).toBe(allowed);
  });
});
