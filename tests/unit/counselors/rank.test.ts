import { describe, expect, it } from 'vitest';
import { chooseFit, chooseReasons, type ChoosePhrases } from '../../../src/lib/counselors/choose-reasons.ts';
import {
  rankCounselors,
  type ChooseAnswers,
  type ChooseCandidate,
} from '../../../src/lib/counselors/rank.ts';

interface Person extends ChooseCandidate {
  name: string;
}

const person = (name: string, accepting: boolean, offers: ChooseCandidate['offers']): Person => ({
  name,
  accepting,
  offers,
});

// A small practice, in the order the counselor list gives (by name).
const ana = person('Ana', true, {
  concern: ['anxiety', 'grief'],
  format: ['telehealth'],
  insurance: ['aetna', 'self-pay'],
  language: ['en', 'es'],
  availability: ['weekday-evening'],
});
const ben = person('Ben', true, {
  concern: ['anxiety'],
  format: ['in-person', 'telehealth'],
  insurance: ['aetna', 'sliding-scale'],
  language: ['en'],
  availability: ['weekday-daytime', 'weekend'],
});
const cam = person('Cam', false, {
  concern: ['anxiety', 'grief', 'trauma'],
  format: ['in-person', 'telehealth'],
  insurance: ['aetna', 'cigna', 'self-pay'],
  language: ['en', 'es'],
  availability: ['weekday-evening', 'weekend'],
});
const dee = person('Dee', true, {});
const practice = [ana, ben, cam, dee];

const names = (counselors: readonly Person[], answers: ChooseAnswers) =>
  rankCounselors(counselors, answers).map((ranked) => ranked.counselor.name);

describe('rankCounselors orders counselors by fit', () => {
  const table: { case: string; counselors: Person[]; answers: ChooseAnswers; order: string[] }[] = [
    {
      case: 'no answers: those accepting new clients first, otherwise the list order',
      counselors: practice,
      answers: {},
      order: ['Ana', 'Ben', 'Dee', 'Cam'],
    },
    {
      case: 'every question skipped (empty lists) is the same as no answers',
      counselors: practice,
      answers: { concern: [], format: [], insurance: [], language: [], availability: [] },
      order: ['Ana', 'Ben', 'Dee', 'Cam'],
    },
    {
      case: 'more questions met ranks higher',
      counselors: practice,
      answers: { language: ['es'], availability: ['weekday-evening'], format: ['in-person'] },
      order: ['Ana', 'Ben', 'Dee', 'Cam'],
    },
    {
      case: 'a question is met by any one of its values',
      counselors: practice,
      answers: { availability: ['weekend', 'weekday-daytime'], insurance: ['sliding-scale'] },
      order: ['Ben', 'Ana', 'Dee', 'Cam'],
    },
    {
      case: 'partial match: with questions met equal, more values offered wins (two concerns beat one)',
      counselors: [ben, ana],
      answers: { concern: ['anxiety', 'grief'] },
      order: ['Ana', 'Ben'],
    },
    {
      case: 'ties keep the list order, whichever way round the list is',
      counselors: [ben, ana],
      answers: { concern: ['anxiety'], insurance: ['aetna'] },
      order: ['Ben', 'Ana'],
    },
    {
      case: 'ties keep the list order (the other way round)',
      counselors: [ana, ben],
      answers: { concern: ['anxiety'], insurance: ['aetna'] },
      order: ['Ana', 'Ben'],
    },
    {
      case: 'a perfect fit not taking new clients comes after everyone who is',
      counselors: practice,
      answers: { concern: ['trauma'], insurance: ['cigna'] },
      order: ['Ana', 'Ben', 'Dee', 'Cam'],
    },
    {
      case: 'nobody accepting new clients: ranked by fit all the same',
      counselors: practice.map((c) => ({ ...c, accepting: false })),
      answers: { concern: ['trauma'], format: ['in-person'] },
      order: ['Cam', 'Ben', 'Ana', 'Dee'],
    },
    {
      case: 'a value nobody offers meets no one, and changes no order',
      counselors: practice,
      answers: { language: ['fr'] },
      order: ['Ana', 'Ben', 'Dee', 'Cam'],
    },
    {
      case: 'no counselors: an empty list',
      counselors: [],
      answers: { concern: ['anxiety'] },
      order: [],
    },
  ];

  for (const row of table) {
    it(row.case, () => {
      expect(names(row.counselors, row.answers)).toEqual(row.order);
    });
  }

  it('says what matched, how many questions were met and how many were answered', () => {
    const [first, second] = rankCounselors([ben, ana], {
      concern: ['grief', 'anxiety', 'grief'],
      language: ['es'],
      format: [],
      availability: ['weekend'],
    });
    expect(first).toMatchObject({
      counselor: ana,
      matched: { concern: ['grief', 'anxiety'], language: ['es'] },
      met: 2,
      answered: 3,
    });
    expect(second).toMatchObject({
      counselor: ben,
      matched: { concern: ['anxiety'], availability: ['weekend'] },
      met: 2,
      answered: 3,
    });
  });

  it('leaves the list it was given as it was', () => {
    const list = [dee, cam, ben, ana];
    rankCounselors(list, { concern: ['anxiety'] });
    expect(list.map((c) => c.name)).toEqual(['Dee', 'Cam', 'Ben', 'Ana']);
  });
});

