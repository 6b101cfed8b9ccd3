import { getCollection } from 'astro:content';
import { counselorFacts } from '../counselors/facts.ts';
import { articleTitle, counselorChoice, type ServerContent } from './server-snapshot.ts';

// Content lookups shared by static pages and the server-rendered routes. A production build replaces this module
// in the server bundle (only there) with the same functions over a build-time snapshot
// (src/integrations/server-content.ts), so the server never loads the whole content store.

/** The `siteSettings` singleton, if the content has one. */
export async function siteSettingsEntry(): Promise<ServerContent['siteSettings']> {
  return (await getCollection('siteSettings'))[0]?.data;
}

/** Every counselor's slug, name and credentials. */
export async function counselorEntries(): Promise<ServerContent['counselors']> {
  return (await getCollection('counselors')).map(({ data }) => counselorChoice(data));
}

/** Every counselor's facts, for "Help me choose". */
export async function counselorFactsEntries(): Promise<ServerContent['counselorFacts']> {
  return (await getCollection('counselors')).map(({ data }) => counselorFacts(data));
}

/** Every article's slug and title. */
export async function articleTitles(): Promise<ServerContent['articles']> {
  return (await getCollection('articles')).map(({ data }) => articleTitle(data));
}
