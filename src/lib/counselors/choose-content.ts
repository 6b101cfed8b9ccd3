import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { counselorFactsEntries } from '../content/lookups.ts';
import { chooseData, type ChooseData } from './choose-data.ts';
import { topicNamer } from './topic-titles.ts';

/**
 * "Help me choose" for a page in `lang`, from the content (the store on static pages, the snapshot on the server),
 * counselors A–Z by name as on the counselor list: the order equal fits keep. Topics go by their titles in `lang`.
 */
export async function chooseContent(lang: Language): Promise<ChooseData> {
  const [entries, topicName] = await Promise.all([counselorFactsEntries(), topicNamer(lang)]);
  const facts = entries.sort((a, b) => a.name.localeCompare(b.name));
  return chooseData(facts, lang, messagesFor(lang), topicName);
}
