import type { Alternates } from '../../i18n/alternates.ts';
import { localizePath, type Language } from '../../i18n/languages.ts';
import { getArticles, type ArticleEntry } from './content.ts';
import { redirectPaths } from './redirects.ts';
import { articleAlternates } from './translations.ts';

/** What an article route renders: the article, or a redirect from one of its former slugs. */
export type ArticleRoute =
  | { article: ArticleEntry; alternates: Alternates; redirectTo: undefined }
  | { article: undefined; alternates: undefined; redirectTo: string };

/** The static paths of `/articles/<slug>/` in one language: every article, and each former slug it redirects. */
export async function articleRoutes(
  language: Language,
): Promise<{ params: { slug: string }; props: ArticleRoute }[]> {
  const articles = await getArticles(language);
  const pages = await Promise.all(
    articles.map(async (article) => ({
      params: { slug: article.data.slug },
      props: {
        article,
        alternates: await articleAlternates(article.data, language),
        redirectTo: undefined,
      } as ArticleRoute,
    })),
  );
  const redirects = redirectPaths(articles.map((a) => a.data)).map(({ from, to }) => ({
    params: { slug: from },
    props: {
      article: undefined,
      alternates: undefined,
      redirectTo: localizePath(to, language),
    },
  }));
  return [...pages, ...redirects];
}
