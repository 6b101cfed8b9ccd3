// Deterministic synthetic content in the content model: a Sanity dataset export (`data.ndjson`) and the same
// texts as plain Markdown for the bare comparison site. Article i is the same in every set (its own seed), so
// the 100-article set is the first 100 articles of the 1,000-article set. Later issues reuse this for load tests.
// Run directly: `node bench/generate.ts --articles 1000 --out <dir> [--spanish 0.5]` (`--spanish`: the share of
// articles translated, with every topic, counselor, the checklist and the Spanish site settings).

import fs from 'node:fs/promises';
import path from 'node:path';

/** A plain Sanity document, as an export holds it. */
export type GeneratedDocument = Record<string, unknown> & { _id: string; _type: string };

/** What to generate. */
export interface DatasetOptions {
  /** Number of articles. */
  articles: number;
  /** PRNG seed; the same seed gives byte-identical output. */
  seed?: number;
  /** Target words per article body (each comes out a little above it). */
  wordsPerArticle?: number;
  /** Every Nth article embeds the fit checklist (the first article never does). */
  checklistEvery?: number;
  /**
   * Share of the articles (0 to 1) that get a Spanish translation; any share above 0 also translates every topic,
   * counselor, the checklist and the site settings (`siteSettings-es`). 0 (the default) writes English only, the
   * same bytes as before translations existed.
   */
  spanish?: number;
}

/** One article as Markdown for the bare site. */
export interface MarkdownArticle {
  slug: string;
  /** The whole file: frontmatter and body. */
  text: string;
}

/** A generated dataset in memory. */
export interface GeneratedDataset {
  /** Every document of the export, in file order (site settings, topics, counselors, checklist, articles). */
  documents: GeneratedDocument[];
  /** The same articles as Markdown files. */
  markdown: MarkdownArticle[];
  /** Slugs of articles that embed the fit checklist. */
  checklistSlugs: string[];
  /** Words in all article bodies. */
  totalWords: number;
  /** Slugs of the Spanish articles (`/es/articles/<slug>/`), in article order. */
  spanishSlugs: string[];
}

/** Where {@link writeDataset} put the files. */
export interface WrittenDataset {
  /** Folder holding `data.ndjson` (pass as `SANITY_EXPORT`). */
  exportDir: string;
  /** Folder of `<slug>.md` files for the bare site. */
  markdownDir: string;
  /** An empty folder (pass as `CONTENT_MDX_DIR`). */
  emptyMdxDir: string;
  articles: number;
  checklistSlugs: string[];
  /** The first article's slug (it never embeds the checklist). */
  firstSlug: string;
  topicSlugs: string[];
  counselorSlugs: string[];
  totalWords: number;
  /** Slugs of the Spanish articles (none unless `spanish` was above 0). */
  spanishSlugs: string[];
}

/** The default seed: any fixed number works; this one is the project's. */
export const DEFAULT_SEED = 20_261_126;

