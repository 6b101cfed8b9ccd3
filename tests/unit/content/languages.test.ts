import { describe, expect, test } from 'vitest';
import { ContentRuleError } from '../../../src/lib/sanity/validate.ts';
import { basicDocuments, load, must, writeExport, type SourceKind } from '../../support/content-fixtures.ts';

// Both languages from one dataset, through the live API (the real @sanity/client against the local GROQ server) and
// from an export: ids, translations joined by translation.metadata, counselor facts, rules per language.

type Doc = ReturnType<typeof basicDocuments>[number];
const sources: SourceKind[] = ['export', 'live'];

const group = (id: string, refs: Record<string, string>, type = 'article'): Doc => ({
  _id: id,
  _type: 'translation.metadata',
  schemaTypes: [type],
  translations: Object.entries(refs).map(([language, ref]) => ({
    _key: language,
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: { _type: 'reference', _ref: ref, _weak: true },
  })),
});

/** The basic fixture with a Spanish translation of `article-worry` (sharing its slug) and of counselor Ana. */
function bilingual(extra: (docs: Doc[]) => Doc[] = (docs) => docs): string {
  const docs = basicDocuments();
  const worry = must(docs.find((d) => d._id === 'article-worry'));
  const spanish: Doc = {
    ...structuredClone(worry),
    _id: 'article-worry-es',
    language: 'es',
    title: 'Entender la preocupación',
    topics: [],
  };
  const ana: Doc = {
    _id: 'counselor-ana-es',
    _type: 'counselor',
    language: 'es',
    // A translation's copy of a fact is ignored: the English document's name wins.
    name: 'Ana (copia)',
    specialties: ['Ansiedad'],
    bio: [
      { _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text: 'Hola.' }], markDefs: [] },
    ],
  };
  return writeExport(
    extra([
      ...docs,
      spanish,
      ana,
      group('tm-worry', { en: 'article-worry', es: 'article-worry-es' }),
      group('tm-ana', { en: 'counselor-ana', es: 'counselor-ana-es' }, 'counselor'),
    ]),
  );
}

describe.each(sources)('both languages from the %s source', (kind) => {
  test('an article and its translation may share a slug; each entry names the other', async () => {
    const { entries, warnings } = await load(kind, 'articles', { exportPath: bilingual() });
    const ids = entries.map((e) => e.id);
    expect(ids).toContain('understanding-worry');
    expect(ids).toContain('es/understanding-worry');
    const english = must(entries.find((e) => e.id === 'understanding-worry'));
    expect(english.data['translations']).toEqual({ es: 'understanding-worry' });
    expect(warnings.filter((w) => w.includes('translation'))).toEqual([]);
  });

  test('a translation group pointing at a missing or draft document is no translation, with a warning', async () => {
    const exportPath = bilingual((docs) => [
      ...docs,
      group('tm-gone', { en: 'article-dangling', es: 'article-gone' }),
      group('tm-draft', { en: 'article-future', es: 'drafts.article-worry' }),
    ]);
    const { entries, warnings } = await load(kind, 'articles', { exportPath });
    expect(entries.find((e) => e.id === 'grief-at-work')?.data['translations']).toEqual({});
    expect(warnings).toContain(
      'translation.metadata "tm-gone" links article to "article-gone", which is missing or not published; it counts as no translation',
    );
    expect(warnings.some((w) => w.includes('"drafts.article-worry"'))).toBe(true);
  });

  test('a slug used twice within one language still fails, naming both', async () => {
    const exportPath = bilingual((docs) => [
      ...docs,
      { ...must(docs.find((d) => d._id === 'article-worry-es')), _id: 'article-worry-es-2' },
    ]);
    const error = await load(kind, 'articles', { exportPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentRuleError);
    expect((error as ContentRuleError).problems).toEqual([
      'article "article-worry-es-2" (Sanity): slug "understanding-worry" is already used by article "article-worry-es" (Sanity)',
    ]);
  });

  test("a counselor's translation keeps its text and takes every fact from the English document", async () => {
    const { entries, warnings } = await load(kind, 'counselors', { exportPath: bilingual() });
    const en = must(entries.find((e) => e.id === 'ana-reyes')).data;
    const es = must(
      entries.find((e) => e.id === 'es/ana-reyes'),
      'Ana in Spanish',
    ).data;
    expect(es['name']).toBe(en['name']);
    expect(es['slug']).toBe('ana-reyes');
    expect(es['fees']).toEqual(en['fees']);
    expect(es['specialties']).toEqual(['Ansiedad']);
    expect(es['translations']).toEqual({ en: 'ana-reyes' });
    expect(en['translations']).toEqual({ es: 'ana-reyes' });
    expect(warnings).toEqual([]);
  });

  test('a Spanish counselor with no English document to take facts from is left out, with a warning', async () => {
    const exportPath = bilingual((docs) => docs.filter((d) => d._id !== 'tm-ana'));
    const { entries, warnings } = await load(kind, 'counselors', { exportPath });
    expect(entries.map((e) => e.id)).not.toContain('es/ana-reyes');
    expect(warnings).toEqual([
      'counselor "counselor-ana-es" (es) has no published English counselor to take its facts from; it is left out',
    ]);
  });
});
