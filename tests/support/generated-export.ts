import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetMetadata, writeFormatImages, writeLargeImage, type GeneratedImage } from './image-formats.ts';

// A dataset export made in the test: one image of every format a Studio accepts, blocks the site does not know at
// two depths, marks it does not know, and (on request) a very large photo or an image whose file is missing.

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** What {@link writeGeneratedExport} made. */
export interface GeneratedExport {
  dir: string;
  images: GeneratedImage[];
  remove(): void;
}

const span = (key: string, text: string, marks: string[] = []) => ({ _type: 'span', _key: key, text, marks });
const paragraph = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [span(`${key}s`, text)],
});

/**
 * Writes the export folder (`data.ndjson` + `images/`) under `parent` (a folder inside the project, so a build
 * can read it by a relative path too).
 */
export async function writeGeneratedExport(
  parent: string,
  options: { large?: boolean; missingFile?: boolean } = {},
): Promise<GeneratedExport> {
  const dir = mkdtempSync(path.join(parent, 'generated-export-'));
  const images = await writeFormatImages(dir);
  if (options.large) images.push(await writeLargeImage(dir));
  const svg = images.find((i) => i.name === 'svg');
  const logo = images.find((i) => i.name === 'png-alpha');
  const docs: Doc[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Generated Practice',
      crisisMessage: 'In an emergency, call 911.',
      crisisLinks: [{ _key: 'c1', label: 'Call 988', href: 'tel:988' }],
    },
    {
      _id: 'counselor-logo',
      _type: 'counselor',
      name: 'Rowan Vale',
      slug: { _type: 'slug', current: 'rowan-vale' },
      photo: { _type: 'image', _sanityAsset: svg?.pointer, alt: 'A round green emblem' },
    },
    {
      _id: 'article-formats',
      _type: 'article',
      title: 'Every kind of picture',
      slug: { _type: 'slug', current: 'every-kind-of-picture' },
      excerpt: 'One picture of each kind a practice might upload.',
      publishedAt: '2026-02-01T09:00:00Z',
      mainImage: { _type: 'image', _sanityAsset: svg?.pointer, alt: 'A round green emblem, wide' },
      body: [
        paragraph('intro', 'Each picture below is a different kind of file.'),
        { _type: 'videoEmbed', _key: 'video', url: 'https://video.example/clip' },
        ...images.map((image) => ({
          _type: 'image',
          _key: `img-${image.name}`,
          _sanityAsset: image.pointer,
          alt: `The ${image.name} test image`,
        })),
        {
          _type: 'callout',
          _key: 'note',
          tone: 'info',
          body: [
            paragraph('note1', 'Before the table.'),
            { _type: 'table', _key: 'table', rows: [] },
            paragraph('note2', 'After the table.'),
          ],
        },
        {
          _type: 'block',
          _key: 'marks',
          style: 'normal',
          markDefs: [{ _key: 'fn', _type: 'footnote', text: 'A note' }],
          children: [
            span('m1', 'bold', ['strong']),
            span('m2', ' and '),
            span('m3', 'struck', ['strike-through']),
            span('m4', ' and '),
            span('m5', 'glowing', ['highlight']),
            span('m6', ' and '),
            span('m7', 'annotated', ['fn']),
          ],
        },
      ],
    },
    {
      _id: 'article-logo',
      _type: 'article',
      title: 'A logo on nothing',
      slug: { _type: 'slug', current: 'logo-on-nothing' },
      excerpt: 'Its main picture is a PNG with transparent corners.',
      publishedAt: '2026-02-03T09:00:00Z',
      mainImage: { _type: 'image', _sanityAsset: logo?.pointer, alt: 'A green circle on nothing' },
      body: [paragraph('logo-intro', 'The picture above has nothing behind its circle.')],
    },
  ];
  if (options.missingFile)
    docs.push({
      _id: 'article-missing',
      _type: 'article',
      title: 'A picture that is not there',
      slug: { _type: 'slug', current: 'missing-picture' },
      excerpt: 'Its image file was left out of the export.',
      publishedAt: '2026-02-02T09:00:00Z',
      body: [
        {
          _type: 'image',
          _key: 'gone',
          _sanityAsset: 'image@file://./images/ffffffffffffffffffffffffffffffffffffffff-10x10.png',
          alt: 'Nothing',
        },
      ],
    });
  writeFileSync(path.join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  // As `sanity dataset export` writes it: the asset documents' own fields by `image-<sha1>`. The WebP has only a
  // palette (no blurred preview), to show the colour placeholder; SVG has none, as Sanity keeps none for it.
  const metadata: Record<string, Record<string, unknown>> = {};
  for (const image of images) {
    if (image.name === 'svg' || image.name === 'jpeg-large') continue;
    const entry = await assetMetadata(dir, image);
    if (image.name === 'webp') delete (entry['metadata'] as Record<string, unknown>)['lqip'];
    metadata[image.metadataKey] = entry;
  }
  writeFileSync(path.join(dir, 'assets.json'), JSON.stringify(metadata));
  return {
    dir,
    images,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
