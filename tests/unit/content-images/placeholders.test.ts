import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { placeholderFor } from '../../../src/lib/sanity/images.ts';
import { load } from '../../support/content-fixtures.ts';
import { writeGeneratedExport, type GeneratedExport } from '../../support/generated-export.ts';

// Sanity keeps a blurred preview (lqip) and a palette for each image; pages show them while the image loads.

const lqip = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODw==';

describe('the placeholder an asset’s metadata gives', () => {
  test('the blurred preview first, else the dominant colour (as an SVG data URL)', () => {
    expect(placeholderFor({ _id: 'a', lqip, color: '#336699' })).toEqual({ src: lqip, kind: 'lqip' });
    const color = placeholderFor({ _id: 'a', color: '#336699' });
    expect(color?.kind).toBe('color');
    expect(decodeURIComponent(color?.src ?? '')).toBe(
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#336699"/></svg>',
    );
  });

  test('none for an image with transparent parts, or without metadata', () => {
    expect(placeholderFor({ _id: 'a', lqip, color: '#336699', opaque: false })).toBeUndefined();
    expect(placeholderFor({ _id: 'a' })).toBeUndefined();
    expect(placeholderFor(null)).toBeUndefined();
  });

  test.each([
    ['a script URL', 'javascript:alert(1)'],
    ['an SVG data URL', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a quote that would end the attribute', 'data:image/jpeg;base64,AAAA" onerror="alert(1)'],
    ['a remote address', 'https://tracker.example/p.jpg'],
    ['something far too long to be a preview', `data:image/jpeg;base64,${'A'.repeat(5000)}`],
  ])('a preview that is %s is not used', (_what, value) => {
    expect(placeholderFor({ _id: 'a', lqip: value })).toBeUndefined();
  });

  test('a colour that is not #rrggbb is not used', () => {
    expect(placeholderFor({ _id: 'a', color: 'red;background:url(x)' })).toBeUndefined();
  });
});

describe('from an export’s assets.json', () => {
  let generated: GeneratedExport;
  beforeAll(async () => {
    generated = await writeGeneratedExport(mkdtempSync(path.join(os.tmpdir(), 'alliance-lqip-')));
  });
  afterAll(() => {
    generated.remove();
  });

  test('each body image gets the placeholder its metadata allows', async () => {
    const { entries } = await load('export', 'articles', { exportPath: generated.dir });
    const body = entries[0]?.data['body'] as {
      _type: string;
      alt?: string;
      placeholder?: { kind: string };
    }[];
    const kind = (name: string) => body.find((b) => b.alt === `The ${name} test image`)?.placeholder?.kind;
    expect(kind('jpeg-progressive')).toBe('lqip');
    expect(kind('jpeg-rotated')).toBe('lqip');
    expect(kind('webp')).toBe('color');
    // Transparent: the placeholder would show through.
    expect(kind('png-alpha')).toBeUndefined();
    // Sanity keeps no preview for SVG, and a drawing needs none.
    expect(kind('svg')).toBeUndefined();
  });
});
