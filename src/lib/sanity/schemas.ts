import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
// The content contract's numbers and rules come from one place, shared with the Studio.
import {
  CONTENT_LANGUAGE_IDS,
  DEFAULT_CONTENT_LANGUAGE,
} from '../../../sanity/schemaTypes/rules/languages.ts';
import { CALLOUT_TONES, LIMITS, SLUG_PATTERN } from '../../../sanity/schemaTypes/rules/limits.ts';
import { isTimeZone } from '../content/time-zone.ts';
import { isCrisisHref } from './links.ts';

// The shapes the loader stores after GROQ projections resolve references. Field names and rules follow
// docs/content-model.md. Every schema is built by `createSchemas(imageSrc)` twice:
// - with a plain string `src` (the loader validates its normalized entries with these, so a document
//   that breaks a rule fails with its `_id` and the field before anything is stored);
// - with Astro's `image()` helper in src/content.config.ts, so pages receive `ImageMetadata` that
//   Astro's image pipeline resizes at build time and writes to /_astro/ on the site's own origin.

/** Turns a zod issue into the sentence a content editor reads in a build error. */
const messages = {
  required: 'is required',
  tooLong: (max: number) => `is longer than ${max} characters`,
  slug: 'must be lowercase letters, numbers and single hyphens (like "coping-with-grief")',
};

/** Text a person must fill in. */
const requiredText = () => z.string({ error: messages.required }).trim().min(1, messages.required);

/** Standard Portable Text: blocks with spans, as the CMS stores them (links are checked when rendered). */
export const textBlockSchema = z.looseObject({
  _type: z.literal('block'),
  _key: z.string().optional(),
  children: z.array(z.looseObject({ _type: z.string(), text: z.string().optional() })).default([]),
  markDefs: z.array(z.looseObject({ _key: z.string(), _type: z.string() })).optional(),
  style: z.string().optional(),
  listItem: z.string().optional(),
  level: z.number().optional(),
});
/** Rich text with only standard blocks (counselor bios, callout bodies). */
export const portableTextSchema = z.array(textBlockSchema);

/** Text blocks already rendered to escaped HTML (see `renderedText` in {@link createSchemas}). */
const renderedTextSchema = z.object({ _type: z.literal('html'), html: z.string() });

/** A content language (`en` or `es`). */
export const languageSchema = z.enum(CONTENT_LANGUAGE_IDS);

/**
 * Which language an entry is written in and where its translations are (docs/content-model.md, "Languages"). An
 * entry without `language` is English; `translations` names, per other language, the slug (checklists and site
 * settings: the `_id`) of the published translation, and holds only translations that exist.
 */
const languageFields = {
  language: languageSchema.default(DEFAULT_CONTENT_LANGUAGE),
  translations: z.partialRecord(languageSchema, z.string()).default({}),
};

/** The callout tones the content model allows (sanity/schemaTypes/rules/limits.ts). */
export const calloutTones = CALLOUT_TONES;

/**
 * An article body's text block when the loader has already checked it against {@link textBlockSchema}: only its
 * type is confirmed. The collection schemas use it so Astro's second pass over every article does not validate
 * each span again (that pass cost about a second per 1,000 articles); the type stays the full block's.
 */
const checkedTextBlockSchema = z.looseObject({
  _type: z.literal('block'),
}) as unknown as typeof textBlockSchema;

/** How {@link createSchemas} builds the schemas. */
export interface SchemaOptions {
  /**
   * For Astro's collection schemas: entries come from the loader, which has checked every text block and stores
   * article text already rendered (so these take `html` items, which content itself never may).
   */
  checkedByLoader?: boolean;
}

