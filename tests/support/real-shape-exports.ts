import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { create } from 'tar';
import { assetMetadata, type GeneratedImage } from './image-formats.ts';

// Dataset exports in the shapes `sanity dataset export` really writes, made here with our own words and generated
// pictures. Two shapes, after two public exports studied for their structure (none of their content is used):
//
// - "studio": a tarball holding `<dataset>-export-<date>/` with `data.ndjson`, `images/` and `assets.json` (the
//   asset documents' own fields keyed `image-<sha1>`); documents with UUID ids, `_createdAt`/`_updatedAt`/`_rev`,
//   keys in alphabetical order, `_sanityAsset` in place of `asset`, crops and hotspots typed
//   (`sanity.imageCrop`), drafts beside published copies, and system documents (`system.group`,
//   `sanity.previewUrlSecret`, a file asset reference).
// - "seeded": an older seed-data export: readable ids (`article_coping-with-change`), no `assets.json`, crops
//   without `_type`, slugs that remember their `source`, 32-hex block keys and 8-character span keys, a folder
//   named `production-export-<timestamp>`.
//
// Both use real Portable Text shapes: link annotations in `markDefs`, decorators, h2/h3, blockquotes, bullet and
// numbered lists nested two deep, and a block type the site does not know.

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** A built export: the tarball and what every article page must show. */
export interface RealShapeExport {
  name: 'studio' | 'seeded';
  tarball: string;
  /** Per published article: slug, title, and the alt texts of its images. */
  articles: { slug: string; title: string; alts: string[] }[];
  remove(): void;
}

/** Keys sorted, as the export writes every object. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sorted(v)]),
  );
}

const hex = (seed: string, length: number) =>
  createHash('sha256').update(seed).digest('hex').slice(0, length);
const uuid = (seed: string) => {
  const h = hex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Portable Text as the Studio stores it; `keys` chooses the key style of each shape. */
function portableText(keys: (seed: string, long: boolean) => string) {
  const span = (seed: string, text: string, marks: string[] = []) => ({
    _key: keys(seed, false),
    _type: 'span',
    marks,
    text,
  });
  const block = (seed: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
    _key: keys(seed, true),
    _type: 'block',
    children,
    markDefs: [],
    style: 'normal',
    ...extra,
  });
  return { span, block };
}

async function picture(
  dir: string,
  seed: string,
  width: number,
  height: number,
  fill: string,
): Promise<GeneratedImage> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: fill } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#f4efe6"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
  // Named as the export names files: the SHA-1 of the bytes, then the pixel size.
  const file = `${createHash('sha1').update(bytes).digest('hex')}-${width}x${height}.jpg`;
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'images', file), bytes);
  const stem = file.slice(0, -4);
  return {
    name: seed,
    file,
    extension: 'jpg',
    width,
    height,
    pointer: `image@file://./images/${file}`,
    assetId: `image-${stem}-jpg`,
    metadataKey: `image-${stem.replace(/-\d+x\d+$/, '')}`,
  };
}

function articleBody(
  pt: ReturnType<typeof portableText>,
  keys: (seed: string, long: boolean) => string,
  prefix: string,
  image: GeneratedImage,
  imageAlt: string,
  cropTyped: boolean,
) {
  const { span, block } = pt;
  const link = (seed: string, href: string) => ({
    _key: keys(`${prefix}${seed}`, false),
    _type: 'link',
    href,
  });
  const guide = link('guide', 'https://example.org/guide');
  const inside = link('inside', '/counselors/');
  const section = link('section', '#small-steps');
  return [
    block(`${prefix}p1`, [
      span(`${prefix}p1a`, 'Change can feel '),
      span(`${prefix}p1b`, 'heavy', ['strong']),
      span(`${prefix}p1c`, ', even when it is '),
      span(`${prefix}p1d`, 'welcome', ['em']),
      span(`${prefix}p1e`, '.'),
    ]),
    block(`${prefix}h1`, [span(`${prefix}h1a`, 'Small steps')], { style: 'h2' }),
    block(
      `${prefix}p2`,
      [
        span(`${prefix}p2a`, 'A short '),
        span(`${prefix}p2b`, 'guide', [guide._key]),
        span(`${prefix}p2c`, ' lists ideas, and our '),
        span(`${prefix}p2d`, 'counselors', [inside._key]),
        span(`${prefix}p2e`, ' can help; '),
        span(`${prefix}p2f`, 'start here', [section._key]),
        span(`${prefix}p2g`, '.'),
      ],
      { markDefs: [guide, inside, section] },
    ),
    block(`${prefix}l1`, [span(`${prefix}l1a`, 'Name one thing that changed')], {
      level: 1,
      listItem: 'bullet',
    }),
    block(`${prefix}l2`, [span(`${prefix}l2a`, 'Write it down')], { level: 2, listItem: 'number' }),
    block(`${prefix}l3`, [span(`${prefix}l3a`, 'Say it to someone')], { level: 2, listItem: 'number' }),
    block(`${prefix}l4`, [span(`${prefix}l4a`, 'Rest when you can')], { level: 1, listItem: 'bullet' }),
    {
      _key: keys(`${prefix}img`, true),
      _type: 'image',
      _sanityAsset: image.pointer,
      alt: imageAlt,
      caption: 'A calm shape on a plain ground',
      crop: cropTyped
        ? { _type: 'sanity.imageCrop', bottom: 0.05, left: 0.1, right: 0, top: 0 }
        : { bottom: 0.05, left: 0.1, right: 0, top: 0 },
      hotspot: cropTyped
        ? { _type: 'sanity.imageHotspot', height: 0.3, width: 0.3, x: 0.4, y: 0.5 }
        : { height: 0.3, width: 0.3, x: 0.4, y: 0.5 },
    },
    { _key: keys(`${prefix}code`, true), _type: 'code', code: 'breathe();', language: 'js' },
    block(`${prefix}h2`, [span(`${prefix}h2a`, 'When it lasts')], { style: 'h3' }),
    block(`${prefix}q1`, [span(`${prefix}q1a`, 'It is fine to ask for help early.')], {
      style: 'blockquote',
    }),
    block(`${prefix}p3`, [
      span(`${prefix}p3a`, 'Strike the word '),
      span(`${prefix}p3b`, 'should', ['strike-through']),
      span(`${prefix}p3c`, ' and keep the '),
      span(`${prefix}p3d`, 'kind', ['underline', 'highlight']),
      span(`${prefix}p3e`, ' words.'),
    ]),
  ];
}

