import { chooseQuestions, type ChooseQuestion, type RankedCounselor } from './rank.ts';

// A ranked counselor's reasons in plain words ("Works with anxiety · Takes Aetna"), shared by the server and the
// island. The phrases come from the page (the server renders them from src/i18n), so the island carries no
// message file.

/** The words a page gives the reasons, in its language. */
export interface ChoosePhrases {
  /** The page's language, for joining lists ("a, b and c"; "a, b y c"). */
  lang: string;
  /** Per question, a reason with `{}` where the list of matched values goes ("Works with {}"). */
  templates: Record<ChooseQuestion, string>;
  /** How each value reads inside its question's reason ("anxiety", "telehealth", "Aetna"). */
  labels: Partial<Record<ChooseQuestion, Record<string, string>>>;
  /** Values that are a reason on their own rather than an item of a list ("self-pay": "Welcomes self-pay"). */
  own: Record<string, string>;
  /** How well a counselor fits: every answer, some (`{met}` of `{answered}`), none. */
  fit: { all: string; some: string; none: string };
}

/** The reasons a counselor fits, one per question met (plus any value that is a reason of its own), in order. */
export function chooseReasons(ranked: RankedCounselor, phrases: ChoosePhrases): string[] {
  const list = new Intl.ListFormat(phrases.lang, { type: 'conjunction' });
  const reasons: string[] = [];
  for (const question of chooseQuestions) {
    const values = ranked.matched[question] ?? [];
    const listed = values.filter((value) => phrases.own[value] === undefined);
    if (listed.length > 0) {
      const labels = listed.map((value) => phrases.labels[question]?.[value] ?? value);
      reasons.push(phrases.templates[question].replace('{}', list.format(labels)));
    }
    for (const value of values) {
      const own = phrases.own[value];
      if (own !== undefined) reasons.push(own);
    }
  }
  return reasons;
}

/** How many answers a counselor fits, in words; empty when the person answered nothing. */
export function chooseFit(ranked: RankedCounselor, phrases: ChoosePhrases): string {
  if (ranked.answered === 0) return '';
  if (ranked.met === ranked.answered) return phrases.fit.all;
  if (ranked.met === 0) return phrases.fit.none;
  return phrases.fit.some.replace('{met}', String(ranked.met)).replace('{answered}', String(ranked.answered));
}
