import { z } from 'astro/zod';

// The shapes the loader stores after GROQ projections resolve references. Field names follow
// ../shared/design/content-model.md. The content pipeline task owns and refines this file; other code imports
// the inferred types from here instead of writing its own.

/** A Portable Text array, kept as data and rendered by src/components/portable-text/. */
export const portableTextSchema = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }));

/** An image resolved to a file the build can process, with its alt text. */
export const imageSchema = z.object({
  /** Where the build reads the original (a local file path or an http(s) URL fetched at build time). */
  src: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Required by the content model: describes the image for screen readers. */
  alt: z.string().min(1),
  caption: z.string().optional(),
  crop: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }).optional(),
  hotspot: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
});

/** A topic as referenced from articles. */
export const topicRefSchema = z.object({ title: z.string(), slug: z.string() });

/** A counselor as referenced from articles (byline, review line, consultation link). */
export const counselorRefSchema = z.object({
  name: z.string(),
  slug: z.string(),
  credentials: z.string().optional(),
  offersFreeConsultation: z.boolean().optional(),
});

/** `siteSettings` singleton. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1),
  description: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  crisisMessage: z.string().min(1),
  crisisLinks: z
    .array(z.object({ _key: z.string().optional(), label: z.string(), href: z.string() }))
    .default([]),
  consultation: z
    .object({
      heading: z.string().optional(),
      body: z.string().optional(),
      buttonLabel: z.string().optional(),
    })
    .optional(),
  disclaimer: z.string().optional(),
});

/** `topic` documents. */
export const topicSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().optional(),
});

/** `counselor` documents. */
export const counselorSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z.string().optional(),
  pronouns: z.string().optional(),
  photo: imageSchema.optional(),
  bio: portableTextSchema.default([]),
  specialties: z.array(z.string()).default([]),
  offersFreeConsultation: z.boolean().default(false),
  acceptingNewClients: z.boolean().default(false),
  fees: z.string().optional(),
  insurance: z.array(z.string()).default([]),
});

/** `fitChecklist` documents. */
export const checklistSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  intro: z.string().optional(),
  items: z
    .array(z.object({ _key: z.string(), label: z.string().min(1), detail: z.string().optional() }))
    .min(1)
    .max(15),
  outcomes: z
    .array(
      z.object({
        _key: z.string(),
        minChecked: z.number().int().min(0),
        heading: z.string().optional(),
        body: z.string().optional(),
        showConsultation: z.boolean().default(false),
      }),
    )
    .min(1),
});

/** `article` documents (from Sanity or MDX). */
export const articleSchema = z.object({
  _id: z.string(),
  /** Where the article came from: the CMS (Portable Text body) or an MDX file (rendered by Astro). */
  source: z.enum(['sanity', 'mdx']),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().min(1).max(200),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date().optional(),
  author: counselorRefSchema.optional(),
  reviewedBy: counselorRefSchema.optional(),
  reviewedAt: z.string().optional(),
  topics: z.array(topicRefSchema).default([]),
  mainImage: imageSchema.optional(),
  /** Portable Text for CMS articles; empty for MDX articles (their body is rendered from the file). */
  body: portableTextSchema.default([]),
  seo: z
    .object({
      title: z.string().optional(),
      description: z.string().optional(),
      noIndex: z.boolean().optional(),
    })
    .optional(),
  contentNote: z.string().optional(),
  featured: z.boolean().default(false),
  previousSlugs: z.array(z.string()).default([]),
});

export type SiteSettingsEntry = z.infer<typeof siteSettingsSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Counselor = z.infer<typeof counselorSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ContentImage = z.infer<typeof imageSchema>;