async function pack(
  dir: string,
  folder: string,
  docs: Doc[],
  extra: (folderPath: string) => void = () => undefined,
) {
  const folderPath = path.join(dir, folder);
  mkdirSync(folderPath, { recursive: true });
  extra(folderPath);
  writeFileSync(
    path.join(folderPath, 'data.ndjson'),
    docs.map((doc) => JSON.stringify(sorted(doc))).join('\n') + '\n',
  );
  const tarball = path.join(dir, 'production.tar.gz');
  await create({ gzip: true, file: tarball, cwd: dir, portable: true }, [folder]);
  rmSync(folderPath, { recursive: true, force: true });
  return tarball;
}

/** The "studio" shape: UUID ids, typed crops, drafts, system documents, `assets.json`. */
export async function writeStudioShapeExport(parent: string): Promise<RealShapeExport> {
  const dir = mkdtempSync(path.join(parent, 'studio-shape-'));
  const keys = (seed: string) => hex(seed, 12);
  const pt = portableText(keys);
  const stamp = { _createdAt: '2026-01-10T09:00:00Z', _updatedAt: '2026-01-12T10:30:00Z' };
  const folder = 'production-export-2026-01-12';
  const folderPath = path.join(dir, folder);
  const images: GeneratedImage[] = [];
  images.push(await picture(folderPath, 'studio-hero', 1600, 900, '#2c5aa0'));
  images.push(await picture(folderPath, 'studio-body', 900, 1200, '#2e7d4f'));
  images.push(await picture(folderPath, 'studio-portrait', 640, 800, '#8a5a44'));
  const [hero, body, portrait] = images as [GeneratedImage, GeneratedImage, GeneratedImage];
  const counselorId = uuid('counselor');
  const topicId = uuid('topic');
  const articleId = uuid('article');
  const title = 'Coping with change';
  const docs: Doc[] = [
    {
      ...stamp,
      _id: '_.groups.administrator',
      _rev: 'r1',
      _type: 'system.group',
      grants: [],
      members: ['p1'],
    },
    { ...stamp, _id: 'sanity-preview-secret', _rev: 'r1', _type: 'sanity.previewUrlSecret', secret: 'x' },
    {
      ...stamp,
      _id: 'siteSettings',
      _rev: 'aB3dE5',
      _type: 'siteSettings',
      crisisLinks: [{ _key: keys('c1'), _type: 'crisisLink', href: 'tel:988', label: 'Call or text 988' }],
      crisisMessage: 'If you are in danger now, call 911.',
      title: 'Studio Shape Practice',
    },
    {
      ...stamp,
      _id: topicId,
      _rev: 'x1',
      _type: 'topic',
      slug: { _type: 'slug', current: 'change' },
      title: 'Change',
    },
    {
      ...stamp,
      _id: counselorId,
      _rev: 'x2',
      _type: 'counselor',
      bio: [pt.block('bio1', [pt.span('bio1a', 'Rae works with people facing big changes.')])],
      name: 'Rae Moreno',
      photo: {
        _sanityAsset: portrait.pointer,
        _type: 'image',
        alt: 'Rae Moreno, smiling',
        crop: { _type: 'sanity.imageCrop', bottom: 0, left: 0, right: 0, top: 0.1 },
        hotspot: { _type: 'sanity.imageHotspot', height: 0.4, width: 0.4, x: 0.5, y: 0.35 },
      },
      slug: { _type: 'slug', current: 'rae-moreno' },
    },
    {
      ...stamp,
      _id: articleId,
      _rev: 'x3',
      _type: 'article',
      author: { _ref: counselorId, _type: 'reference' },
      body: articleBody(pt, keys, 's', body, 'A pale circle on a green ground', true),
      excerpt: 'Small, steady steps for when life shifts under your feet.',
      mainImage: {
        _sanityAsset: hero.pointer,
        _type: 'image',
        alt: 'A pale circle on a blue ground',
        hotspot: { _type: 'sanity.imageHotspot', height: 0.5, width: 0.5, x: 0.33, y: 0.5 },
      },
      publishedAt: '2026-01-11T08:00:00.000Z',
      slug: { _type: 'slug', current: 'coping-with-change' },
      title,
      topics: [{ _key: keys('t1'), _ref: topicId, _type: 'reference' }],
    },
    // The draft beside the published copy, and a document of a type this site does not have.
    {
      ...stamp,
      _id: `drafts.${articleId}`,
      _rev: 'x4',
      _type: 'article',
      excerpt: 'A draft.',
      publishedAt: '2026-01-11T08:00:00.000Z',
      slug: { _type: 'slug', current: 'coping-with-change' },
      title: 'Coping with change (draft)',
    },
    {
      ...stamp,
      _id: uuid('brochure'),
      _rev: 'x5',
      _type: 'resource',
      file: {
        _sanityAsset: 'file@file://./files/0123456789abcdef0123456789abcdef01234567.pdf',
        _type: 'file',
      },
      title: 'A brochure',
    },
  ];
  const assets: Record<string, unknown> = {};
  for (const image of images) assets[image.metadataKey] = await assetMetadata(folderPath, image);
  const tarball = await pack(dir, folder, docs, (p) => {
    writeFileSync(path.join(p, 'assets.json'), JSON.stringify(assets));
  });
  return {
    name: 'studio',
    tarball,
    articles: [
      {
        slug: 'coping-with-change',
        title,
        alts: ['A pale circle on a blue ground', 'A pale circle on a green ground'],
      },
    ],
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The "seeded" shape: readable ids, untyped crops, slug sources, long block keys, no `assets.json`. */
export async function writeSeededShapeExport(parent: string): Promise<RealShapeExport> {
  const dir = mkdtempSync(path.join(parent, 'seeded-shape-'));
  const keys = (seed: string, long: boolean) => (long ? hex(seed, 32) : hex(seed, 8));
  const pt = portableText(keys);
  const folder = 'production-export-2026-02-01t12-00-00-000z';
  const folderPath = path.join(dir, folder);
  mkdirSync(folderPath, { recursive: true });
  const first = await picture(folderPath, 'seeded-one', 1200, 800, '#6b4c9a');
  const second = await picture(folderPath, 'seeded-two', 800, 800, '#c07a2c');
  const slug = (current: string) => ({ _type: 'slug', current, source: 'title' });
  const stamp = { _createdAt: '2026-02-01T12:00:00Z', _rev: 'seed', _updatedAt: '2026-02-01T12:00:00Z' };
  const docs: Doc[] = [
    {
      ...stamp,
      _id: 'siteSettings',
      _type: 'siteSettings',
      crisisMessage: 'Call 911 in an emergency.',
      title: 'Seeded Practice',
    },
    { ...stamp, _id: 'topic_grief', _type: 'topic', slug: slug('grief'), title: 'Grief' },
    {
      ...stamp,
      _id: 'article_coping-with-change',
      _type: 'article',
      body: articleBody(pt, keys, 'a', second, 'An orange square with a pale circle', false),
      excerpt: 'Steady ways through a season of change.',
      mainImage: {
        _sanityAsset: first.pointer,
        _type: 'image',
        alt: 'A purple field with a pale circle',
        crop: { bottom: 0, left: 0, right: 0.2, top: 0 },
        hotspot: { height: 0.2, width: 0.2, x: 0.3, y: 0.5 },
      },
      publishedAt: '2026-02-01T12:00:00Z',
      slug: slug('coping-with-change'),
      title: 'Coping with change, step by step',
      topics: [{ _key: keys('t', false), _ref: 'topic_grief', _type: 'reference' }],
    },
    {
      ...stamp,
      _id: 'article_when-grief-visits',
      _type: 'article',
      body: [
        pt.block('g1', [pt.span('g1a', 'Grief comes and goes, often without warning.')]),
        { _key: keys('g2', true), _type: 'youtube', url: 'https://video.example/watch' },
        {
          _key: keys('g3', true),
          _type: 'callout',
          body: [
            pt.block('g3a', [pt.span('g3b', 'Be gentle with yourself.')]),
            { _key: keys('g3c', true), _type: 'table', rows: [] },
          ],
          tone: 'tip',
        },
      ],
      excerpt: 'What grief can feel like, and what can help.',
      publishedAt: '2026-02-02T12:00:00Z',
      slug: slug('when-grief-visits'),
      title: 'When grief visits',
    },
  ];
  const tarball = await pack(dir, folder, docs);
  return {
    name: 'seeded',
    tarball,
    articles: [
      {
        slug: 'coping-with-change',
        title: 'Coping with change, step by step',
        alts: ['A purple field with a pale circle', 'An orange square with a pale circle'],
      },
      { slug: 'when-grief-visits', title: 'When grief visits', alts: [] },
    ],
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
