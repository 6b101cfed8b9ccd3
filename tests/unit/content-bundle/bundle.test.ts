import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import {
  AGES_SERVED,
  AVAILABILITY,
  CLIENT_TYPES,
  COUNSELOR_FACT_FIELDS,
  LANGUAGE_TAG_PATTERN,
  portableTextToPlain,
  SESSION_FORMATS,
} from '../../../sanity/schemaTypes/rules/index.ts';
import { exportDir, exportDocs, mdxFiles, ofType, slugOf, TODAY } from './bundle.ts';

const docs = exportDocs();
const articles = ofType(docs, 'article');
const isEnglish = (doc: Record<string, unknown>) => (doc['language'] ?? 'en') === 'en';
/** The English counselors: they hold the facts (a translation holds only text, see docs/content-model.md). */
const counselors = ofType(docs, 'counselor').filter(isEnglish);
/** The English topics (each language has its own; counselors refer to the English ones). */
const topics = ofType(docs, 'topic').filter(isEnglish);
const flagship = articles.find((a) => slugOf(a) === 'what-is-the-therapeutic-alliance');
const TWO_YEARS_AGO = new Date(TODAY.getTime() - 2 * 365.25 * 24 * 3600 * 1000);

/** Every value in a document, with its path. */
function* walk(value: unknown, at = ''): Generator<[string, unknown]> {
  yield [at, value];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* walk(item, `${at}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, at ? `${at}.${key}` : key);
  }
}

const record = (value: unknown) => value as Record<string, unknown>;

describe('the bundle is a dataset export as `sanity dataset export` writes it', () => {
  test('one document per line, each with the system fields', () => {
    const lines = readFileSync(path.join(exportDir, 'data.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(docs.length);
    for (const doc of docs) {
      expect(Object.keys(doc).slice(0, 5)).toEqual(['_id', '_type', '_createdAt', '_updatedAt', '_rev']);
      expect(Date.parse(String(doc['_updatedAt']))).toBeGreaterThanOrEqual(
        Date.parse(String(doc['_createdAt'])),
      );
    }
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
  });

  test('slugs, references and array items have the shapes Sanity writes', () => {
    for (const doc of docs) {
      for (const [at, value] of walk(doc)) {
        if (Array.isArray(value) && value.some((item) => item && typeof item === 'object')) {
          for (const item of value) expect(typeof record(item)['_key'], `${doc._id} ${at}`).toBe('string');
        }
        if (value && typeof value === 'object' && '_ref' in value) {
          expect(record(value)['_type'], `${doc._id} ${at}`).toBe('reference');
        }
      }
      if ('slug' in doc) {
        expect(record(doc['slug'])['_type']).toBe('slug');
        expect(slugOf(doc)).toMatch(/^[a-z0-9-]+$/);
      }
    }
  });

  test('every image is a local file named <sha1>-<width>x<height>.<ext>, and every file is used', async () => {
    const referenced = new Set<string>();
    for (const doc of docs) {
      for (const [at, value] of walk(doc)) {
        if (!value || typeof value !== 'object' || !('_sanityAsset' in value)) continue;
        const image = record(value);
        expect(image['_type'], `${doc._id} ${at}`).toBe('image');
        expect(image['_sanityAsset']).toMatch(
          /^image@file:\/\/\.\/images\/[0-9a-f]{40}-\d+x\d+\.(png|jpg|webp)$/,
        );
        referenced.add(path.basename(String(image['_sanityAsset'])));
      }
    }
    const files = readdirSync(path.join(exportDir, 'images'));
    expect(files.sort()).toEqual([...referenced].sort());
    for (const file of files) {
      const data = readFileSync(path.join(exportDir, 'images', file));
      const [, sha1, width, height] = /^([0-9a-f]{40})-(\d+)x(\d+)\./.exec(file) ?? [];
      expect(createHash('sha1').update(data).digest('hex'), file).toBe(sha1);
      const meta = await sharp(data).metadata();
      expect([meta.width, meta.height], file).toEqual([Number(width), Number(height)]);
    }
  });

  test('images stay small: under 400 KiB together', () => {
    const dir = path.join(exportDir, 'images');
    const bytes = readdirSync(dir).reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
    expect(bytes).toBeLessThan(400 * 1024);
  });
});

describe('the demo practice, Abide Counseling', () => {
  test('site settings: the name, a crisis message with 988 by call or text and 911, and matching links', () => {
    const [settings] = ofType(docs, 'siteSettings');
    expect(settings?._id).toBe('siteSettings');
    expect(settings?.['title']).toBe('Abide Counseling');
    const message = String(settings?.['crisisMessage']);
    expect(message).toMatch(/call or text 988/i);
    expect(message).toContain('911');
    const hrefs = (settings?.['crisisLinks'] as { href: string }[]).map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']));
    const consultation = record(settings?.['consultation']);
    for (const field of ['heading', 'body', 'buttonLabel'])
      expect(typeof consultation[field], field).toBe('string');
    expect(String(settings?.['disclaimer'])).toMatch(/not a substitute/i);
    expect(String(settings?.['email'])).toMatch(/\.example$/);
    expect(String(settings?.['phone'])).toContain('555');
  });

  test('at least 4 topics and at least 4 clearly fictional counselors with fees and insurance', () => {
    expect(topics.length).toBeGreaterThanOrEqual(4);
    expect(counselors.length).toBeGreaterThanOrEqual(4);
    for (const c of counselors) {
      expect(portableTextToPlain(c['bio']), c._id).toMatch(/fictional/);
      expect(c['fees'], c._id).toEqual(expect.stringContaining('$'));
      expect(Array.isArray(c['insurance']), c._id).toBe(true);
      expect(c['credentials'], c._id).toEqual(expect.any(String));
    }
    const free = counselors.filter((c) => c['offersFreeConsultation'] === true);
    expect(free.length).toBeGreaterThanOrEqual(2);
    expect(free.length).toBeLessThan(counselors.length);
    expect(counselors.some((c) => c['acceptingNewClients'] === false)).toBe(true);
    expect(counselors.some((c) => /sliding scale/i.test(String(c['fees'])))).toBe(true);
  });

  test('every counselor fills the finder facts, varied enough that each filter narrows the list', () => {
    const lists = (field: string) => counselors.map((c) => (c[field] ?? []) as unknown[]);
    /** How many counselors hold each value of a list field. */
    const counts = (values: unknown[][]) => {
      const tally = new Map<unknown, number>();
      for (const held of values)
        for (const value of new Set(held)) tally.set(value, (tally.get(value) ?? 0) + 1);
      return tally;
    };
    const narrows = (tally: Map<unknown, number>) =>
      [...tally.values()].some((n) => n > 0 && n < counselors.length);
    const fixed = {
      sessionFormats: SESSION_FORMATS,
      agesServed: AGES_SERVED,
      clientTypes: CLIENT_TYPES,
      availability: AVAILABILITY,
    };
    for (const [field, allowed] of Object.entries(fixed)) {
      for (const held of lists(field)) {
        expect(held.length, field).toBeGreaterThan(0);
        for (const value of held) expect(allowed, field).toContain(value);
      }
      const tally = counts(lists(field));
      expect([...tally.keys()].sort(), `${field}: every value is someone's`).toEqual([...allowed].sort());
      expect(narrows(tally), field).toBe(true);
    }
    for (const held of lists('languages')) {
      expect(held.length).toBeGreaterThan(0);
      for (const code of held) expect(String(code)).toMatch(LANGUAGE_TAG_PATTERN);
    }
    expect(narrows(counts(lists('languages'))), 'languages').toBe(true);
    const topicRefs = lists('topics').map((refs) => refs.map((r) => record(r)['_ref']));
    for (const refs of topicRefs) expect(refs.length).toBeGreaterThan(0);
    const topicIds = topics.map((t) => t._id);
    expect([...counts(topicRefs).keys()].sort(), "every topic is some counselor's").toEqual(topicIds.sort());
    expect(narrows(counts(topicRefs)), 'topics').toBe(true);
    expect(narrows(counts(lists('insurance'))), 'insurance').toBe(true);
    for (const field of ['selfPay', 'slidingScale']) {
      expect(new Set(counselors.map((c) => c[field])), field).toEqual(new Set([true, false]));
    }
    expect(counselors.filter((c) => typeof c['location'] === 'string').length).toBeGreaterThan(0);
  });

  test('at least 10 articles, at least one of them MDX, with slugs unique across both', () => {
    const mdx = mdxFiles();
    expect(mdx.length).toBeGreaterThanOrEqual(1);
    expect(articles.length + mdx.length).toBeGreaterThanOrEqual(10);
    const slugs = [...articles.map(slugOf), ...mdx.map((m) => String(m.frontmatter['slug']))];
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const m of mdx) expect(m.file).toBe(`${String(m.frontmatter['slug'])}.mdx`);
  });

  test('every article is reviewed by a counselor within the last two years, and none is dated in the future', () => {
    const counselorIds = new Set(counselors.map((c) => c._id));
    const counselorSlugs = new Set(counselors.map(slugOf));
    const all = [
      ...articles.map((a) => ({
        id: a._id,
        reviewer: counselorIds.has(record(a['reviewedBy'])['_ref'] as string),
        reviewedAt: a['reviewedAt'],
        publishedAt: a['publishedAt'],
        updatedAt: a['updatedAt'],
      })),
      ...mdxFiles().map((m) => ({
        id: m.file,
        reviewer: counselorSlugs.has(m.frontmatter['reviewedBy'] as string),
        reviewedAt: m.frontmatter['reviewedAt'],
        publishedAt: m.frontmatter['publishedAt'],
        updatedAt: m.frontmatter['updatedAt'],
      })),
    ];
    for (const a of all) {
      expect(a.reviewer, a.id).toBe(true);
      const reviewed = new Date(String(a.reviewedAt));
      expect(reviewed.getTime(), a.id).toBeGreaterThan(TWO_YEARS_AGO.getTime());
      expect(reviewed.getTime(), a.id).toBeLessThanOrEqual(TODAY.getTime());
      expect(Date.parse(String(a.publishedAt)), a.id).toBeLessThanOrEqual(TODAY.getTime());
      if (typeof a.updatedAt === 'string')
        expect(Date.parse(a.updatedAt), a.id).toBeLessThanOrEqual(TODAY.getTime());
    }
  });

  test('articles cover the practice’s topics, with featured ones, content notes, a crisis callout and a former slug', () => {
    const topicsUsed = new Set(
      articles.flatMap((a) => (a['topics'] as { _ref: string }[]).map((t) => t._ref)),
    );
    for (const topic of ofType(docs, 'topic')) expect(topicsUsed, topic._id).toContain(topic._id);
    expect(articles.some((a) => a['featured'] === true)).toBe(true);
    expect(articles.filter((a) => typeof a['contentNote'] === 'string').length).toBeGreaterThanOrEqual(2);
    expect(
      articles.some((a) =>
        (a['body'] as Record<string, unknown>[]).some(
          (b) => b['_type'] === 'callout' && b['tone'] === 'crisis',
        ),
      ),
    ).toBe(true);
    expect(articles.some((a) => Array.isArray(a['previousSlugs']))).toBe(true);
    expect(articles.filter((a) => a['mainImage']).length).toBeGreaterThan(articles.length / 2);
    for (const a of articles) {
      const headings = (a['body'] as Record<string, unknown>[]).filter((b) => b['style'] === 'h2').length;
      expect(headings, a._id).toBeGreaterThanOrEqual(3);
    }
  });

  test('no embeds or remote images: the only absolute URLs are plain links', () => {
    for (const doc of docs) {
      for (const [at, value] of walk(doc)) {
        if (typeof value !== 'string' || !/https?:\/\//.test(value)) continue;
        expect(at, `${doc._id} ${at}`).toMatch(
          /(markDefs\[\d+\]\.href|crisisLinks\[\d+\]\.href|references\[\d+\]\.url)$/,
        );
      }
    }
  });
});

