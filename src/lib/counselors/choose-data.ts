import { AVAILABILITY, SESSION_FORMATS } from '../../../sanity/schemaTypes/rules/counselor-facts.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ChoosePhrases } from './choose-reasons.ts';
import type { CounselorFacts } from './facts.ts';
import { languageName } from './language-names.ts';
import { planSlug } from './filters.ts';
import type { TopicNamer } from './topic-titles.ts';
import { chooseQuestions, type ChooseAnswers, type ChooseCandidate, type ChooseQuestion } from './rank.ts';

// What "Help me choose" needs from the content, built the same way for the static page (from the content store)
// and the server's answer to the posted form (from the server's content snapshot): the counselors as the ranking
// reads them, the options of each question and the words of the reasons, in the page's language.

/** A counselor as the page carries it for the island and the ranking reads it. */
export interface ChooseCounselor extends ChooseCandidate {
  slug: string;
  name: string;
  /** Whether they offer a free consultation (the link then says so). */
  consultation: boolean;
}

/** One answer a question offers. */
export interface ChooseOption {
  value: string;
  label: string;
  /** The label's language when it is not the page's (a topic not translated yet keeps its English title). */
  lang?: Language;
}

/** Everything the page renders and ranks with. */
export interface ChooseData {
  counselors: ChooseCounselor[];
  options: Record<ChooseQuestion, ChooseOption[]>;
  phrases: ChoosePhrases;
}

/** Ways to pay besides an insurance plan, as the `insurance` parameter names them. */
const PAY = ['self-pay', 'sliding-scale'] as const;

/** A counselor's offers, keyed by the filters' parameter names. */
export function chooseCounselor(facts: CounselorFacts): ChooseCounselor {
  return {
    slug: facts.slug,
    name: facts.name,
    accepting: facts.acceptingNewClients,
    consultation: facts.offersFreeConsultation,
    offers: {
      concern: facts.topics.map((topic) => topic.slug),
      format: facts.sessionFormats,
      insurance: [
        ...facts.insurance.map(planSlug),
        ...(facts.selfPay ? ['self-pay'] : []),
        ...(facts.slidingScale ? ['sliding-scale'] : []),
      ],
      language: facts.languages,
      availability: facts.availability,
    },
  };
}

/** A language's name as it reads inside a sentence ("Spanish", "español"): the message file's, else ICU's. */
function languageInSentence(code: string, lang: Language, messages: Messages): string {
  const own = messages.counselors.languageNames[code.toLowerCase()];
  if (own !== undefined) return own;
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// "Anxiety" reads "anxiety" inside a sentence; "PTSD" and "LGBTQ+ identity" keep their capitals.
const inSentence = (title: string, lang: Language) =>
  /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLocaleLowerCase(lang) + title.slice(1) : title;

/** Values in first-seen order, each once, with the label of its first appearance. */
function unique(pairs: [string, string][]): Map<string, string> {
  const seen = new Map<string, string>();
  for (const [value, label] of pairs) if (!seen.has(value)) seen.set(value, label);
  return seen;
}

const sortedOptions = (values: Map<string, string>, lang: Language): ChooseOption[] =>
  [...values]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

/**
 * The chooser's data for a page in `lang`. Counselors keep the order given (the counselor list's, by name), which
 * is how equal fits are ordered. Concerns, plans and languages are those at least one counselor offers; concerns
 * are named by `topicName` (their titles in the page's language where translated).
 */
export function chooseData(
  counselors: readonly CounselorFacts[],
  lang: Language,
  messages: Messages,
  topicName: TopicNamer = (topic) => ({ title: topic.title, lang }),
): ChooseData {
  const t = messages.choose;
  const named = new Map(
    counselors.flatMap((c) => c.topics.map((topic) => [topic.slug, topicName(topic)] as const)),
  );
  const topics = new Map([...named].map(([slug, { title }]) => [slug, title]));
  const plans = unique(
    counselors.flatMap((c) => c.insurance.map((plan): [string, string] => [planSlug(plan), plan])),
  );
  plans.delete('');
  const codes = unique(
    counselors.flatMap((c) =>
      c.languages.map((code): [string, string] => [code, languageInSentence(code, lang, messages)]),
    ),
  );
  const options: ChooseData['options'] = {
    concern: sortedOptions(topics, lang).map((option) => {
      const written = named.get(option.value)?.lang;
      return written === undefined || written === lang ? option : { ...option, lang: written };
    }),
    format: SESSION_FORMATS.map((value) => ({ value, label: messages.counselors.formats[value] })),
    insurance: [
      ...sortedOptions(plans, lang),
      ...PAY.map((value) => ({ value, label: t.payOptions[value] })),
    ],
    language: sortedOptions(new Map([...codes].map(([code]) => [code, languageName(code, lang)])), lang),
    availability: AVAILABILITY.map((value) => ({ value, label: messages.counselors.availability[value] })),
  };
  const phrases: ChoosePhrases = {
    lang,
    templates: t.reasons,
    labels: {
      concern: Object.fromEntries([...topics].map(([slug, title]) => [slug, inSentence(title, lang)])),
      format: t.formatReasons,
      insurance: Object.fromEntries(plans),
      language: Object.fromEntries(codes),
      availability: t.availabilityReasons,
    },
    own: t.ownReasons,
    fit: t.fit,
  };
  return { counselors: counselors.map(chooseCounselor), options, phrases };
}

/**
 * The answers a form or a shared address holds: for each question, the values it offers that were sent (each
 * once). Anything else is dropped, so a made-up value cannot count as an answer nobody meets.
 */
export function readAnswers(params: URLSearchParams, options: ChooseData['options']): ChooseAnswers {
  const answers: ChooseAnswers = {};
  for (const question of chooseQuestions) {
    const known = new Set(options[question].map((option) => option.value));
    const values = [...new Set(params.getAll(question))].filter((value) => known.has(value));
    if (values.length > 0) answers[question] = values;
  }
  return answers;
}
