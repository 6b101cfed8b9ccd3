import { defineCollection } from 'astro:content';
import { sanityLoader } from './lib/sanity/loader.ts';
import { createSchemas } from './lib/sanity/schemas.ts';

// Every collection comes from one loader (live Sanity API or a dataset export, plus MDX for articles).
// The schemas are the normalized shapes in src/lib/sanity/schemas.ts, built here with Astro's `image()`
// so images become ImageMetadata that the image pipeline resizes at build time.
// Entry ids: slug for articles, topics and counselors; `_id` for checklists; `siteSettings` for the singleton.

export const collections = {
  articles: defineCollection({
    loader: sanityLoader('articles'),
    schema: ({ image }) => createSchemas(image()).article,
  }),
  topics: defineCollection({
    loader: sanityLoader('topics'),
    schema: ({ image }) => createSchemas(image()).topic,
  }),
  counselors: defineCollection({
    loader: sanityLoader('counselors'),
    schema: ({ image }) => createSchemas(image()).counselor,
  }),
  checklists: defineCollection({
    loader: sanityLoader('checklists'),
    schema: ({ image }) => createSchemas(image()).checklist,
  }),
  siteSettings: defineCollection({
    loader: sanityLoader('siteSettings'),
    schema: ({ image }) => createSchemas(image()).siteSettings,
  }),
};
