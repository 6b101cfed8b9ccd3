import { describe, expect, test } from 'vitest';
import {
  isFiltered,
  keepKnown,
  matches,
  nearest,
  optionCounts,
  parseFilters,
  planSlug,
  serializeFilters,
  type FinderEntry,
} from '../../../src/lib/counselors/filters.ts';
import { countText, nearHtml, type FinderData } from '../../../src/lib/counselors/finder-view.ts';

const entry = (slug: string, accepting: boolean, facets: FinderEntry['facets']): FinderEntry => ({
  slug,
  name: slug.charAt(0).toUpperCase() + slug.slice(1),
  href: `/counselors/${slug}/`,
  accepting,
  facets,
});

const ana = entry('ana', true, {
  concern: ['anxiety'],
  insurance: ['aetna', 'self-pay'],
  format: ['telehealth', 'in-person'],
  language: ['en', 'es'],
  availability: ['weekday-evening'],
});
const ben = entry('ben', false, {
  concern: ['grief', 'anxiety'],
  insurance: ['bluecross-blueshield', 'sliding-scale'],
  format: ['in-person'],
  language: ['en'],
  availability: ['weekend'],
});
const cy = entry('cy', true, {
  concern: ['grief'],
  insurance: ['aetna'],
  format: ['telehealth'],
  language: ['en', 'ase'],
  availability: ['weekday-daytime', 'weekend'],
});
const all = [ana, ben, cy];
const shown = (query: string) =>
  all.filter((e) => matches(e, parseFilters(new URLSearchParams(query)))).map((e) => e.slug);

describe('the query string', () => {
  test('a repeated parameter means any of its values; different ones all of them', () => {
    expect(shown('format=telehealth')).toEqual(['ana', 'cy']);
    expect(shown('availability=weekend&availability=weekday-evening')).toEqual(['ana', 'ben', 'cy']);
    expect(shown('format=telehealth&insurance=bluecross-blueshield')).toEqual([]);
    expect(shown('format=in-person&concern=grief')).toEqual(['ben']);
    expect(shown('accepting=1&concern=grief')).toEqual(['cy']);
    expect(shown('')).toEqual(['ana', 'ben', 'cy']);
  });

  test('paying yourself and a sliding scale are insurance values', () => {
    expect(shown('insurance=self-pay')).toEqual(['ana']);
    expect(shown('insurance=sliding-scale&insurance=aetna')).toEqual(['ana', 'ben', 'cy']);
  });

  test('unknown parameters, odd values and anything but accepting=1 are ignored', () => {
    const state = parseFilters(
      new URLSearchParams(
        'utm_source=x&format=<script>&format=&accepting=yes&language=ES&concern=grief&concern=grief',
      ),
    );
    expect(state).toEqual({ values: { language: ['es'], concern: ['grief'] }, accepting: false });
    expect(isFiltered(parseFilters(new URLSearchParams('utm_source=x')))).toBe(false);
  });

  test('a value no counselor offers is dropped rather than obeyed', () => {
    const state = keepKnown(
      parseFilters(new URLSearchParams('format=fax&format=telehealth&ages=teens')),
      all,
    );
    expect(state.values).toEqual({ format: ['telehealth'] });
  });

  test('serializing gives the form order, and parses back to the same state', () => {
    const state = parseFilters(
      new URLSearchParams('accepting=1&format=telehealth&concern=grief&concern=anxiety'),
    );
    const query = serializeFilters(state);
    expect(query).toBe('?concern=grief&concern=anxiety&format=telehealth&accepting=1');
    expect(parseFilters(new URLSearchParams(query))).toEqual(state);
    expect(serializeFilters({ values: {}, accepting: false })).toBe('');
  });

  test('plan names become lower-case slugs', () => {
    expect(planSlug('BlueCross BlueShield')).toBe('bluecross-blueshield');
    expect(planSlug('  Médica & Co. ')).toBe('medica-co');
    expect(planSlug('UnitedHealthcare')).toBe('unitedhealthcare');
  });
});

describe('counts beside each option', () => {
  test('with nothing asked, each option counts the counselors who offer it', () => {
    const counts = optionCounts(all, { values: {}, accepting: false });
    expect(counts.get('format=telehealth')).toBe(2);
    expect(counts.get('concern=grief')).toBe(2);
    expect(counts.get('accepting=1')).toBe(2);
    expect(counts.get('language=ase')).toBe(1);
  });

  test('an option counts what ticking it would show: other filters apply, its own adds to the "any of"', () => {
    const counts = optionCounts(all, parseFilters(new URLSearchParams('format=telehealth&concern=grief')));
    // format: among those working with grief (ben, cy), who offers each format
    expect(counts.get('format=in-person')).toBe(1);
    expect(counts.get('format=telehealth')).toBe(1);
    // concern: among telehealth counselors (ana, cy)
    expect(counts.get('concern=anxiety')).toBe(1);
    expect(counts.get('concern=grief')).toBe(1);
    expect(counts.get('accepting=1')).toBe(1);
  });
});

describe('no match', () => {
  const data: FinderData = {
    counselors: all,
    labels: {
      'format=telehealth': 'Telehealth',
      'availability=weekend': 'Weekends',
      'concern=anxiety': 'Anxiety',
      'accepting=1': 'Accepting new clients',
    },
    text: {
      many: '{n} counselors',
      one: '1 counselor',
      none: 'No counselor matches all of these',
      but: '{met}, but not {missed}',
      or: ' or ',
      full: 'Not taking new clients right now',
    },
  };

  test('the nearest counselors come first, each with what it meets', () => {
    const state = parseFilters(new URLSearchParams('concern=anxiety&availability=weekend&accepting=1'));
    expect(all.filter((e) => matches(e, state))).toEqual([]);
    const near = nearest(all, state);
    expect(near.map((n) => [n.entry.slug, n.missed])).toEqual([
      ['ana', ['availability']],
      ['ben', ['accepting']],
      ['cy', ['concern']],
    ]);
    expect(near[0]?.met).toEqual(['concern=anxiety', 'accepting=1']);
  });

  test('counselors meeting none of the request are not offered as near', () => {
    const state = parseFilters(new URLSearchParams('language=ase&insurance=self-pay'));
    expect(nearest(all, state).map((n) => n.entry.slug)).toEqual(['ana', 'cy']);
  });

  test('the answer says what differs in plain words, and escapes names', () => {
    const state = parseFilters(new URLSearchParams('format=telehealth&availability=weekend&concern=anxiety'));
    const html = nearHtml({ ...data, counselors: [{ ...ana, name: 'Ana <A&B>' }, ben, cy] }, state);
    expect(html).toContain(
      '<li><a href="/counselors/ana/">Ana &lt;A&amp;B&gt;</a>: Anxiety, Telehealth, but not Weekends</li>',
    );
    expect(nearHtml(data, parseFilters(new URLSearchParams('concern=anxiety&accepting=1')))).toContain(
      '<a href="/counselors/ben/">Ben</a>: Anxiety. Not taking new clients right now',
    );
  });

  test('the count sentence', () => {
    expect(countText(data.text, 0)).toBe('No counselor matches all of these');
    expect(countText(data.text, 1)).toBe('1 counselor');
    expect(countText(data.text, 4)).toBe('4 counselors');
  });
});
