import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentRuleError } from '../../../src/lib/sanity/validate.ts';
import { load, must, root, variant, type SourceKind } from '../../support/content-fixtures.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };
const edit = (id: string, change: (doc: Doc) => void) => (docs: Doc[]) => {
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`no ${id} in fixture`);
  change(doc);
  return docs;
};
const failure = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentRuleError);
  return (error as Error).message;
};

// Every rule holds for both sources: the export (groq-js here) and the live API (real client over HTTP).
describe.each<SourceKind>(['export', 'live'])('rules every source follows (%s source)', (kind) => {
  test('drafts and release versions are never published', async () => {
    const { entries } = await load(kind, 'articles');
    const ids = entries.map((e) => String(e.data['_id']));
    expect(ids).not.toContain('drafts.article-worry');
    expect(ids.some((id) => id.startsWith('versions.'))).toBe(false);
    expect(entries.map((e) => e.id)).not.toContain('draft-worry');
    expect(entries.map((e) => e.id)).not.toContain('release-worry');
  });

  test('a draft with no published version is not published either', async () => {
    const dir = variant((docs) => [
      ...docs,
      {
        ...must(docs.find((d) => d._id === 'topic-grief')),
        _id: 'drafts.topic-new',
        slug: { current: 'brand-new' },
      },
    ]);
    const { entries } = await load(kind, 'topics', { exportPath: dir });
    expect(entries.map((e) => e.id).sort()).toEqual(['anxiety', 'grief']);
  });

  test('future-dated articles are left out until their date', async () => {
    expect((await load(kind, 'articles')).entries.map((e) => e.id)).not.toContain('not-yet');
    const later = await load(kind, 'articles', { now: new Date('2100-01-01T00:00:00Z') });
    expect(later.entries.map((e) => e.id)).toContain('not-yet');
  });

  test('dangling references are absent, with a warning naming both documents', async () => {
    const { entries, warnings } = await load(kind, 'articles');
    const grief = must(entries.find((e) => e.id === 'grief-at-work')).data;
    expect(grief['author']).toBeUndefined();
    expect(grief['topics']).toEqual([{ title: 'Grief', slug: 'grief' }]);
    expect(grief['body']).toHaveLength(1);
    expect(warnings).toEqual([
      'article "article-dangling" refers to missing counselor "counselor-missing" (author); it is left out',
      'article "article-dangling" refers to missing topic "topic-missing" (topics); it is left out',
      'article "article-dangling" refers to missing fitChecklist "checklist-missing" (body[1].checklist); it is left out',
    ]);
  });

  test('a reference to a draft-only document counts as missing', async () => {
    const dir = variant(
      edit('counselor-ben', (doc) => {
        doc._id = 'drafts.counselor-ben';
      }),
    );
    const { entries, warnings } = await load(kind, 'articles', { exportPath: dir });
    expect(must(entries.find((e) => e.id === 'understanding-worry')).data['reviewedBy']).toBeUndefined();
    expect(warnings).toContain(
      'article "article-worry" refers to missing counselor "counselor-ben" (reviewedBy); it is left out',
    );
  });

  test('an excerpt over 200 characters fails the build naming the _id and field', async () => {
    const dir = variant(
      edit('article-worry', (doc) => {
        doc['excerpt'] = 'x'.repeat(201);
      }),
    );
    expect(await failure(load(kind, 'articles', { exportPath: dir }))).toContain(
      'article "article-worry": excerpt is longer than 200 characters',
    );
  });

  test('an article’s sources come through in order; a source link that is not a web address fails the build', async () => {
    const references = [
      { _key: 'a', _type: 'referenceSource', citation: 'Author, A. (2001). A study. Journal, 1, 1–2.' },
      {
        _key: 'b',
        _type: 'referenceSource',
        citation: 'Writer, B. (2002). A book.',
        url: 'https://doi.org/10.1/x',
      },
    ];
    const good = variant(
      edit('article-worry', (doc) => {
        doc['references'] = references;
      }),
    );
    const { entries } = await load(kind, 'articles', { exportPath: good });
    expect(must(entries.find((e) => e.id === 'understanding-worry')).data['references']).toEqual([
      { citation: 'Author, A. (2001). A study. Journal, 1, 1–2.' },
      { citation: 'Writer, B. (2002). A book.', url: 'https://doi.org/10.1/x' },
    ]);
    const bad = variant(
      edit('article-worry', (doc) => {
        doc['references'] = [
          { _key: 'c', _type: 'referenceSource', citation: 'C.', url: 'javascript:alert(1)' },
        ];
      }),
    );
    expect(await failure(load(kind, 'articles', { exportPath: bad }))).toContain(
      'article "article-worry": references[0].url must be a web address starting with https:// or http://',
    );
  });

  test('site settings with a time zone that is not an IANA name fail the build naming the field', async () => {
    const good = variant(
      edit('siteSettings', (doc) => {
        doc['timeZone'] = 'Europe/Berlin';
      }),
    );
    const { entries } = await load(kind, 'siteSettings', { exportPath: good });
    expect(must(entries[0]).data['timeZone']).toBe('Europe/Berlin');
    const bad = variant(
      edit('siteSettings', (doc) => {
        doc['timeZone'] = 'Central Time';
      }),
    );
    expect(await failure(load(kind, 'siteSettings', { exportPath: bad }))).toContain(
      'timeZone must be a time zone name such as America/Chicago',
    );
  });

  test('a missing required field fails naming the _id and field', async () => {
    const dir = variant(
      edit('topic-grief', (doc) => {
        delete doc['title'];
      }),
    );
    expect(await failure(load(kind, 'topics', { exportPath: dir }))).toContain(
      'topic "topic-grief": title is required',
    );
  });

  test('a callout tone outside info, tip, warning, crisis fails', async () => {
    const dir = variant(
      edit('article-worry', (doc) => {
        must((doc['body'] as Record<string, unknown>[]).find((b) => b['_type'] === 'callout'))['tone'] =
          'shout';
      }),
    );
    expect(await failure(load(kind, 'articles', { exportPath: dir }))).toContain(
      'article "article-worry": body[6].tone must be one of info, tip, warning, crisis',
    );
  });

  test('a checklist with more than 15 items fails; one with no outcome fails', async () => {
    const dir = variant(
      edit('checklist-fit', (doc) => {
        doc['items'] = Array.from({ length: 16 }, (_, i) => ({ _key: `k${i}`, label: `Item ${i}` }));
        doc['outcomes'] = [];
      }),
    );
    const message = await failure(load(kind, 'checklists', { exportPath: dir }));
    expect(message).toContain('fitChecklist "checklist-fit": items has more than 15 items');
    expect(message).toContain('fitChecklist "checklist-fit": outcomes needs at least 1 outcome');
  });

  test('a negative outcome threshold fails', async () => {
    const dir = variant(
      edit('checklist-fit', (doc) => {
        must((doc['outcomes'] as Record<string, unknown>[])[0])['minChecked'] = -1;
      }),
    );
    expect(await failure(load(kind, 'checklists', { exportPath: dir }))).toContain(
      'fitChecklist "checklist-fit": outcomes[0].minChecked must be 0 or more',
    );
  });

  test('an image without alt text fails', async () => {
    const dir = variant(
      edit('counselor-ana', (doc) => {
        delete (doc['photo'] as Record<string, unknown>)['alt'];
      }),
    );
    expect(await failure(load(kind, 'counselors', { exportPath: dir }))).toContain(
      'counselor "counselor-ana": photo.alt is required',
    );
  });

  test("a counselor's finder facts arrive with their topics resolved; a missing topic is left out", async () => {
    const dir = variant(
      edit('counselor-ana', (doc) => {
        doc['topics'] = [
          { _type: 'reference', _ref: 'topic-grief', _key: 'a' },
          { _type: 'reference', _ref: 'topic-gone', _key: 'b' },
        ];
        Object.assign(doc, {
          sessionFormats: ['telehealth'],
          languages: ['es', 'ase'],
          agesServed: ['adults'],
          clientTypes: ['couples'],
          availability: ['weekend'],
          location: 'Maple Grove office',
          selfPay: true,
        });
      }),
    );
    const { entries, warnings } = await load(kind, 'counselors', { exportPath: dir });
    const ana = must(entries.find((e) => e.data['_id'] === 'counselor-ana')).data;
    expect(ana).toMatchObject({
      topics: [{ title: 'Grief', slug: 'grief' }],
      sessionFormats: ['telehealth'],
      languages: ['es', 'ase'],
      agesServed: ['adults'],
      clientTypes: ['couples'],
      availability: ['weekend'],
      location: 'Maple Grove office',
      selfPay: true,
    });
    expect(warnings).toEqual([
      'counselor "counselor-ana" refers to missing topic "topic-gone" (topics); it is left out',
    ]);
  });

  test('a counselor fact outside its list, or a language that is no code, fails naming the field', async () => {
    const dir = variant(
      edit('counselor-ana', (doc) => {
        Object.assign(doc, { sessionFormats: ['phone'], languages: ['Spanish!'] });
      }),
    );
    const message = await failure(load(kind, 'counselors', { exportPath: dir }));
    expect(message).toContain(
      'counselor "counselor-ana": sessionFormats[0] must be one of in-person, telehealth',
    );
    expect(message).toContain('languages[0] must be a language code');
  });

  test('two topics with one slug fail naming both', async () => {
    const dir = variant((docs) => [
      ...docs,
      { ...must(docs.find((d) => d._id === 'topic-grief')), _id: 'topic-grief-2' },
    ]);
    expect(await failure(load(kind, 'topics', { exportPath: dir }))).toContain(
      'topic "topic-grief-2": slug "grief" is already used by topic "topic-grief"',
    );
  });

  test('site settings without a crisis message fail', async () => {
    const dir = variant(
      edit('siteSettings', (doc) => {
        delete doc['crisisMessage'];
      }),
    );
    expect(await failure(load(kind, 'siteSettings', { exportPath: dir }))).toContain(
      'siteSettings "siteSettings": crisisMessage is required',
    );
  });

  test('a crisis link that is not tel:, sms: or https: fails', async () => {
    const dir = variant(
      edit('siteSettings', (doc) => {
        doc['crisisLinks'] = [{ _key: 'x', label: 'Help', href: 'javascript:alert(1)' }];
      }),
    );
    expect(await failure(load(kind, 'siteSettings', { exportPath: dir }))).toContain(
      'siteSettings "siteSettings": crisisLinks[0].href must start with tel:, sms: or https:',
    );
  });

  test('documents of other types are ignored', async () => {
    const dir = variant((docs) => [
      ...docs,
      { _id: 'sanity.migration', _type: 'sanity.migration', title: 'x' },
      { _id: 'weird', _type: 'article-ish', title: 'Not in the model' },
    ]);
    for (const collection of ['articles', 'topics', 'counselors', 'checklists'] as const) {
      const { entries } = await load(kind, collection, { exportPath: dir });
      expect(JSON.stringify(entries)).not.toContain('Not in the model');
      expect(JSON.stringify(entries)).not.toContain('Unknown type');
    }
  });
});

