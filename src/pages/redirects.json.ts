import { getArticles } from '../lib/reader/content.ts';
import { redirectPaths } from '../lib/reader/redirects.ts';

/**
 * Former article addresses and where they moved, `{ "/articles/<old>/": "/articles/<new>/" }`, for a server that
 * wants to answer them with a 301 (the static pages at those addresses already redirect with a meta refresh).
 */
export async function GET(): Promise<Response> {
  const articles = await getArticles();
  const map = Object.fromEntries(
    redirectPaths(
      articles.map((a) => a.data),
      () => undefined,
    ).map(({ from, to }) => [`/articles/${from}/`, to]),
  );
  return new Response(JSON.stringify(map, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
