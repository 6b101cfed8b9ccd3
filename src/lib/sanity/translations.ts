import {
  DEFAULT_CONTENT_LANGUAGE,
  type ContentLanguage,
} from '../../../sanity/schemaTypes/rules/languages.ts';
import { isUnpublishedId } from './export-reader.ts';

// Translations are joined the way Sanity's document-internationalization plugin joins them: one
// `translation.metadata` document per group, whose `translations[]` hold (weak) references to the group's
// documents, one per language. The loader trusts each document's own `language` field, not the keys in the group.

/** One `translation.metadata` document as the collection queries return it (queries.ts). */
export interface TranslationGroup {
  _id: string;
  refs?: readonly (string | null)[] | null;
}

/** An entry that may have translations: its document, its language and what names it (slug, or `_id`). */
export interface Translatable {
  _id: string;
  language: ContentLanguage;
  key: string;
}

/** Per entry `_id`: the other languages' keys, only for translations that were published and kept. */
export type TranslationLinks = Map<string, Partial<Record<ContentLanguage, string>>>;

/** The language of a document as stored (absent or empty: English). */
export function documentLanguage(value: unknown): unknown {
  return value === undefined || value === null || value === '' ? DEFAULT_CONTENT_LANGUAGE : value;
}

/**
 * Links each kept entry to the kept entries it shares a translation group with, in other languages.
 * - `returned`: the `_id` of every document of this type the query returned (published ones); a group pointing at
 *   an id outside it (a missing document, a draft, a document of another type) counts as no translation, with a
 *   warning naming the group and the id.
 * - A returned document that was not kept (an article dated in the future) is silently no translation yet.
 * - Two kept documents of the same language in one group: the first (by `_id`) counts, with a warning.
 */
export function linkTranslations(
  type: string,
  entries: readonly Translatable[],
  groups: readonly TranslationGroup[] | null | undefined,
  returned: ReadonlySet<string>,
  warn: (message: string) => void,
): TranslationLinks {
  const kept = new Map(entries.map((entry) => [entry._id, entry]));
  const links: TranslationLinks = new Map();
  const grouped = new Map<string, string>();
  for (const group of groups ?? []) {
    const refs = (group.refs ?? []).filter((ref): ref is string => typeof ref === 'string' && ref !== '');
    // A group belongs to this type when it names at least one document the query returned.
    if (!refs.some((ref) => returned.has(ref))) continue;
    const members: Translatable[] = [];
    for (const ref of refs) {
      if (isUnpublishedId(ref) || !returned.has(ref)) {
        warn(
          `translation.metadata "${group._id}" links ${type} to "${ref}", which is missing or not published; it counts as no translation`,
        );
        continue;
      }
      const entry = kept.get(ref);
      if (!entry) continue;
      const earlier = grouped.get(ref);
      if (earlier !== undefined) {
        warn(
          `${type} "${ref}" is in two translation groups ("${earlier}" and "${group._id}"); only the first counts`,
        );
        continue;
      }
      grouped.set(ref, group._id);
      members.push(entry);
    }
    const byLanguage = new Map<ContentLanguage, Translatable>();
    for (const member of [...members].sort((a, b) => a._id.localeCompare(b._id))) {
      const first = byLanguage.get(member.language);
      if (first) {
        warn(
          `translation.metadata "${group._id}" links two ${member.language} ${type} documents ("${first._id}" and "${member._id}"); only "${first._id}" counts`,
        );
        continue;
      }
      byLanguage.set(member.language, member);
    }
    for (const member of byLanguage.values()) {
      const others: Partial<Record<ContentLanguage, string>> = {};
      for (const [language, other] of byLanguage) if (other !== member) others[language] = other.key;
      if (Object.keys(others).length) links.set(member._id, others);
    }
  }
  return links;
}

/**
 * Index of translation groups by document `_id`: each member's fellow members (for counselors, whose translations
 * take their facts from the English document before they are checked).
 */
export function groupMembers(groups: readonly TranslationGroup[] | null | undefined): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const group of groups ?? []) {
    const refs = (group.refs ?? []).filter((ref): ref is string => typeof ref === 'string' && ref !== '');
    for (const ref of refs)
      if (!members.has(ref))
        members.set(
          ref,
          refs.filter((other) => other !== ref),
        );
  }
  return members;
}
