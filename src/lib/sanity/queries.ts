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

const counselorRef = `{ _id, _type, name, "slug": slug.current, credentials, offersFreeConsultation }`;

const checklist = `{ _id, _type, title, intro, items[]{ _key, label, detail }, outcomes[]{ _key, minChecked, heading, body, showConsultation } }`;

/** The `siteSettings` singleton. */
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  _id, title, description, phone, email, address, timeZone,
  "heroImage": heroImage${image},
  crisisMessage,
  crisisLinks[]{ label, href },
  consultation{ heading, body, buttonLabel },
  disclaimer,
  searchSynonyms[]{ terms }
}`);

/** Every topic. */
export const topicsQuery = defineQuery(`*[_type == "topic"] | order(_id asc){
  _id, title, "slug": slug.current, description
}`);

/** Every counselor, photo asset resolved. */
export const counselorsQuery = defineQuery(`*[_type == "counselor"] | order(_id asc){
  _id, name, "slug": slug.current, credentials, pronouns,
  "photo": photo${image},
  bio, specialties, offersFreeConsultation, acceptingNewClients, fees, insurance
}`);

/** Every fit checklist. */
export const checklistsQuery = defineQuery(`*[_type == "fitChecklist"] | order(_id asc)${checklist}`);

// The article projection, shared by the build (every article) and draft preview (one, by slug).
const article = `{
  _id, title, "slug": slug.current, excerpt, publishedAt, updatedAt, reviewedAt,
  "authorRef": author._ref, "author": author->${counselorRef},
  "reviewedByRef": reviewedBy._ref, "reviewedBy": reviewedBy->${counselorRef},
  "topics": topics[]{ "ref": _ref, "doc": @->{ _id, _type, title, "slug": slug.current } },
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

/** Every article with its byline, reviewer, topics, images and embedded checklists resolved. */
export const articlesQuery = defineQuery(`*[_type == "article"] | order(_id asc)${article}`);

/** One article by slug, for draft preview (run with the drafts perspective, so a draft wins over its published copy). */
export const articlePreviewQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]${article}`);

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

/** The counselors and topics MDX frontmatter may name by slug. */
export const mdxReferencesQuery = defineQuery(`{
  "counselors": *[_type == "counselor"]${counselorRef},
  "topics": *[_type == "topic"]{ title, "slug": slug.current }
}`);

/** Every article's publication date: the server rebuilds when the next one still to come passes. */
export const publicationDatesQuery = defineQuery(`*[_type == "article" && defined(publishedAt)].publishedAt`);