/** A small fast seeded PRNG (mulberry32): returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// A fixed vocabulary in the register of the site's articles (plain words about counseling and everyday life).
const WORDS = (
  'therapy counselor session first week feel notice change small step support sleep worry stress calm ' +
  'breath family partner friend work school morning evening question answer plan goal habit routine ' +
  'patience kindness honest talk listen share space time rest body mind thought pattern shift gentle ' +
  'practice moment daily journal walk notice boundary trust hope care help person people often sometimes ' +
  'usually before after during while because when where many most some each every clear simple useful ' +
  'slow steady hard easy new old common normal reason choice decide begin continue pause return grow ' +
  'learn understand explain describe remember forget build keep bring carry hold let name write read ' +
  'together alone safe quiet busy tired ready open warm strong light heavy short long early late ' +
  'feeling emotion anger sadness fear relief joy grief loss comfort conflict repair connection distance ' +
  'appointment schedule office online phone message visit hour minute fee insurance sliding scale ' +
  'the a an and or but with without for from into about over under through between within around ' +
  'is are was be can may might will would could should does did has have had makes takes gives finds'
).split(' ');

const TOPICS = [
  'Anxiety',
  'Depression',
  'Relationships',
  'Grief and loss',
  'Stress at work',
  'Parenting',
  'Sleep',
  'Life transitions',
  'Self-esteem',
  'Trauma',
  'Family conflict',
  'Starting therapy',
];

// Spanish filler for translations: the same register, accents included (slugs drop them).
const SPANISH_WORDS = (
  'terapia consejera sesión primera semana sentir notar cambio pequeño paso apoyo sueño preocupación estrés ' +
  'calma respiración familia pareja amistad trabajo escuela mañana tarde noche pregunta respuesta plan meta ' +
  'hábito rutina paciencia amabilidad hablar escuchar compartir espacio tiempo descanso cuerpo mente ' +
  'pensamiento patrón suave práctica momento diario caminar límite confianza esperanza cuidado ayuda persona ' +
  'gente a menudo a veces antes después durante mientras porque cuando donde muchos algunos cada claro ' +
  'sencillo útil lento firme difícil fácil nuevo común normal razón decisión empezar seguir pausa volver ' +
  'crecer aprender entender explicar recordar olvidar construir guardar llevar nombrar escribir leer juntos ' +
  'solo seguro tranquilo cansado listo abierto cálido fuerte ligero corto largo temprano emoción enojo ' +
  'tristeza miedo alivio alegría duelo pérdida consuelo conflicto reparar conexión distancia cita horario ' +
  'consulta teléfono mensaje visita hora minuto tarifa seguro escala el la los las un una y o pero con sin ' +
  'para desde sobre entre dentro de en es son fue ser puede podría será tiene hace da encuentra'
).split(' ');

const SPANISH_TOPICS = [
  'Ansiedad',
  'Depresión',
  'Relaciones',
  'Duelo y pérdida',
  'Estrés en el trabajo',
  'Crianza',
  'Sueño',
  'Cambios de vida',
  'Autoestima',
  'Trauma',
  'Conflictos familiares',
  'Empezar terapia',
];
const SPANISH_PRONOUNS = ['ella', 'él', 'elle'];

const FIRST_NAMES = ['Avery', 'Jordan', 'Morgan', 'Riley', 'Casey', 'Quinn', 'Rowan', 'Harper'];
const LAST_NAMES = ['Lindqvist', 'Okafor', 'Marquez', 'Whitfield', 'Nakamura', 'Bellamy', 'Osei', 'Duarte'];
const CREDENTIALS = ['LPC', 'LMFT', 'LCSW', 'PsyD', 'LMHC'];
const PRONOUNS = ['she/her', 'he/him', 'they/them'];
const TONES = ['info', 'tip', 'warning'] as const;

const BASE_DATE = Date.UTC(2023, 0, 2, 9, 0, 0);
const HOUR = 3_600_000;

/** A counter-backed key factory: `_key`s are unique within a document and stable across runs. */
function keys(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n++).toString(36).padStart(4, '0')}`;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(random: () => number, count: number, vocabulary: readonly string[] = WORDS): string[] {
  return Array.from({ length: count }, () => pick(random, vocabulary));
}

function sentence(random: () => number, vocabulary: readonly string[] = WORDS): string {
  return `${capitalize(words(random, between(random, 7, 16), vocabulary).join(' '))}.`;
}

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => (i === 0 || w.length > 3 ? capitalize(w) : w))
    .join(' ');
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A span-only Portable Text block. */
function block(key: () => string, text: string, extra: Record<string, unknown> = {}) {
  return {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: key(), text, marks: [] }],
    ...extra,
  };
}

/** The same content as one Portable Text block list and one Markdown body. */
interface Body {
  blocks: Record<string, unknown>[];
  markdown: string[];
  words: number;
}

function articleBody(
  random: () => number,
  key: () => string,
  target: number,
  options: {
    checklistId?: string;
    callout: boolean;
    linkTo?: { slug: string; title: string };
    /** Spanish filler, links to `/es/articles/` (default: English). */
    spanish?: boolean;
  },
): Body {
  const vocabulary = options.spanish ? SPANISH_WORDS : WORDS;
  const seeAlso = options.spanish ? 'Lee también' : 'See also';
  const articlesPath = options.spanish ? '/es/articles/' : '/articles/';
  const body: Body = { blocks: [], markdown: [], words: 0 };
  const paragraph = (sentences: number) => {
    const text = Array.from({ length: sentences }, () => sentence(random, vocabulary)).join(' ');
    body.blocks.push(block(key, text));
    body.markdown.push(text);
    body.words += countWords(text);
  };
  const heading = (level: 2 | 3) => {
    const text = titleCase(words(random, between(random, 3, 6), vocabulary).join(' '));
    body.blocks.push(block(key, text, { style: `h${level}` }));
    body.markdown.push(`${'#'.repeat(level)} ${text}`);
    body.words += countWords(text);
  };
  const list = () => {
    const items = Array.from({ length: between(random, 3, 6) }, () =>
      capitalize(words(random, between(random, 4, 10), vocabulary).join(' ')),
    );
    for (const item of items) {
      body.blocks.push(block(key, item, { listItem: 'bullet', level: 1 }));
      body.words += countWords(item);
    }
    body.markdown.push(items.map((item) => `- ${item}`).join('\n'));
  };

  paragraph(between(random, 3, 4));
  if (options.linkTo) {
    // One internal link per article, as editors write them.
    const linkKey = key();
    const before = sentence(random, vocabulary);
    const label = options.linkTo.title;
    body.blocks.push({
      _type: 'block',
      _key: key(),
      style: 'normal',
      markDefs: [{ _type: 'link', _key: linkKey, href: `${articlesPath}${options.linkTo.slug}/` }],
      children: [
        { _type: 'span', _key: key(), text: `${before} ${seeAlso} `, marks: [] },
        { _type: 'span', _key: key(), text: label, marks: [linkKey] },
        { _type: 'span', _key: key(), text: '.', marks: [] },
      ],
    });
    body.markdown.push(`${before} ${seeAlso} [${label}](${articlesPath}${options.linkTo.slug}/).`);
    body.words += countWords(`${before} ${seeAlso} ${label}.`);
  }
  let section = 0;
  while (body.words < target) {
    heading(2);
    paragraph(between(random, 3, 5));
    if (section % 2 === 0) list();
    if (random() < 0.5) {
      heading(3);
      paragraph(between(random, 2, 4));
    }
    if (section === 1 && options.callout) {
      const tone = pick(random, TONES);
      const text = Array.from({ length: 2 }, () => sentence(random, vocabulary)).join(' ');
      body.blocks.push({ _type: 'callout', _key: key(), tone, body: [block(key, text)] });
      body.markdown.push(`> ${text}`);
      body.words += countWords(text);
    }
    if (section === 2 && options.checklistId) {
      body.blocks.push({
        _type: 'checklistEmbed',
        _key: key(),
        checklist: { _type: 'reference', _ref: options.checklistId },
      });
    }
    section += 1;
  }
  return body;
}

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });

function system(id: string, type: string, at: string) {
  return { _id: id, _type: type, _createdAt: at, _updatedAt: at, _rev: `rev-${id}` };
}

/** Generates a whole dataset in memory. Same options, same output. */
export function generateDataset(options: DatasetOptions): GeneratedDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const target = options.wordsPerArticle ?? 900;
  const checklistEvery = options.checklistEvery ?? 10;
  const random = createRandom(seed);
  const created = new Date(BASE_DATE).toISOString();
  const documents: GeneratedDocument[] = [];

  documents.push({
    ...system('siteSettings', 'siteSettings', created),
    title: 'Alliance Counseling (benchmark data)',
    description: 'Synthetic articles for the performance benchmark.',
    phone: '(555) 010-0100',
    email: 'hello@example.org',
    address: '100 Example Street\nSpringfield',
    crisisMessage: 'In a crisis, call or text 988, or call 911 in an emergency.',
    crisisLinks: [
      { _key: 'call988', label: 'Call 988', href: 'tel:988' },
      { _key: 'text988', label: 'Text 988', href: 'sms:988' },
    ],
    consultation: {
      heading: 'Talk it through with us',
      body: 'A first consultation is free and carries no obligation.',
      buttonLabel: 'Request a free consultation',
    },
    disclaimer: 'Articles are educational only, not a substitute for care and not for emergencies.',
  });

  const topics = TOPICS.map((title) => ({ id: `topic-${slugify(title)}`, slug: slugify(title), title }));
  for (const topic of topics) {
    documents.push({
      ...system(topic.id, 'topic', created),
      title: topic.title,
      slug: { _type: 'slug', current: topic.slug },
      description: `${sentence(random)} ${sentence(random)}`,
    });
  }

  const counselors = FIRST_NAMES.map((first, i) => {
    const name = `${first} ${LAST_NAMES[i] ?? 'Example'}`;
    return { id: `counselor-${slugify(name)}`, slug: slugify(name), name };
  });
  for (const [i, counselor] of counselors.entries()) {
    const key = keys('c');
    documents.push({
      ...system(counselor.id, 'counselor', created),
      name: counselor.name,
      slug: { _type: 'slug', current: counselor.slug },
      credentials: pick(random, CREDENTIALS),
      pronouns: pick(random, PRONOUNS),
      bio: [block(key, `${sentence(random)} ${sentence(random)}`), block(key, sentence(random))],
      specialties: [pick(random, TOPICS), pick(random, TOPICS)].filter((t, j, all) => all.indexOf(t) === j),
      offersFreeConsultation: i % 3 !== 2,
      acceptingNewClients: i % 4 !== 3,
      fees: 'Sessions are $120 for 50 minutes; a sliding scale is available.',
      insurance: ['Aetna', 'Blue Cross'].slice(0, 1 + (i % 2)),
    });
  }

  const checklistId = 'fitChecklist-benchmark';
  documents.push({
    ...system(checklistId, 'fitChecklist', created),
    title: 'Could talking to a counselor help right now?',
    intro: 'Tick what sounds like your last few weeks. Nothing you tick leaves this page.',
    items: Array.from({ length: 6 }, (_, i) => ({
      _key: `item${i}`,
      label: capitalize(words(random, between(random, 4, 8)).join(' ')),
      detail: sentence(random),
    })),
    outcomes: [
      {
        _key: 'few',
        minChecked: 1,
        heading: 'A check-in may help',
        body: sentence(random),
        showConsultation: false,
      },
      {
        _key: 'some',
        minChecked: 3,
        heading: 'Worth a conversation',
        body: sentence(random),
        showConsultation: true,
      },
    ],
  });

  const markdown: MarkdownArticle[] = [];
  const checklistSlugs: string[] = [];
  let totalWords = 0;
  let previous: { slug: string; title: string } | undefined;
  const english: EnglishArticle[] = [];
  for (let i = 0; i < options.articles; i += 1) {
    // Each article has its own stream, so article i does not depend on how many come before or after it.
    const r = createRandom(seed ^ Math.imul(i + 1, 0x9e3779b1));
    const key = keys('k');
    const title = titleCase(words(r, between(r, 4, 8)).join(' '));
    const slug = `${slugify(title)}-${i + 1}`;
    const id = `article-${String(i + 1).padStart(5, '0')}`;
    const published = new Date(BASE_DATE + i * 3 * HOUR).toISOString();
    const withChecklist = i > 0 && i % checklistEvery === 0;
    const body = articleBody(r, key, target, {
      callout: i % 3 === 1,
      ...(withChecklist ? { checklistId } : {}),
      ...(previous ? { linkTo: previous } : {}),
    });
    const excerpt = sentence(r).slice(0, 190);
    const author = counselors[i % counselors.length];
    const reviewer = counselors[(i + 3) % counselors.length];
    const articleTopics = [topics[i % topics.length], topics[(i * 7 + 5) % topics.length]].filter(
      (t, j, all): t is (typeof topics)[number] => !!t && all.indexOf(t) === j,
    );
    documents.push({
      ...system(id, 'article', published),
      title,
      slug: { _type: 'slug', current: slug },
      excerpt,
      publishedAt: published,
      ...(author ? { author: ref(author.id) } : {}),
      ...(reviewer ? { reviewedBy: ref(reviewer.id), reviewedAt: published.slice(0, 10) } : {}),
      topics: articleTopics.map((t, j) => ref(t.id, `t${j}`)),
      body: body.blocks,
      featured: i < 3,
    });
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${published}`,
      `description: ${JSON.stringify(excerpt)}`,
      '---',
    ];
    markdown.push({ slug, text: `${frontmatter.join('\n')}\n\n${body.markdown.join('\n\n')}\n` });
    if (withChecklist) checklistSlugs.push(slug);
    totalWords += body.words;
    previous = { slug, title };
    english.push({
      id,
      published,
      withChecklist,
      topicIndexes: articleTopics.map((t) => topics.indexOf(t)),
      ...(author ? { authorId: author.id } : {}),
      ...(reviewer ? { reviewerId: reviewer.id } : {}),
    });
  }
  const spanishSlugs =
    (options.spanish ?? 0) > 0
      ? spanishDocuments(documents, {
          seed,
          target,
          share: options.spanish ?? 0,
          created,
          checklistId,
          topics,
          counselors,
          articles: english,
        })
      : [];
  return { documents, markdown, checklistSlugs, totalWords, spanishSlugs };
}

