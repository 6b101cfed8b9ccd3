import { expect, test } from 'vitest';
import {
  CONTENT_LANGUAGE_IDS,
  DEFAULT_CONTENT_LANGUAGE,
} from '../../../sanity/schemaTypes/rules/languages.ts';
import { defaultLanguage, languages } from '../../../src/i18n/languages.ts';

test('content is written in exactly the languages the site is published in', () => {
  expect(CONTENT_LANGUAGE_IDS).toEqual([...languages]);
  expect(DEFAULT_CONTENT_LANGUAGE).toBe(defaultLanguage);
});
