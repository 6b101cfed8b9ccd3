import type { APIContext } from 'astro';
import { articleFeed } from '../lib/reader/rss.ts';

/** The newest English articles as RSS 2.0 (src/lib/reader/rss.ts). */
export function GET(context: APIContext): Promise<Response> {
  return articleFeed(context, 'en');
}
