// "Help me choose" ranks counselors by how well they fit a person's answers (docs/counselor-finder.md). The same
// function runs on the server (the form posted without JavaScript) and in the browser (the island), so both give
// the same order. It is kept free of imports and string handling so the island stays small.

/** The five questions, by the query parameter each one shares with the counselor filters. */
export const chooseQuestions = ['concern', 'format', 'insurance', 'language', 'availability'] as const;

/** One of the five questions. */
export type ChooseQuestion = (typeof chooseQuestions)[number];

/** A person's answers: the values ticked for each question; a question left out or empty was skipped. */
export type ChooseAnswers = Partial<Record<ChooseQuestion, readonly string[]>>;

/** What the ranking needs to know of a counselor: the values they offer for each question. */
export interface ChooseCandidate {
  /** Whether they take new clients now; counselors who do come first. */
  accepting: boolean;
  /** The values they offer, by question (an insurance plan's slug, `self-pay`, `sliding-scale`, …). */
  offers: Partial<Record<ChooseQuestion, readonly string[]>>;
}

/** A counselor's place in the ranking and why. */
export interface RankedCounselor<C extends ChooseCandidate = ChooseCandidate> {
  counselor: C;
  /** The person's values this counselor offers, by question (only questions with at least one). */
  matched: Partial<Record<ChooseQuestion, string[]>>;
  /** How many of the answered questions this counselor meets (offers at least one of the values ticked). */
  met: number;
  /** How many questions the person answered (the same for every counselor). */
  answered: number;
}

/**
 * Ranks counselors by fit. The order, each rule breaking the ties of the one before:
 * 1. counselors taking new clients before those who are not;
 * 2. more answered questions met (a question is met by any one of its ticked values);
 * 3. more ticked values offered in all (two of three concerns beats one);
 * 4. the order they were given in (the counselor list's, by name), so equal fits are stable and explainable.
 * Every counselor is returned; with no answers, the order is rules 1 and 4 alone.
 */
export function rankCounselors<C extends ChooseCandidate>(
  counselors: readonly C[],
  answers: ChooseAnswers,
): RankedCounselor<C>[] {
  const asked = chooseQuestions.filter((question) => (answers[question]?.length ?? 0) > 0);
  const scored = counselors.map((counselor, index) => {
    const matched: RankedCounselor<C>['matched'] = {};
    let met = 0;
    let values = 0;
    for (const question of asked) {
      const offered = counselor.offers[question] ?? [];
      const both = [...new Set(answers[question])].filter((value) => offered.includes(value));
      if (both.length === 0) continue;
      matched[question] = both;
      met += 1;
      values += both.length;
    }
    return { ranked: { counselor, matched, met, answered: asked.length }, values, index };
  });
  scored.sort(
    (a, b) =>
      Number(b.ranked.counselor.accepting) - Number(a.ranked.counselor.accepting) ||
      b.ranked.met - a.ranked.met ||
      b.values - a.values ||
      a.index - b.index,
  );
  return scored.map(({ ranked }) => ranked);
}
