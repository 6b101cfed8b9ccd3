// Writes the bundled demo content, content/sanity/data.ndjson and content/sanity/images/, in the format
// `sanity dataset export` produces. The content itself lives beside this file in readable form (site.mjs,
// articles/*.mjs); MDX articles are written by hand in content/articles/. Deterministic: the same sources give
// the same bytes, so a rebuild with no changes leaves git clean.
//
//   node_modules/.bin/node scripts/demo-content/build.mjs [--out <folder>]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleArt, heroArt, portrait } from './images.mjs';
import { keyFor, toPortableText } from './portable-text.mjs';
import { counselorsEs, fitChecklistEs, siteSettingsEs, topicsEs } from './es/site.mjs';
import { counselors, fitChecklist, siteSettings, topics } from './site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'content/sanity');

/** Timestamps for documents without a publish date of their own. */
const SITE_CREATED = '2025-06-02T09:00:00.000Z';
const SITE_UPDATED = '2026-10-01T09:00:00.000Z';

const images = new Map();

/** Registers a rendered image and returns the image object an export carries for it. */
function imageValue(rendered, extra = {}) {
  images.set(rendered.fileName, rendered.data);
  return { _type: 'image', _sanityAsset: `image@file://./images/${rendered.fileName}`, ...extra };
}

/** Adds the system fields every exported document has; `_rev` follows the content so it changes when it does. */
function document(id, type, createdAt, updatedAt, fields) {
  const rev = createHash('sha1')
    .update(JSON.stringify([id, fields]))
    .digest('base64url')
    .slice(0, 22);
  return { _id: id, _type: type, _createdAt: createdAt, _updatedAt: updatedAt, _rev: rev, ...fields };
}

const ref = (id) => ({ _type: 'reference', _ref: id });
const keyedRef = (id, scope) => ({ _type: 'reference', _ref: id, _key: keyFor(scope, id) });
const slug = (current) => ({ _type: 'slug', current });
const topicId = (s) => `topic-${s}`;
const counselorId = (s) => `counselor-${s}`;

function withKeys(items, scope) {
  return items.map((item, index) => ({ _key: keyFor(scope, index), ...item }));
}

/**
 * A `translation.metadata` document as the document-internationalization plugin writes it: weak references to one
 * document per language.
 */
function translationGroup(type, ids) {
  return document(`translation.metadata.${ids.en}`, 'translation.metadata', SITE_CREATED, SITE_UPDATED, {
    schemaTypes: [type],
    translations: Object.entries(ids).map(([language, id]) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: { _type: 'reference', _ref: id, _weak: true },
    })),
  });
}

/** A site settings document in one language; its list items keyed within `scope` (`''` or `'-es'`). */
function settingsDocument(id, language, settings, scope, extra = {}) {
  return document(id, 'siteSettings', SITE_CREATED, SITE_UPDATED, {
    language,
    ...settings,
    ...extra,
    crisisLinks: withKeys(settings.crisisLinks, `crisisLinks${scope}`),
    searchSynonyms: withKeys(
      settings.searchSynonyms.map((terms) => ({ _type: 'synonymGroup', terms })),
      `searchSynonyms${scope}`,
    ),
  });
}

/** A topic document in one language. */
function topicDocument(topic, language) {
  return document(topicId(topic.slug), 'topic', SITE_CREATED, SITE_CREATED, {
    language,
    title: topic.title,
    slug: slug(topic.slug),
    description: topic.description,
  });
}

