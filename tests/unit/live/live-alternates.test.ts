import { describe, expect, it } from 'vitest';
import { liveArticleAlternates, type KnownArticle } from '../../../src/lib/reader/live-alternates.ts';

// The build being served: an English article translated into Spanish, and one with no translation.
const built: KnownArticle[] = [
  { _id: 'a-sleep', slug: 'sleep-and-mood', language: 'en', translations: { es: 'sueno-y-animo' } },
  { _id: 'a-sleep-es', slug: 'sueno-y-animo', language: 'es', translations: { en: 'sleep-and-mood' } },
  { _id: 'a-grief', slug: 'grief-has-no-timeline', language: 'en' },
];

describe('the language switch of a live article page', () => {
  it('links an edited article to the translation the served build has', () => {
    expect(liveArticleAlternates({ _id: 'a-sleep', slug: 'sleep-and-mood', language: 'en' }, built)).toEqual({
      en: '/articles/sleep-and-mood/',
      es: '/es/articles/sueno-y-animo/',
    });
    expect(
      liveArticleAlternates({ _id: 'a-sleep-es', slug: 'sueno-y-animo', language: 'es' }, built),
    ).toEqual({
      es: '/es/articles/sueno-y-animo/',
      en: '/articles/sleep-and-mood/',
    });
  });

  it('keeps the link when the article moves to a new slug', () => {
    expect(
      liveArticleAlternates({ _id: 'a-sleep-es', slug: 'dormir-y-animo', language: 'es' }, built),
    ).toEqual({
      es: '/es/articles/dormir-y-animo/',
      en: '/articles/sleep-and-mood/',
    });
  });

  it('finds a new article through the translation that names it', () => {
    const named: KnownArticle[] = [
      { _id: 'a-grief', slug: 'grief-has-no-timeline', language: 'en', translations: { es: 'el-duelo' } },
    ];
    expect(liveArticleAlternates({ _id: 'a-new', slug: 'el-duelo', language: 'es' }, named)).toEqual({
      es: '/es/articles/el-duelo/',
      en: '/articles/grief-has-no-timeline/',
    });
  });

  it('names only its own page when the build has no translation of it', () => {
    expect(
      liveArticleAlternates({ _id: 'a-grief', slug: 'grief-has-no-timeline', language: 'en' }, built),
    ).toEqual({ en: '/articles/grief-has-no-timeline/' });
    expect(liveArticleAlternates({ _id: 'a-new', slug: 'nuevo', language: 'es' }, built)).toEqual({
      es: '/es/articles/nuevo/',
    });
  });
});
