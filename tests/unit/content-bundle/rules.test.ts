import { describe, expect, test } from 'vitest';
import {
  checkDataset,
  checkDocument,
  isAllowedHref,
  LIMITS,
  portableTextToPlain,
  readingEaseEs,
  readingLevel,
  type Problem,
} from '../../../sanity/schemaTypes/rules/index.ts';
import { exportDocs, mdxFiles, TODAY, type Doc } from './bundle.ts';

// The Studio's rules as plain functions (sanity/schemaTypes/rules/), run over the bundled export without the
// Studio installed. The Studio schema calls the same functions, and studio-validation.test.ts runs Sanity's own
// validator with that schema.

const docs = exportDocs();
const byId = (id: string): Doc => {
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`${id} is not in the bundle`);
  return structuredClone(doc);
};
const describeProblems = (problems: Problem[]) =>
  problems.map((p) => `${p.level} ${p.id} ${p.path}: ${p.message}`);
const at = (problems: Problem[], level: Problem['level']) =>
  problems.filter((p) => p.level === level).map((p) => p.path);

/** An MDX article's frontmatter in document form, so the same article rules apply to it. */
function mdxAsDocument(file: string, frontmatter: Record<string, unknown>): Doc {
  const ref = (slug: unknown) => ({ _type: 'reference', _ref: `counselor-${String(slug)}` });
  return {
    ...frontmatter,
    _id: `mdx-${file}`,
    _type: 'article',
    slug: { _type: 'slug', current: frontmatter['slug'] },
    author: ref(frontmatter['author']),
    reviewedBy: ref(frontmatter['reviewedBy']),
    topics: ((frontmatter['topics'] as unknown[] | undefined) ?? []).map((slug, index) => ({
      _type: 'reference',
      _key: String(index),
      _ref: `topic-${String(slug)}`,
    })),
  };
}

describe('the bundled content follows every rule and every piece of editor guidance', () => {
  test('the export has no errors and no warnings (including references that point nowhere)', () => {
    expect(describeProblems(checkDataset(docs, TODAY))).toEqual([]);
  });

  test('MDX articles follow the same article rules, and their counselors and topics exist', () => {
    const files = mdxFiles();
    expect(files.length).toBeGreaterThan(0);
    const all = [...docs, ...files.map(({ file, frontmatter }) => mdxAsDocument(file, frontmatter))];
    expect(describeProblems(checkDataset(all, TODAY))).toEqual([]);
  });

  test('English articles read at about grade 8 or below, Spanish ones at a Fernández-Huerta ease of 65 or more', () => {
    const articles = docs.filter((d) => d._type === 'article');
    expect(articles.some((d) => d['language'] === 'es')).toBe(true);
    for (const doc of articles) {
      const text = portableTextToPlain(doc['body']);
      if (doc['language'] === 'es')
        expect.soft(readingEaseEs(text).ease, doc._id).toBeGreaterThanOrEqual(LIMITS.readingEaseMinEs + 5);
      else expect.soft(readingLevel(text).grade, doc._id).toBeLessThanOrEqual(LIMITS.readingGradeMax - 1);
    }
  });
});