async function loadArticles(folder = 'articles') {
  const dir = path.join(here, folder);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  const loaded = [];
  for (const file of files) {
    const { default: article } = await import(pathToFileURL(path.join(dir, file)).href);
    if (`${article.slug}.mjs` !== file) throw new Error(`${file}: the file name must be the slug`);
    loaded.push(article);
  }
  return loaded.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

async function build() {
  const docs = [];

  docs.push(
    settingsDocument('siteSettings', 'en', siteSettings, '', {
      heroImage: imageValue(await heroArt(), { alt: siteSettings.heroImage.alt }),
    }),
  );

  for (const topic of topics) {
    docs.push(topicDocument(topic, 'en'));
  }

  for (const c of counselors) {
    const id = counselorId(c.slug);
    const photo = imageValue(await portrait(c.portrait.palette, c.portrait.variant), {
      alt: c.portrait.alt,
      crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
      hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.45, width: 0.7, height: 0.7 },
    });
    docs.push(
      document(id, 'counselor', SITE_CREATED, SITE_UPDATED, {
        language: 'en',
        name: c.name,
        slug: slug(c.slug),
        credentials: c.credentials,
        pronouns: c.pronouns,
        photo,
        bio: toPortableText(c.bio, `${id}/bio`, { allowCustom: false }),
        specialties: c.specialties,
        offersFreeConsultation: c.offersFreeConsultation,
        acceptingNewClients: c.acceptingNewClients,
        fees: c.fees,
        insurance: c.insurance,
        topics: c.topics.map((t) => keyedRef(topicId(t), `${id}/topics`)),
        sessionFormats: c.sessionFormats,
        languages: c.languages,
        agesServed: c.agesServed,
        clientTypes: c.clientTypes,
        availability: c.availability,
        ...(c.location ? { location: c.location } : {}),
        selfPay: c.selfPay,
        slidingScale: c.slidingScale,
      }),
    );
  }

  docs.push(
    document(fitChecklist._id, 'fitChecklist', SITE_CREATED, SITE_UPDATED, {
      language: 'en',
      title: fitChecklist.title,
      intro: fitChecklist.intro,
      items: withKeys(fitChecklist.items, `${fitChecklist._id}/items`),
      outcomes: withKeys(fitChecklist.outcomes, `${fitChecklist._id}/outcomes`),
    }),
  );

  // Images used inside article bodies (::image <name>), by name.
  const bodyImages = { balance: imageValue(await articleArt('balance', 'sand')) };

  const spanishArticles = (await loadArticles('es/articles')).map((a) => ({ ...a, language: 'es' }));
  for (const a of [...(await loadArticles()), ...spanishArticles]) {
    const id = `article-${a.slug}`;
    const fields = {
      language: a.language ?? 'en',
      title: a.title,
      slug: slug(a.slug),
      excerpt: a.excerpt,
      publishedAt: a.publishedAt,
      ...(a.updatedAt ? { updatedAt: a.updatedAt } : {}),
      author: ref(counselorId(a.author)),
      reviewedBy: ref(counselorId(a.reviewedBy)),
      reviewedAt: a.reviewedAt,
      topics: a.topics.map((t) => keyedRef(topicId(t), `${id}/topics`)),
      ...(a.image
        ? { mainImage: imageValue(await articleArt(a.image.art, a.image.palette), { alt: a.image.alt }) }
        : {}),
      ...(a.contentNote ? { contentNote: a.contentNote } : {}),
      body: toPortableText(a.body, `${id}/body`, { images: bodyImages }),
      ...(a.references
        ? {
            references: a.references.map((r, i) => ({
              _key: keyFor(`${id}/references`, i),
              _type: 'referenceSource',
              ...r,
            })),
          }
        : {}),
      ...(a.seo ? { seo: { _type: 'seo', ...a.seo } } : {}),
      featured: a.featured ?? false,
      ...(a.previousSlugs ? { previousSlugs: a.previousSlugs } : {}),
    };
    docs.push(document(id, 'article', a.publishedAt, a.updatedAt ?? a.publishedAt, fields));
  }

  // The Spanish site (scripts/demo-content/es/): settings, topics, counselors' text, the checklist; the articles are
  // above. Each translation is joined to its English document by a translation.metadata document.
  docs.push(settingsDocument('siteSettings-es', 'es', siteSettingsEs, '-es'));
  for (const topic of topicsEs) {
    docs.push(
      topicDocument(topic, 'es'),
      translationGroup('topic', { en: topicId(topic.translationOf), es: topicId(topic.slug) }),
    );
  }
  for (const c of counselorsEs) {
    const id = `${counselorId(c.translationOf)}-es`;
    docs.push(
      document(id, 'counselor', SITE_CREATED, SITE_UPDATED, {
        language: 'es',
        pronouns: c.pronouns,
        bio: toPortableText(c.bio, `${id}/bio`, { allowCustom: false }),
        specialties: c.specialties,
      }),
      translationGroup('counselor', { en: counselorId(c.translationOf), es: id }),
    );
  }
  docs.push(
    document(fitChecklistEs._id, 'fitChecklist', SITE_CREATED, SITE_UPDATED, {
      language: 'es',
      title: fitChecklistEs.title,
      intro: fitChecklistEs.intro,
      items: withKeys(fitChecklistEs.items, `${fitChecklistEs._id}/items`),
      outcomes: withKeys(fitChecklistEs.outcomes, `${fitChecklistEs._id}/outcomes`),
    }),
    translationGroup('fitChecklist', { en: fitChecklistEs.translationOf, es: fitChecklistEs._id }),
  );
  for (const a of spanishArticles)
    docs.push(translationGroup('article', { en: `article-${a.translationOf}`, es: `article-${a.slug}` }));

  // Replace the previous output completely, so removed images do not linger.
  const imagesDir = path.join(outDir, 'images');
  fs.rmSync(imagesDir, { recursive: true, force: true });
  fs.mkdirSync(imagesDir, { recursive: true });
  for (const [name, data] of [...images].sort(([a], [b]) => a.localeCompare(b))) {
    fs.writeFileSync(path.join(imagesDir, name), data);
  }
  fs.writeFileSync(
    path.join(outDir, 'data.ndjson'),
    docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n',
  );
  const bytes = [...images.values()].reduce((sum, data) => sum + data.length, 0);
  console.log(
    `Wrote ${docs.length} documents and ${images.size} images (${Math.round(bytes / 1024)} KiB) to ${path.relative(root, outDir) || outDir}`,
  );
}

await build();
