import { defineQuery } from 'groq';

// One query per collection. Projections resolve every reference in the same request (no request per
// document). Next to each resolved reference the query keeps its `_ref`, so the loader can tell a
// missing document (a warning naming both) from a field left empty. The same queries run against the
// live API and, through groq-js, against a dataset export.

// An image field: the asset document supplies the file, its size and what a placeholder is made of (Sanity's
// blurred preview, its dominant colour, and whether the image is opaque); crop and hotspot stay as fractions.
// (Fragments are spliced into the queries below; TypeGen reads the final strings.)
const image = `{
  alt,
  caption,
  crop,
  hotspot,
  "assetRef": asset._ref,
  "asset": asset->{
    _id, _type, url, extension, "width": metadata.dimensions.width, "height": metadata.dimensions.height,
    "lqip": metadata.lqip, "color": metadata.palette.dominant.background, "opaque": metadata.isOpaque
  }
}`;

const counselorRef = `{ _id, _type, language, name, "slug": slug.current, credentials, offersFreeConsultation }`;

const checklist = `{ _id, _type, language, title, intro, items[]{ _key, label, detail }, outcomes[]{ _key, minChecked, heading, body, showConsultation } }`;

// Translations: the document-internationalization plugin joins a document and its translations in one
// `translation.metadata` document, whose `translations[]` hold weak references. Each collection's query brings
// every such group's ids along (one request per collection); the loader keeps the links whose documents were
// returned and are published in another language (src/lib/sanity/translations.ts).
const translationGroups = `*[_type == "translation.metadata"]{ _id, "refs": translations[].value._ref }`;

/** The site settings singletons, English (`siteSettings`) and Spanish (`siteSettings-es`). */
export const siteSettingsQuery =
  defineQuery(`*[_type == "siteSettings" && _id in ["siteSettings", "siteSettings-es"]] | order(_id asc){
  _id, language, title, description, phone, email, address, timeZone,
  "heroImage": heroImage${image},
  crisisMessage,
  crisisLinks[]{ label, href },
  consultation{ heading, body, buttonLabel },
  disclaimer,
  searchSynonyms[]{ terms }
}`);

/** Every topic, in every language, with the translation groups. */
export const topicsQuery = defineQuery(`{
  "documents": *[_type == "topic"] | order(_id asc){ _id, language, title, "slug": slug.current, description },
  "translations": ${translationGroups}
}`);

/**
 * Every counselor in every language, photo asset resolved, with the translation groups. A translation holds only
 * text; the loader takes its facts from the English document (COUNSELOR_FACT_FIELDS in sanity/schemaTypes/rules/).
 */
export const counselorsQuery = defineQuery(`{
  "documents": *[_type == "counselor"] | order(_id asc){
    _id, language, name, "slug": slug.current, credentials, pronouns,
    "photo": photo${image},
    bio, specialties, offersFreeConsultation, acceptingNewClients, fees, insurance,
    "topics": topics[]{ "ref": _ref, "doc": @->{ _id, _type, title, "slug": slug.current } },
    sessionFormats, languages, agesServed, clientTypes, availability, location, selfPay, slidingScale
  },
  "translations": ${translationGroups}
}`);

/** Every fit checklist in every language, with the translation groups. */
export const checklistsQuery = defineQuery(`{
  "documents": *[_type == "fitChecklist"] | order(_id asc)${checklist},
  "translations": ${translationGroups}
}`);

// The article projection, shared by the build (every article) and draft preview (one, by slug).
const article = `{
  _id, language, title, "slug": slug.current, excerpt, publishedAt, updatedAt, reviewedAt,
  "authorRef": author._ref, "author": author->${counselorRef},
  "reviewedByRef": reviewedBy._ref, "reviewedBy": reviewedBy->${counselorRef},
  "topics": topics[]{ "ref": _ref, "doc": @->{ _id, _type, language, title, "slug": slug.current } },
  "mainImage": mainImage${image},
  "body": body[]{
    ...,
    _type == "image" => ${image},
    _type == "checklistEmbed" => { "checklistRef": checklist._ref, "checklist": checklist->${checklist} }
  },
  references[]{ citation, url },
  seo{ title, description, noIndex },
  contentNote, featured, previousSlugs
}`;

/** Every article in every language, byline, reviewer, topics, images and embedded checklists resolved, with the translation groups. */
export const articlesQuery = defineQuery(`{
  "documents": *[_type == "article"] | order(_id asc)${article},
  "translations": ${translationGroups}
}`);

/**
 * One article by slug and language, for draft preview (run with the drafts perspective, so a draft wins over its
 * published copy). `$language` is `en` or `es`; a document without `language` is English.
 */
export const articlePreviewQuery = defineQuery(
  `*[_type == "article" && slug.current == $slug && coalesce(language, "en") == $language][0]${article}`,
);

/**
 * One published article by `_id`, with its language, for the live page the server shows after a publish
 * (src/lib/sanity/live-article.ts; run with the published perspective, so a draft never answers).
 */
export const articleByIdQuery = defineQuery(
  `*[_type == "article" && _id == $id][0]{ language, "article": @${article} }`,
);

/** The queries by collection name. */
export const collectionQueries = {
  siteSettings: siteSettingsQuery,
  topics: topicsQuery,
  counselors: counselorsQuery,
  checklists: checklistsQuery,
  articles: articlesQuery,
} as const;

/** The counselors and topics MDX frontmatter may name by slug (MDX articles are English). */
export const mdxReferencesQuery = defineQuery(`{
  "counselors": *[_type == "counselor" && coalesce(language, "en") == "en"]${counselorRef},
  "topics": *[_type == "topic" && coalesce(language, "en") == "en"]{ title, "slug": slug.current }
}`);

/** Every article's publication date: the server rebuilds when the next one still to come passes. */
export const publicationDatesQuery = defineQuery(`*[_type == "article" && defined(publishedAt)].publishedAt`);