/** What a Spanish translation of an article takes from the English one. */
interface EnglishArticle {
  id: string;
  published: string;
  withChecklist: boolean;
  topicIndexes: number[];
  authorId?: string;
  reviewerId?: string;
}

/** Whether article `i` is translated: spread evenly, the first article always (its page is the one measured). */
export function isTranslated(i: number, share: number): boolean {
  return share > 0 && Math.ceil((i + 1) * share - 1e-9) > Math.ceil(i * share - 1e-9);
}

/**
 * One `translation.metadata` document joining an English document and its Spanish translation, as
 * `@sanity/document-internationalization` writes it: weak references keyed by language.
 */
export function translationGroup(
  type: string,
  englishId: string,
  spanishId: string,
  created: string,
): GeneratedDocument {
  return {
    ...system(`translation-${englishId}`, 'translation.metadata', created),
    schemaTypes: [type],
    translations: (
      [
        ['en', englishId],
        ['es', spanishId],
      ] as const
    ).map(([language, id]) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: { _type: 'reference', _ref: id, _weak: true },
    })),
  };
}

/**
 * Appends the Spanish side to `documents` (after every English document, from random streams of its own, so the
 * English documents are the same bytes with or without it): `siteSettings-es`, every topic, counselor (text only;
 * facts stay on the English document) and the checklist, the given share of the articles, and one
 * `translation.metadata` per translated document. Returns the Spanish article slugs.
 */
