import { languages, localizePath } from '../i18n/languages.ts';
import { getArticles } from '../lib/reader/content.ts';
import { redirectPaths } from '../lib/reader/redirects.ts';

/**
 * Former article addresses and where they moved, `{ "/articles/<old>/": "/articles/<new>/" }` (Spanish ones under
 * `/es/`), for a server that wants to answer them with a 301 (the static pages at those addresses already
 * redirect with a meta refresh).
 */
export async function GET(): Promise<Response> {
  const entries: [string, string][] = [];
  for (const language of languages) {
    const articles = await getArticles(language);
    for (const { from, to } of redirectPaths(
      articles.map((a) => a.data),
      () => undefined,
    ))
      entries.push([localizePath(`/articles/${from}/`, language), localizePath(to, language)]);
  }
  return new Response(JSON.stringify(Object.fromEntries(entries), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