/** Builds every schema around one schema for an image's `src` (a string, or Astro's `image()`). */
export function createSchemas<Src extends z.ZodType>(imageSrc: Src, options: SchemaOptions = {}) {
  const textBlock = options.checkedByLoader ? checkedTextBlockSchema : textBlockSchema;
  /** One aspect cut of an image. */
  const variant = z.object({
    src: imageSrc,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** For an SVG: a PNG of the same cut, for link previews (which take no SVG). */
    raster: imageSrc.optional(),
  });
  /** An image resolved to a file the build processes, with its alt text, crop applied, hotspot kept. */
  const image = z.object({
    /** The original (cropped when the editor set a crop), which Astro resizes at build time. */
    src: imageSrc,
    /** The Sanity asset id (`image-<hash>-<w>x<h>-<ext>`), the same for both sources. */
    assetId: z.string(),
    /** Pixel size of `src` (after the crop). */
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** Required by the content model: describes the image for screen readers. */
    alt: requiredText(),
    caption: z.string().optional(),
    /** The point to keep in frame, as fractions of `src` (0..1), when a view crops to an aspect ratio. */
    hotspot: z.object({ x: z.number(), y: z.number() }).optional(),
    /** Set when the image is an SVG: its files are served as they are, never resized (src/lib/sanity/svg.ts). */
    svg: z.literal(true).optional(),
    /** Shown while the image loads (from the asset's metadata): a blurred preview or the dominant colour. */
    placeholder: z
      .object({ src: z.string().startsWith('data:image/'), kind: z.enum(['lqip', 'color']) })
      .optional(),
    /** The same image cut to fixed aspect ratios around the hotspot (in pixels, not CSS). */
    variants: z.object({ wide: variant, square: variant }),
  });

  const topicRef = z.object({ title: z.string(), slug: z.string() });
  const counselorRef = z.object({
    name: z.string(),
    slug: z.string(),
    credentials: z.string().optional(),
    offersFreeConsultation: z.boolean().default(false),
  });

  const checklist = z.object({
    _id: z.string(),
    ...languageFields,
    title: requiredText(),
    intro: z.string().optional(),
    items: z
      .array(z.object({ _key: z.string(), label: requiredText(), detail: z.string().optional() }))
      .min(LIMITS.checklistItemsMin, `needs at least ${LIMITS.checklistItemsMin} item`)
      .max(LIMITS.checklistItemsMax, `has more than ${LIMITS.checklistItemsMax} items`),
    outcomes: z
      .array(
        z.object({
          _key: z.string(),
          minChecked: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
          heading: z.string().optional(),
          body: z.string().optional(),
          showConsultation: z.boolean().default(false),
        }),
      )
      .min(1, 'needs at least 1 outcome'),
  });

  /**
   * A run of text blocks the loader has rendered to HTML for the content store (src/lib/portable-text/
   * stored-body.ts). Only the collection schemas take it: content itself can never supply HTML.
   */
  const renderedText = options.checkedByLoader
    ? renderedTextSchema
    : renderedTextSchema.refine(() => false, 'is HTML, which content cannot supply');

  /** One item of an article body: standard text or one of the custom blocks. */
  const bodyBlock = z.discriminatedUnion('_type', [
    textBlock,
    renderedText,
    image.extend({ _type: z.literal('image'), _key: z.string().optional() }),
    z.object({
      _type: z.literal('callout'),
      _key: z.string().optional(),
      tone: z.enum(calloutTones, { error: `must be one of ${calloutTones.join(', ')}` }),
      body: z.array(z.discriminatedUnion('_type', [textBlock, renderedText])).default([]),
    }),
    z.object({ _type: z.literal('checklistEmbed'), _key: z.string().optional(), checklist }),
    z.object({
      _type: z.literal('consultationCta'),
      _key: z.string().optional(),
      heading: z.string().optional(),
      body: z.string().optional(),
    }),
  ]);

  const siteSettings = z.object({
    ...languageFields,
    title: requiredText(),
    description: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
    /** IANA time zone name of the practice ("America/Chicago"); staff pages show times in it (UTC without one). */
    timeZone: z.string().refine(isTimeZone, 'must be a time zone name such as America/Chicago').optional(),
    /** A picture for the home page's welcome. */
    heroImage: image.optional(),
    crisisMessage: requiredText(),
    crisisLinks: z
      .array(
        z.object({
          label: requiredText(),
          href: requiredText().refine(isCrisisHref, 'must start with tel:, sms: or https:'),
        }),
      )
      .default([]),
    consultation: z
      .object({
        heading: z.string().optional(),
        body: z.string().optional(),
        buttonLabel: z.string().optional(),
      })
      .optional(),
    disclaimer: z.string().optional(),
    /** Groups of words that mean the same to a reader; site search treats them alike (docs/search.md). */
    searchSynonyms: z.array(z.object({ terms: z.array(z.string()).default([]) })).optional(),
  });

  const topic = z.object({
    _id: z.string(),
    ...languageFields,
    title: requiredText(),
    slug: requiredText(),
    description: z.string().optional(),
  });

  const counselor = z.object({
    _id: z.string(),
    ...languageFields,
    name: requiredText(),
    slug: requiredText(),
    credentials: z.string().optional(),
    pronouns: z.string().optional(),
    photo: image.optional(),
    bio: portableTextSchema.default([]),
    specialties: z.array(z.string()).default([]),
    offersFreeConsultation: z.boolean().default(false),
    acceptingNewClients: z.boolean().default(false),
    fees: z.string().optional(),
    insurance: z.array(z.string()).default([]),
  });

  const article = z.object({
    _id: z.string(),
    /** Where the article came from: the CMS (Portable Text body) or an MDX file (rendered by Astro). */
    source: z.enum(['sanity', 'mdx']),
    ...languageFields,
    title: requiredText(),
    slug: requiredText(),
    excerpt: requiredText().max(LIMITS.excerptMax, messages.tooLong(LIMITS.excerptMax)),
    /** ISO date-time; articles dated in the future are left out of the build. */
    publishedAt: z.coerce.date({ error: 'is required (a date and time)' }),
    updatedAt: z.coerce.date().optional(),
    author: counselorRef.optional(),
    reviewedBy: counselorRef.optional(),
    /** A date (`YYYY-MM-DD`). */
    reviewedAt: z.string().optional(),
    topics: z.array(topicRef).default([]),
    mainImage: image.optional(),
    /**
     * Portable Text for CMS articles (in the content store, its text runs are already rendered); empty for MDX
     * articles (their body is rendered from the file).
     */
    body: z.array(bodyBlock).default([]),
    /** Works the article draws on, listed under "Sources" and given as `citation` in its structured data. */
    references: z
      .array(
        z.object({
          citation: requiredText(),
          url: z
            .string()
            .regex(/^https?:\/\/\S+$/i, 'must be a web address starting with https:// or http://')
            .optional(),
        }),
      )
      .default([]),
    /** In the content store, for CMS articles: the body's h2/h3 headings with their ids (table of contents). */
    headings: z.array(z.object({ id: z.string(), text: z.string(), depth: z.number().int() })).optional(),
    /** In the content store, for CMS articles: words in the body (reading time). */
    words: z.number().int().nonnegative().optional(),
    seo: z
      .object({
        title: z.string().optional(),
        description: z.string().optional(),
        noIndex: z.boolean().default(false),
      })
      .optional(),
    contentNote: z.string().optional(),
    featured: z.boolean().default(false),
    /**
     * Former slugs; `/articles/<old>/` redirects to the current page. Each follows the slug rule the Studio applies
     * (sanity/schemaTypes/rules/limits.ts), so a former address can never become a path that leaves the site.
     */
    previousSlugs: z.array(z.string().regex(SLUG_PATTERN, messages.slug)).default([]),
  });

  return {
    image,
    topicRef,
    counselorRef,
    checklist,
    bodyBlock,
    siteSettings,
    topic,
    counselor,
    article,
  };
}

