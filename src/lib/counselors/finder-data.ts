import {
  AGES_SERVED,
  AVAILABILITY,
  CLIENT_TYPES,
  SESSION_FORMATS,
} from '../../../sanity/schemaTypes/rules/counselor-facts.ts';
import { localizePath, type Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { Counselor } from '../sanity/schemas.ts';
import { planSlug, SELF_PAY, SLIDING_SCALE, type Filter, type FinderEntry } from './filters.ts';
import type { FinderData } from './finder-view.ts';
import { languageName } from './language-names.ts';
import type { TopicNamer } from './topic-titles.ts';

/** One option of a filter, as the form shows it. */
export interface FinderOption {
  value: string;
  label: string;
  /** The label's language when it is not the page's (a topic not translated yet keeps its English title). */
  lang?: Language;
}

/** The finder for a page: its embedded data and the form's options per filter (only options someone offers). */
export interface Finder {
  data: FinderData;
  options: [Filter, FinderOption[]][];
}

/** Where a counselor's name leads from a page in `lang` (by default their page in that language). */
type ProfileHref = (slug: string) => string;

/** What each filter matches for a counselor (docs/counselor-finder.md). */
export function finderEntry(
  counselor: Counselor,
  lang: Language,
  profile: ProfileHref = (slug) => localizePath(`/counselors/${slug}/`, lang),
): FinderEntry {
  const insurance = counselor.insurance.map(planSlug).filter(Boolean);
  if (counselor.selfPay) insurance.push(SELF_PAY);
  if (counselor.slidingScale) insurance.push(SLIDING_SCALE);
  return {
    slug: counselor.slug,
    name: counselor.name,
    href: profile(counselor.slug),
    accepting: counselor.acceptingNewClients,
    facets: {
      concern: counselor.topics.map((t) => t.slug),
      insurance,
      format: counselor.sessionFormats,
      language: counselor.languages.map((code) => code.toLowerCase()),
      ages: counselor.agesServed,
      clientType: counselor.clientTypes,
      availability: counselor.availability,
    },
  };
}

/**
 * The finder for a list of counselors in a page's language. Concerns are named by `topicName` (their titles in the
 * page's language where translated).
 */
export function buildFinder(
  counselors: readonly Counselor[],
  lang: Language,
  profile?: ProfileHref,
  topicName: TopicNamer = (topic) => ({ title: topic.title, lang }),
): Finder {
  const t = messagesFor(lang).counselors;
  const collator = new Intl.Collator(lang);
  const byLabel = (a: FinderOption, b: FinderOption) => collator.compare(a.label, b.label);
  const seen = (pick: (c: Counselor) => [string, string, Language?][]) => {
    const map = new Map<string, FinderOption>();
    for (const c of counselors)
      for (const [value, label, written] of pick(c))
        if (value && !map.has(value))
          map.set(value, written && written !== lang ? { value, label, lang: written } : { value, label });
    return [...map.values()];
  };
  const fixed = <V extends string>(
    values: readonly V[],
    labels: Record<V, string>,
    held: (c: Counselor) => readonly V[],
  ) =>
    values
      .filter((v) => counselors.some((c) => held(c).includes(v)))
      .map((value) => ({ value, label: labels[value] }));
  const plans = seen((c) => c.insurance.map((plan): [string, string] => [planSlug(plan), plan])).sort(
    byLabel,
  );
  if (counselors.some((c) => c.selfPay)) plans.push({ value: SELF_PAY, label: t.selfPay });
  if (counselors.some((c) => c.slidingScale)) plans.push({ value: SLIDING_SCALE, label: t.slidingScale });
  const options: Finder['options'] = [
    [
      'concern',
      seen((c) =>
        c.topics.map((topic): [string, string, Language] => {
          const { title, lang: written } = topicName(topic);
          return [topic.slug, title, written];
        }),
      ).sort(byLabel),
    ],
    ['insurance', plans],
    ['format', fixed(SESSION_FORMATS, t.formats, (c) => c.sessionFormats)],
    [
      'language',
      seen((c) =>
        c.languages.map((code): [string, string] => [code.toLowerCase(), languageName(code, lang)]),
      ).sort(byLabel),
    ],
    ['ages', fixed(AGES_SERVED, t.ages, (c) => c.agesServed)],
    ['clientType', fixed(CLIENT_TYPES, t.clientTypes, (c) => c.clientTypes)],
    ['availability', fixed(AVAILABILITY, t.availability, (c) => c.availability)],
  ];
  const labels: Record<string, string> = { 'accepting=1': t.finder.accepting };
  for (const [filter, list] of options) for (const o of list) labels[`${filter}=${o.value}`] = o.label;
  return {
    data: { counselors: counselors.map((c) => finderEntry(c, lang, profile)), labels, text: t.finder.text },
    options: options.filter(([, list]) => list.length > 0),
  };
}