const english: ChoosePhrases = {
  lang: 'en',
  templates: {
    concern: 'Works with {}',
    format: 'Offers {}',
    insurance: 'Takes {}',
    language: 'Sessions in {}',
    availability: 'Sees clients {}',
  },
  labels: {
    concern: { anxiety: 'anxiety', grief: 'grief' },
    format: { telehealth: 'telehealth' },
    insurance: { aetna: 'Aetna' },
    language: { es: 'Spanish' },
    availability: { 'weekday-evening': 'on weekday evenings' },
  },
  own: { 'self-pay': 'Welcomes self-pay', 'sliding-scale': 'Offers a sliding scale' },
  fit: { all: 'Fits all your answers', some: 'Fits {met} of your {answered} answers', none: 'Fits none' },
};

const spanish: ChoosePhrases = {
  ...english,
  lang: 'es',
  templates: { ...english.templates, concern: 'Trabaja con {}', insurance: 'Acepta {}' },
  labels: { ...english.labels, concern: { anxiety: 'ansiedad', grief: 'duelo' } },
};

describe('the reasons, in plain words', () => {
  const answers: ChooseAnswers = {
    concern: ['anxiety', 'grief'],
    insurance: ['aetna', 'self-pay'],
    format: ['telehealth'],
    availability: ['weekday-evening'],
  };

  it('one reason per question met, in the order of the questions, values joined as a list', () => {
    const [ranked] = rankCounselors([ana], answers);
    expect(ranked && chooseReasons(ranked, english)).toEqual([
      'Works with anxiety and grief',
      'Offers telehealth',
      'Takes Aetna',
      'Welcomes self-pay',
      'Sees clients on weekday evenings',
    ]);
    expect(ranked && chooseFit(ranked, english)).toBe('Fits all your answers');
  });

  it('in Spanish, with Spanish list words', () => {
    const [ranked] = rankCounselors([ana], { concern: ['anxiety', 'grief'], insurance: ['aetna'] });
    expect(ranked && chooseReasons(ranked, spanish)).toEqual([
      'Trabaja con ansiedad y duelo',
      'Acepta Aetna',
    ]);
  });

  it('a partial fit says how many answers it meets; no fit says so; no answers says nothing', () => {
    const partial = rankCounselors([ben], answers)[0];
    expect(partial && chooseFit(partial, english)).toBe('Fits 3 of your 4 answers');
    const none = rankCounselors([dee], answers)[0];
    expect(none && chooseReasons(none, english)).toEqual([]);
    expect(none && chooseFit(none, english)).toBe('Fits none');
    const skipped = rankCounselors([ana], {})[0];
    expect(skipped && chooseFit(skipped, english)).toBe('');
  });

  it('a value without a label shows as given rather than disappearing', () => {
    const [ranked] = rankCounselors([cam], { insurance: ['cigna'] });
    expect(ranked && chooseReasons(ranked, english)).toEqual(['Takes cigna']);
  });
});
