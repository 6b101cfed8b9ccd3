import { isoDate, type DateInput } from './dates.ts';

// schema.org objects built from content. Only fields we know are emitted: no invented values.

interface PersonInput {
  name: string;
  slug: string;
  credentials?: string | undefined;
}

/** Where a counselor's profile is, site-relative, from a page in some language (src/lib/counselors/profile-links.ts). */
type ProfilePath = (slug: string) => string;

/** The practice behind the site: a MedicalBusiness (a kind of Organization) on the home page. */
export function organizationJsonLd(input: {
  name: string;
  url: string;
  description?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  logo?: string | undefined;
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': ['Organization', 'MedicalBusiness'],
    '@id': `${input.url}#organization`,
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.phone ? { telephone: input.phone } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.address ? { address: input.address.replace(/\s*\n\s*/g, ', ') } : {}),
    ...(input.logo ? { logo: input.logo } : {}),
  };
}

function person(input: PersonInput, site: string, profile: ProfilePath): object {
  return {
    '@type': 'Person',
    name: input.name,
    url: new URL(profile(input.slug), site).href,
    ...(input.credentials ? { honorificSuffix: input.credentials } : {}),
  };
}

/** An article with its author, clinical reviewer and dates, in the article's language. */
export function articleJsonLd(input: {
  site: string;
  /** The article's locale (`en-US`, `es-US`). */
  inLanguage: string;
  /** Where the author's and reviewer's profiles are from the article's page. */
  profile: ProfilePath;
  siteName: string;
  url: string;
  title: string;
  description: string;
  publishedAt: DateInput;
  updatedAt?: DateInput | undefined;
  author?: PersonInput | undefined;
  reviewedBy?: PersonInput | undefined;
  reviewedAt?: DateInput | undefined;
  image?: string | undefined;
  topics: readonly string[];
  /** The works the article cites (its "Sources"). */
  references?: readonly { citation: string; url?: string | undefined }[] | undefined;
}): object {
  const citations = (input.references ?? []).map((r) =>
    r.url ? { '@type': 'CreativeWork', name: r.citation, url: r.url } : r.citation,
  );
  const publisher = {
    '@type': 'Organization',
    '@id': `${new URL('/', input.site).href}#organization`,
    name: input.siteName,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: isoDate(input.publishedAt),
    dateModified: isoDate(input.updatedAt ?? input.publishedAt),
    ...(input.author ? { author: person(input.author, input.site, input.profile) } : { author: publisher }),
    publisher,
    ...(input.reviewedBy ? { reviewedBy: person(input.reviewedBy, input.site, input.profile) } : {}),
    ...(input.reviewedAt ? { lastReviewed: isoDate(input.reviewedAt) } : {}),
    ...(input.image ? { image: input.image } : {}),
    ...(input.topics.length ? { keywords: input.topics.join(', ') } : {}),
    ...(citations.length ? { citation: citations } : {}),
    inLanguage: input.inLanguage,
  };
}

/** A counselor's profile page, in the page's language. */
export function counselorJsonLd(input: {
  site: string;
  /** The page's address, site-relative (`/es/counselors/<slug>/` on the Spanish page). */
  path: string;
  /** The page's locale (`en-US`, `es-US`). */
  inLanguage: string;
  /** "Counselor" in the page's language. */
  jobTitle: string;
  siteName: string;
  name: string;
  slug: string;
  credentials?: string | undefined;
  specialties: readonly string[];
  image?: string | undefined;
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: new URL(input.path, input.site).href,
    inLanguage: input.inLanguage,
    mainEntity: {
      ...person(input, input.site, () => input.path),
      jobTitle: input.jobTitle,
      worksFor: {
        '@type': 'Organization',
        '@id': `${new URL('/', input.site).href}#organization`,
        name: input.siteName,
      },
      ...(input.specialties.length ? { knowsAbout: [...input.specialties] } : {}),
      ...(input.image ? { image: input.image } : {}),
    },
  };
}

/** A breadcrumb trail: [name, path] pairs from the home page down. */
export function breadcrumbJsonLd(site: string, trail: readonly (readonly [string, string])[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(([name, path], i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      item: new URL(path, site).href,
    })),
  };
}