/** The schemas the loader validates its normalized entries with (image `src` is a file path). */
export const normalizedSchemas = createSchemas(z.string());

// Type-only: what pages receive from `getCollection` (image `src` is Astro's ImageMetadata).
type EntrySchemas = ReturnType<typeof createSchemas<z.ZodCustom<ImageMetadata>>>;

/** Kept for existing imports: the normalized (file-path) schemas. */
export const imageSchema = normalizedSchemas.image;
export const topicSchema = normalizedSchemas.topic;
export const counselorSchema = normalizedSchemas.counselor;
export const checklistSchema = normalizedSchemas.checklist;
export const articleSchema = normalizedSchemas.article;
export const siteSettingsSchema = normalizedSchemas.siteSettings;

/** A content language. */
export type ContentLanguage = z.infer<typeof languageSchema>;
/** `siteSettings` singleton, as pages read it. */
export type SiteSettingsEntry = z.infer<EntrySchemas['siteSettings']>;
/** A topic, as pages read it. */
export type Topic = z.infer<EntrySchemas['topic']>;
/** A counselor, as pages read it. */
export type Counselor = z.infer<EntrySchemas['counselor']>;
/** A fit checklist, as pages and the checklist island read it. */
export type Checklist = z.infer<EntrySchemas['checklist']>;
/** An article (CMS or MDX), as pages read it. */
export type Article = z.infer<EntrySchemas['article']>;
/** One item of an article body. */
export type ArticleBodyBlock = z.infer<EntrySchemas['bodyBlock']>;
/** A content image with its metadata for Astro's image pipeline. */
export type ContentImage = z.infer<EntrySchemas['image']>;
/** A counselor as referenced from an article. */
export type CounselorRef = z.infer<EntrySchemas['counselorRef']>;
/** A topic as referenced from an article. */
export type TopicRef = z.infer<EntrySchemas['topicRef']>;

/** Normalized entries before Astro's `image()` runs (what the loader produces; `src` is a file path). */
export type NormalizedArticle = z.input<typeof normalizedSchemas.article>;
export type NormalizedTopic = z.input<typeof normalizedSchemas.topic>;
export type NormalizedCounselor = z.input<typeof normalizedSchemas.counselor>;
export type NormalizedChecklist = z.input<typeof normalizedSchemas.checklist>;
export type NormalizedSiteSettings = z.input<typeof normalizedSchemas.siteSettings>;