describe('the flagship article: "What is the therapeutic alliance?"', () => {
  const body = (flagship?.['body'] ?? []) as Record<string, unknown>[];
  const text = portableTextToPlain(body);

  test('is featured, reviewed, and explains what the alliance is and why it predicts how therapy goes', () => {
    expect(flagship?.['title']).toBe('What is the therapeutic alliance?');
    expect(flagship?.['featured']).toBe(true);
    expect(flagship?.['reviewedBy']).toBeDefined();
    for (const idea of [
      'trust',
      'collaboration',
      'connection',
      'strongest predictors',
      'whatever the approach',
    ]) {
      expect(text.toLowerCase()).toContain(idea);
    }
    for (const reason of ['safe and heard', 'goals together', 'when it gets hard', 'hope']) {
      expect(text).toContain(reason);
    }
  });

  test('embeds the fit checklist, whose five items are the five signs of a good fit', () => {
    const embed = body.find((b) => b['_type'] === 'checklistEmbed');
    const ref = record(embed?.['checklist'])['_ref'];
    const checklist = docs.find((d) => d._id === ref);
    expect(checklist?._type).toBe('fitChecklist');
    const labels = (checklist?.['items'] as { label: string }[]).map((i) => i.label.toLowerCase());
    expect(labels).toHaveLength(5);
    for (const [i, sign] of [
      'comfortable and respected',
      'without judgment',
      'interested in my story',
      'taken seriously',
      'together',
    ].entries()) {
      expect(labels[i]).toContain(sign);
    }
    const outcomes = checklist?.['outcomes'] as { minChecked: number; showConsultation: boolean }[];
    expect(outcomes.map((o) => o.minChecked)).toEqual([0, 3, 5]);
    expect(outcomes.some((o) => o.showConsultation)).toBe(true);
  });

  test('says shopping around is normal, what to do when it does not feel right, and ends with the consultation call to action', () => {
    expect(text).toMatch(/normal.*to talk with more than one counselor/);
    expect(text).toContain('free phone consultation');
    expect(text).toMatch(/Say so/);
    expect(text).toMatch(/will not take it personally/);
    expect(text).toMatch(/few sessions/);
    expect(body.at(-1)?.['_type']).toBe('consultationCta');
    expect(body.at(-1)?.['heading']).toEqual(expect.any(String));
  });
});

