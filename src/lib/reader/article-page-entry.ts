import { render } from 'astro:content';
import { mdxComponents } from '../../components/mdx/components.ts';
import type { Alternates } from '../../i18n/alternates.ts';
import type { Language } from '../../i18n/languages.ts';
import { getSiteSettings } from '../content/site-settings.ts';
import { profileHref } from '../counselors/profile-links.ts';
import { articlePageModel, type ArticlePageModel } from './article-page.ts';
import { endsWithConsultationCta } from './closing-cta.ts';
import { getRelatableArticles, type ArticleEntry } from './content.ts';
import { articleReadingMinutes } from './reading-time.ts';
import { relatedArticles } from './related.ts';
import { socialImage } from './social-image.ts';

// The static article pages' model, from a collection entry (src/pages/articles/[slug].astro and its Spanish
// twin). Only prerendered pages import this module: it reads the content store.

/** The page model of one article of the collection, in the page's language. */
export async function articlePageOfEntry(
  article: ArticleEntry,
  lang: Language,
  alternates: Alternates,
  site: string,
): Promise<ArticlePageModel> {
  const { data } = article;
  const [settings, rendered, relatable, preview, profile] = await Promise.all([
    getSiteSettings(lang),
    data.source === 'mdx' ? render(article) : undefined,
    getRelatableArticles(lang),
    data.mainImage ? socialImage(data.mainImage, 'wide', 1200) : undefined,
    profileHref(lang),
  ]);
  return articlePageModel({
    data,
    lang,
    alternates,
    settings,
    site,
    // CMS articles: the loader found the headings when it rendered the text (src/lib/portable-text/stored-body.ts).
    headings: rendered
      ? rendered.headings.map((h) => ({ id: h.slug, text: h.text, depth: h.depth }))
      : (data.headings ?? []),
    minutes: articleReadingMinutes(article),
    // A body that already ends with a consultation block (same link) needs no second one right under it.
    endsWithCta: endsWithConsultationCta(article),
    socialImage: preview,
    related: relatedArticles(relatable, data).map((r) => r.entry),
    mdx: rendered ? { Content: rendered.Content, components: mdxComponents } : undefined,
    profile,
  });
}
