import { defineCollection } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { sanityLoader } from './lib/sanity/loader.ts';
import { createSchemas } from './lib/sanity/schemas.ts';

// Every collection comes from one loader (live Sanity API or a dataset export, plus MDX for articles).
// The schemas are the normalized shapes in src/lib/sanity/schemas.ts, built here with Astro's `image()`
// so images become ImageMetadata that the image pipeline resizes at build time.
// Entry ids: slug for articles, topics and counselors; `_id` for checklists; `siteSettings` for the singleton.
// The loader has checked every entry against the full schemas (with the document's `_id` in each message), so
// these confirm only the outline of article text blocks rather than validating every span a second time.

// Astro calls a schema function once per entry; building the schemas every time made storing 1,000
// articles take seconds (zod compiles each new schema on first use). They are built once instead: the
// loader always gives image() absolute file paths, so which entry's image() helper builds them is moot.
// Astro's type generator calls each schema first with a stand-in image() (a plain string, no import
// transform); a schema built from that must not be the one kept, or images never reach the image pipeline.
let schemas: ReturnType<typeof createSchemas<ReturnType<SchemaContext['image']>>> | undefined;
const build = ({ image }: SchemaContext) => {
  const src = image();
  if (src instanceof z.ZodString) return createSchemas(src, { checkedByLoader: true });
  return (schemas ??= createSchemas(src, { checkedByLoader: true }));
};

export const collections = {
  articles: defineCollection({
    loader: sanityLoader('articles'),
    schema: (context) => build(context).article,
  }),
  topics: defineCollection({
    loader: sanityLoader('topics'),
    schema: (context) => build(context).topic,
  }),
  counselors: defineCollection({
    loader: sanityLoader('counselors'),
    schema: (context) => build(context).counselor,
  }),
  checklists: defineCollection({
    loader: sanityLoader('checklists'),
    schema: (context) => build(context).checklist,
  }),
  siteSettings: defineCollection({
    loader: sanityLoader('siteSettings'),
    schema: (context) => build(context).siteSettings,
  }),
};