describe('the demo stays clearly made up', () => {
  test('the only email domain in the content is the demo practice’s reserved .example one', () => {
    const all = JSON.stringify(docs);
    expect(all).not.toMatch(/@(?!abide-counseling\.example)[a-z0-9-]+\.(com|org|net)\b/);
  });
});

describe('the flagship cites what it summarizes', () => {
  test('Bordin (1979) on the working alliance and the Flückiger et al. (2018) meta-analysis, each with a DOI link', () => {
    const references = (flagship?.['references'] ?? []) as Record<string, unknown>[];
    expect(references.map((r) => [r['_type'], typeof r['_key']])).toEqual([
      ['referenceSource', 'string'],
      ['referenceSource', 'string'],
    ]);
    expect(references[0]?.['citation']).toMatch(/^Bordin, E\. S\. \(1979\)\..*working alliance/);
    expect(references[0]?.['url']).toBe('https://doi.org/10.1037/h0085885');
    expect(references[1]?.['citation']).toMatch(/^Flückiger, C\., .*\(2018\)\..*meta-analytic/);
    expect(references[1]?.['url']).toBe('https://doi.org/10.1037/pst0000172');
  });
});

describe('the demo site settings', () => {
  const settings = docs.find((d) => d._id === 'siteSettings');
  test('name the practice’s time zone and a home page picture with alt text', () => {
    expect(settings?.['timeZone']).toBe('America/Chicago');
    const hero = record(settings?.['heroImage']);
    expect(hero['_sanityAsset']).toMatch(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-1600x900\.png$/);
    expect(hero['alt']).toMatch(/\w{3,}/);
  });
});