function spanishDocuments(
  documents: GeneratedDocument[],
  input: {
    seed: number;
    target: number;
    share: number;
    created: string;
    checklistId: string;
    topics: { id: string; slug: string; title: string }[];
    counselors: { id: string; slug: string; name: string }[];
    articles: EnglishArticle[];
  },
): string[] {
  const { created } = input;
  const random = createRandom(input.seed ^ 0x5bd1e995);
  const say = () => sentence(random, SPANISH_WORDS);
  const groups: GeneratedDocument[] = [];
  const esId = (id: string) => `${id}-es`;

  documents.push({
    ...system('siteSettings-es', 'siteSettings', created),
    language: 'es',
    title: 'Alliance Consejería (datos de prueba)',
    description: 'Artículos sintéticos para medir el rendimiento.',
    crisisMessage:
      'Si estás en crisis, llama al 988 y marca 2, o escribe AYUDA al 988. En una emergencia, llama al 911.',
    crisisLinks: [
      { _key: 'call988', label: 'Llama al 988 y marca 2', href: 'tel:988' },
      { _key: 'text988', label: 'Escribe AYUDA al 988', href: 'sms:988' },
    ],
    consultation: {
      heading: 'Hablemos con calma',
      body: 'La primera consulta es gratuita y no te compromete a nada.',
      buttonLabel: 'Pide una consulta gratuita',
    },
    disclaimer:
      'Los artículos son educativos: no reemplazan la atención profesional ni sirven en emergencias.',
  });

  const topics = input.topics.map((topic, i) => {
    const title = SPANISH_TOPICS[i] ?? topic.title;
    return { id: esId(topic.id), slug: slugify(title), title };
  });
  for (const [i, topic] of topics.entries()) {
    documents.push({
      ...system(topic.id, 'topic', created),
      language: 'es',
      title: topic.title,
      slug: { _type: 'slug', current: topic.slug },
      description: `${say()} ${say()}`,
    });
    groups.push(translationGroup('topic', input.topics[i]?.id ?? '', topic.id, created));
  }

  for (const counselor of input.counselors) {
    const key = keys('c');
    documents.push({
      ...system(esId(counselor.id), 'counselor', created),
      language: 'es',
      pronouns: pick(random, SPANISH_PRONOUNS),
      bio: [block(key, `${say()} ${say()}`), block(key, say())],
      specialties: [pick(random, SPANISH_TOPICS), pick(random, SPANISH_TOPICS)].filter(
        (t, j, all) => all.indexOf(t) === j,
      ),
    });
    groups.push(translationGroup('counselor', counselor.id, esId(counselor.id), created));
  }

  const checklistId = esId(input.checklistId);
  documents.push({
    ...system(checklistId, 'fitChecklist', created),
    language: 'es',
    title: '¿Te ayudaría hablar ahora con alguien?',
    intro: 'Marca lo que se parece a tus últimas semanas. Nada de lo que marques sale de esta página.',
    items: Array.from({ length: 6 }, (_, i) => ({
      _key: `item${i}`,
      label: capitalize(words(random, between(random, 4, 8), SPANISH_WORDS).join(' ')),
      detail: say(),
    })),
    outcomes: [
      {
        _key: 'few',
        minChecked: 1,
        heading: 'Una charla podría ayudarte',
        body: say(),
        showConsultation: false,
      },
      {
        _key: 'some',
        minChecked: 3,
        heading: 'Vale la pena conversarlo',
        body: say(),
        showConsultation: true,
      },
    ],
  });
  groups.push(translationGroup('fitChecklist', input.checklistId, checklistId, created));

  const slugs: string[] = [];
  let previous: { slug: string; title: string } | undefined;
  for (const [i, article] of input.articles.entries()) {
    if (!isTranslated(i, input.share)) continue;
    // Its own stream per article, like the English ones, so a translation does not depend on the share.
    const r = createRandom(input.seed ^ Math.imul(i + 1, 0x85ebca6b));
    const key = keys('k');
    // Spanish titles are in sentence case.
    const title = capitalize(words(r, between(r, 4, 8), SPANISH_WORDS).join(' '));
    const slug = `${slugify(title)}-${i + 1}`;
    const id = esId(article.id);
    const body = articleBody(r, key, input.target, {
      callout: i % 3 === 1,
      spanish: true,
      ...(article.withChecklist ? { checklistId } : {}),
      ...(previous ? { linkTo: previous } : {}),
    });
    documents.push({
      ...system(id, 'article', article.published),
      language: 'es',
      title,
      slug: { _type: 'slug', current: slug },
      excerpt: sentence(r, SPANISH_WORDS).slice(0, 190),
      publishedAt: article.published,
      // Bylines name the English counselor document (docs/content-model.md, "Languages").
      ...(article.authorId ? { author: ref(article.authorId) } : {}),
      ...(article.reviewerId
        ? { reviewedBy: ref(article.reviewerId), reviewedAt: article.published.slice(0, 10) }
        : {}),
      topics: article.topicIndexes.map((t, j) => ref(topics[t]?.id ?? '', `t${j}`)),
      body: body.blocks,
      featured: i < 3,
    });
    groups.push(translationGroup('article', article.id, id, article.published));
    slugs.push(slug);
    previous = { slug, title };
  }
  documents.push(...groups);
  return slugs;
}

