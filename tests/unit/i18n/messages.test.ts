import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { languageOfPath, localizePath } from '../../../src/i18n/languages.ts';

/** Every key path of a message tree, with the kind of value it holds. */
function shape(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [inner, kind] of shape(value as Record<string, unknown>, path)) keys.set(inner, kind);
    } else keys.set(path, typeof value);
  }
  return keys;
}

describe('message files', () => {
  it('English and Spanish hold the same keys, each of the same kind', () => {
    const english = shape(en);
    const spanish = shape(es);
    expect([...spanish.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([]);
    for (const [key, kind] of english) expect(`${key}: ${spanish.get(key)}`).toBe(`${key}: ${kind}`);
  });

  it('no message is empty in either language', () => {
    for (const tree of [en, es]) {
      for (const [key, kind] of shape(tree)) {
        if (kind !== 'string') continue;
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });
});

describe('language paths', () => {
  it('Spanish pages live under /es/, English ones stay where they are', () => {
    expect(localizePath('/contact/', 'es')).toBe('/es/contact/');
    expect(localizePath('/', 'es')).toBe('/es/');
    expect(localizePath('/contact/', 'en')).toBe('/contact/');
    expect(localizePath('/es/contact/', 'es')).toBe('/es/contact/');
    expect(languageOfPath('/es/articles/x/')).toBe('es');
    expect(languageOfPath('/es')).toBe('es');
    expect(languageOfPath('/essays/')).toBe('en');
  });
});