describe('the demo practice in Spanish', () => {
  const spanish = docs.filter((d) => d['language'] === 'es');
  const groups = ofType(docs, 'translation.metadata');
  const englishOf = (id: string) => {
    const group = groups.find((g) =>
      (g['translations'] as { value: { _ref: string } }[]).some((t) => t.value._ref === id),
    );
    const en = (group?.['translations'] as { _key: string; value: { _ref: string } }[] | undefined)?.find(
      (t) => t._key === 'en',
    );
    return docs.find((d) => d._id === en?.value._ref);
  };

  test('settings of its own, with 988 in Spanish (press 2), text AYUDA, and 911', () => {
    const settings = docs.find((d) => d._id === 'siteSettings-es');
    expect(settings?.['language']).toBe('es');
    const message = String(settings?.['crisisMessage']);
    expect(message).toMatch(/marca 2/);
    expect(message).toContain('911');
    const hrefs = (settings?.['crisisLinks'] as { href: string }[]).map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'tel:911']));
    expect(hrefs.some((href) => href.startsWith('sms:988'))).toBe(true);
  });

  test('every Spanish topic, counselor, checklist and article is joined to an English document of its type', () => {
    const translated = spanish.filter((d) => d._type !== 'siteSettings');
    expect(new Set(translated.map((d) => d._type))).toEqual(
      new Set(['topic', 'counselor', 'fitChecklist', 'article']),
    );
    for (const doc of translated) {
      const en = englishOf(doc._id);
      expect(en?._type, doc._id).toBe(doc._type);
      expect(isEnglish(en ?? { language: 'es' }), doc._id).toBe(true);
    }
  });

  test('a counselor’s translation holds only text, and still says the counselor is made up', () => {
    const translations = ofType(docs, 'counselor').filter((c) => !isEnglish(c));
    expect(translations.length).toBeGreaterThanOrEqual(2);
    for (const c of translations) {
      for (const fact of COUNSELOR_FACT_FIELDS) expect(c[fact], `${c._id} ${fact}`).toBeUndefined();
      expect(portableTextToPlain(c['bio']), c._id).toMatch(/fictici[ao]/);
    }
  });

  test('the Spanish flagship embeds the Spanish checklist and ends with the consultation call to action', () => {
    const es = articles.find((a) => slugOf(a) === 'que-es-la-alianza-terapeutica');
    expect(englishOf(es?._id ?? '')?._id).toBe(flagship?._id);
    const body = (es?.['body'] ?? []) as Record<string, unknown>[];
    const ref = record(body.find((b) => b['_type'] === 'checklistEmbed')?.['checklist'])['_ref'];
    expect(docs.find((d) => d._id === ref)?.['language']).toBe('es');
    expect(body.at(-1)?.['_type']).toBe('consultationCta');
  });
});