describe('rules that are errors (the build and the Studio refuse them)', () => {
  test('a missing title, slug or publish date, and an excerpt over 200 characters, name the document and field', () => {
    const doc = byId('article-sleep-and-mood');
    delete doc['title'];
    doc['slug'] = { _type: 'slug', current: '' };
    doc['excerpt'] = 'x'.repeat(LIMITS.excerptMax + 1);
    delete doc['publishedAt'];
    const problems = checkDocument(doc, TODAY);
    expect(at(problems, 'error').sort()).toEqual(['excerpt', 'publishedAt', 'slug', 'title']);
    expect(problems.every((p) => p.id === 'article-sleep-and-mood')).toBe(true);
    expect(problems.find((p) => p.path === 'excerpt')?.message).toContain('201');
  });

  test('an excerpt of exactly 200 characters is fine', () => {
    const doc = byId('article-sleep-and-mood');
    doc['excerpt'] = 'x'.repeat(LIMITS.excerptMax);
    expect(at(checkDocument(doc, TODAY), 'error')).toEqual([]);
  });

  test('every image needs alt text: main images, body images and portraits', () => {
    const article = byId('article-couples-counseling-what-to-expect');
    (article['mainImage'] as Record<string, unknown>)['alt'] = '  ';
    const body = article['body'] as Record<string, unknown>[];
    const imageIndex = body.findIndex((b) => b['_type'] === 'image');
    delete body[imageIndex]?.['alt'];
    expect(at(checkDocument(article, TODAY), 'error')).toEqual(['mainImage', `body[${imageIndex}]`]);
    const counselor = byId('counselor-maya-lindqvist');
    delete (counselor['photo'] as Record<string, unknown>)['alt'];
    expect(at(checkDocument(counselor, TODAY), 'error')).toEqual(['photo']);
  });

  test('slugs are unique per type and language, and an article may not take another article’s former slug', () => {
    const copy: Doc = { ...byId('article-sleep-and-mood'), _id: 'article-copy' };
    const thief: Doc = {
      ...byId('article-arguing-better'),
      _id: 'article-thief',
      slug: { _type: 'slug', current: 'your-first-therapy-session' },
    };
    const problems = checkDataset([...docs, copy, thief], TODAY);
    expect(problems.filter((p) => p.level === 'error').map((p) => `${p.id} ${p.path}`)).toEqual([
      'article-copy slug',
      'article-what-to-expect-in-your-first-therapy-session previousSlugs[0]',
    ]);
    // A translation may keep its English slug (and a counselor's translation has none of its own); a second
    // Spanish article with a Spanish slug is refused.
    const sameSlugInSpanish: Doc = {
      ...byId('article-sleep-and-mood'),
      _id: 'article-sleep-es',
      language: 'es',
    };
    const spanishCopy: Doc = { ...byId('article-que-es-la-alianza-terapeutica'), _id: 'article-copy-es' };
    const spanishTopicLikeEnglish: Doc = {
      ...byId('topic-anxiety'),
      _id: 'topic-anxiety-es',
      language: 'es',
    };
    const errors = checkDataset([...docs, sameSlugInSpanish, spanishCopy, spanishTopicLikeEnglish], TODAY)
      .filter((p) => p.level === 'error')
      .map((p) => `${p.id} ${p.path}`);
    expect(errors).toEqual(['article-copy-es slug']);
  });

  test('a counselor’s translation needs no name or slug (they come from the English document); English does', () => {
    const translation = byId('counselor-maya-lindqvist-es');
    expect(translation['name']).toBeUndefined();
    expect(checkDocument(translation, TODAY)).toEqual([]);
    const english = byId('counselor-maya-lindqvist');
    delete english['name'];
    delete english['slug'];
    expect(at(checkDocument(english, TODAY), 'error').sort()).toEqual(['name', 'slug']);
  });

  test('a language the site does not publish is an error', () => {
    const doc = { ...byId('topic-anxiety'), language: 'fr' };
    expect(at(checkDocument(doc, TODAY), 'error')).toEqual(['language']);
  });

  test('translation groups name each language once, and a member that does not exist is a warning', () => {
    const group = byId('translation.metadata.topic-anxiety');
    const items = group['translations'] as Record<string, unknown>[];
    const [first] = items;
    group['translations'] = [
      ...items,
      { ...first, value: { _type: 'reference', _ref: 'topic-gone', _weak: true } },
    ];
    const problems = checkDataset([...docs.filter((d) => d._id !== group._id), group], TODAY);
    expect(problems.map((p) => `${p.level} ${p.id} ${p.path}`)).toEqual([
      'error translation.metadata.topic-anxiety translations[2]',
      'warning translation.metadata.topic-anxiety translations[2].value',
    ]);
  });

  test('Spanish reading ease comes from Spanish syllables, and a dense Spanish body gets a warning', () => {
    expect(readingEaseEs('Hola. Te escuchamos. Puedes pedir ayuda cuando quieras.').ease).toBeGreaterThan(65);
    const doc = byId('article-entender-la-ansiedad');
    const sentence =
      'Independientemente de la considerable heterogeneidad metodológica, las investigaciones psicoterapéuticas contemporáneas demuestran sistemáticamente asociaciones entre configuraciones interpersonales colaborativas y trayectorias terapéuticas favorables';
    doc['body'] = Array.from({ length: 12 }, (_, i) => ({
      _type: 'block',
      _key: `b${i}`,
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: `s${i}`, text: `${sentence}.`, marks: [] }],
    }));
    expect(at(checkDocument(doc, TODAY), 'warning')).toEqual(['body']);
    // The bundled Spanish article as written reads easily: no warning.
    expect(at(checkDocument(byId('article-entender-la-ansiedad'), TODAY), 'warning')).toEqual([]);
  });

  test('a slug must work in an address: lowercase words and hyphens', () => {
    const topic = byId('topic-anxiety');
    topic['slug'] = { _type: 'slug', current: 'Anxiety & Stress' };
    expect(at(checkDocument(topic, TODAY), 'error')).toEqual(['slug']);
  });

  test('callout tones, checklist sizes and outcome thresholds follow the content model', () => {
    const article = byId('article-grief-has-no-timeline');
    const callout = (article['body'] as Record<string, unknown>[]).find((b) => b['_type'] === 'callout');
    if (callout) callout['tone'] = 'alarm';
    expect(at(checkDocument(article, TODAY), 'error')).toEqual([
      expect.stringMatching(/^body\[\d+\]\.tone$/),
    ]);

    const checklist = byId('checklist-good-fit');
    checklist['items'] = Array.from({ length: LIMITS.checklistItemsMax + 1 }, (_, i) => ({
      _key: `k${i}`,
      label: `Item ${i}`,
    }));
    checklist['outcomes'] = [{ _key: 'o', minChecked: -1 }];
    expect(at(checkDocument(checklist, TODAY), 'error').sort()).toEqual(['items', 'outcomes[0].minChecked']);
  });

  test('links use a scheme the site renders; crisis links are tel:, sms: or https:', () => {
    expect(
      ['https://example.org', 'mailto:a@b.example', 'tel:988', 'sms:988', '/articles/x/'].every(
        isAllowedHref,
      ),
    ).toBe(true);
    expect(
      ['javascript:alert(1)', '//evil.example', 'data:text/html,hi', 'ftp://x'].some(isAllowedHref),
    ).toBe(false);
    const settings = byId('siteSettings');
    const [firstLink] = settings['crisisLinks'] as Record<string, unknown>[];
    if (firstLink) firstLink['href'] = 'http://988.example';
    expect(at(checkDocument(settings, TODAY), 'error')).toEqual(['crisisLinks[0].href']);
  });

  test('site settings need a name and a crisis message, and only one may exist per language', () => {
    const settings = byId('siteSettings');
    delete settings['crisisMessage'];
    delete settings['title'];
    expect(at(checkDocument(settings, TODAY), 'error').sort()).toEqual(['crisisMessage', 'title']);
    const second = { ...byId('siteSettings'), _id: 'siteSettings-2' };
    expect(
      checkDataset([...docs, second], TODAY)
        .filter((p) => p.level === 'error')
        .map((p) => p.id),
    ).toEqual(['siteSettings-2', 'siteSettings-2']);
    // Spanish settings are the siteSettings-es singleton; an English one under that _id is refused.
    expect(byId('siteSettings-es')['language']).toBe('es');
    const misnamed = { ...byId('siteSettings'), _id: 'siteSettings-es' };
    expect(
      checkDataset([...docs.filter((d) => d._id !== 'siteSettings-es'), misnamed], TODAY).map(
        (p) => `${p.id} ${p.path}`,
      ),
    ).toEqual(['siteSettings-es _id', 'siteSettings-es _id']);
  });

  test('drafts, release versions and system documents are not checked', () => {
    const draft = { ...byId('article-sleep-and-mood'), _id: 'drafts.article-sleep-and-mood', excerpt: '' };
    const version = { ...draft, _id: 'versions.r1.article-sleep-and-mood' };
    const asset = { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' };
    expect(checkDataset([...docs, draft, version, asset], TODAY)).toEqual([]);
  });
});