describe('MDX articles join the same collection', () => {
  const mdxDir = path.join(root, 'tests/fixtures/mdx/basic');

  test('frontmatter slugs resolve to the same author, reviewer and topic shapes as CMS articles', async () => {
    const { entries, warnings } = await load('export', 'articles', { mdxDir });
    const mdx = must(entries.find((e) => e.id === 'sleep-and-worry'));
    const cms = must(entries.find((e) => e.id === 'understanding-worry'));
    expect(mdx.filePath).toBe('tests/fixtures/mdx/basic/sleep-and-worry.mdx');
    expect(mdx.data).toMatchObject({
      source: 'mdx',
      title: 'Sleep and worry',
      author: cms.data['author'],
      reviewedBy: cms.data['reviewedBy'],
      reviewedAt: '2026-01-09',
      topics: [{ title: 'Anxiety', slug: 'anxiety' }],
      featured: true,
    });
    expect(warnings).toContain(
      'article "tests/fixtures/mdx/basic/sleep-and-worry.mdx" refers to missing topic "missing-topic" (topics); it is left out',
    );
    // Future-dated MDX is left out like CMS articles.
    expect(entries.map((e) => e.id)).not.toContain('later');
  });

  test.each<SourceKind>(['export', 'live'])(
    'the same MDX entry whichever source the CMS content came from (%s)',
    async (kind) => {
      const a = await load(kind, 'articles', { mdxDir });
      const b = await load('export', 'articles', { mdxDir });
      expect(JSON.stringify(a.entries)).toBe(JSON.stringify(b.entries));
    },
  );

  test('an MDX slug that a CMS article already uses fails naming both', async () => {
    const message = await failure(
      load('export', 'articles', { mdxDir: path.join(root, 'tests/fixtures/mdx/clash') }),
    );
    expect(message).toContain(
      'article "tests/fixtures/mdx/clash/understanding-worry.mdx" (MDX): slug "understanding-worry" is already used by article "article-worry" (Sanity)',
    );
  });

  test('two CMS articles with one slug fail naming both', async () => {
    const dir = variant((docs) => [
      ...docs,
      { ...must(docs.find((d) => d._id === 'article-worry')), _id: 'article-worry-copy' },
    ]);
    expect(await failure(load('export', 'articles', { exportPath: dir }))).toContain(
      'article "article-worry-copy" (Sanity): slug "understanding-worry" is already used by article "article-worry" (Sanity)',
    );
  });
});