/**
 * Writes a dataset under `dir`: `sanity/data.ndjson`, `markdown/<slug>.md` and an empty `mdx/` folder. Returns
 * the paths and a few facts the benchmark needs (slugs of each page type).
 */
export async function writeDataset(dir: string, options: DatasetOptions): Promise<WrittenDataset> {
  const data = generateDataset(options);
  const exportDir = path.join(dir, 'sanity');
  const markdownDir = path.join(dir, 'markdown');
  const emptyMdxDir = path.join(dir, 'mdx');
  await fs.rm(dir, { recursive: true, force: true });
  await Promise.all([exportDir, markdownDir, emptyMdxDir].map((d) => fs.mkdir(d, { recursive: true })));
  await fs.writeFile(
    path.join(exportDir, 'data.ndjson'),
    data.documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n',
  );
  for (const article of data.markdown) {
    await fs.writeFile(path.join(markdownDir, `${article.slug}.md`), article.text);
  }
  const slugsOf = (type: string) =>
    data.documents
      .filter((d) => d._type === type && d['language'] === undefined)
      .map((d) => (d['slug'] as { current: string }).current);
  return {
    exportDir,
    markdownDir,
    emptyMdxDir,
    articles: data.markdown.length,
    checklistSlugs: data.checklistSlugs,
    firstSlug: data.markdown[0]?.slug ?? '',
    topicSlugs: slugsOf('topic'),
    counselorSlugs: slugsOf('counselor'),
    totalWords: data.totalWords,
    spanishSlugs: data.spanishSlugs,
  };
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (import.meta.filename && process.argv[1] === import.meta.filename) {
  const articles = Number(argValue('--articles') ?? '100');
  const out = path.resolve(argValue('--out') ?? `bench/work/data-${articles}`);
  const seed = Number(argValue('--seed') ?? DEFAULT_SEED);
  const spanish = Number(argValue('--spanish') ?? '0');
  const written = await writeDataset(out, { articles, seed, spanish });
  console.log(
    `${written.articles} articles (${written.totalWords} words), ${written.spanishSlugs.length} in Spanish, in ${out}`,
  );
}