describe('editor guidance (warnings only)', () => {
  test('SEO titles and descriptions of unhelpful length', () => {
    const doc = byId('article-what-is-the-therapeutic-alliance');
    doc['seo'] = { title: 'Short', description: 'x'.repeat(LIMITS.seoDescriptionMax + 1) };
    const problems = checkDocument(doc, TODAY);
    expect(at(problems, 'warning')).toEqual(['seo.title', 'seo.description']);
    expect(at(problems, 'error')).toEqual([]);
  });

  test('a body written well above grade 8 gets a reading-level warning', () => {
    const doc = byId('article-sleep-and-mood');
    const sentence =
      'Notwithstanding considerable methodological heterogeneity, contemporary psychotherapeutic investigations consistently demonstrate associations between collaborative interpersonal configurations and favorable therapeutic trajectories.';
    doc['body'] = Array.from({ length: 12 }, (_, i) => ({
      _type: 'block',
      _key: `b${i}`,
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: `s${i}`, text: sentence, marks: [] }],
    }));
    expect(at(checkDocument(doc, TODAY), 'warning')).toEqual(['body']);
  });

  test('an article without a clinical reviewer, or reviewed more than two years ago, gets a warning', () => {
    const unreviewed = byId('article-sleep-and-mood');
    delete unreviewed['reviewedBy'];
    expect(at(checkDocument(unreviewed, TODAY), 'warning')).toEqual(['reviewedBy']);
    const stale = byId('article-sleep-and-mood');
    stale['reviewedAt'] = '2024-11-01';
    expect(at(checkDocument(stale, TODAY), 'warning')).toEqual(['reviewedAt']);
    const undated = byId('article-sleep-and-mood');
    delete undated['reviewedAt'];
    expect(at(checkDocument(undated, TODAY), 'warning')).toEqual(['reviewedAt']);
  });

  test('a future publish date and a reference to a missing document are warnings', () => {
    const doc = byId('article-sleep-and-mood');
    doc['publishedAt'] = '2027-01-01T00:00:00.000Z';
    doc['author'] = { _type: 'reference', _ref: 'counselor-nobody' };
    const problems = checkDataset([...docs.filter((d) => d._id !== doc._id), doc], TODAY);
    expect(problems.map((p) => `${p.level} ${p.path}`).sort()).toEqual([
      'warning author',
      'warning publishedAt',
    ]);
  });
});
