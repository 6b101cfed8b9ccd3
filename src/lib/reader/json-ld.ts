import { isoDate, type DateInput } from './dates.ts';

// schema.org objects built from content. Only fields we know are emitted: no invented values.

interface PersonInput {
  name: string;
  slug: string;
  credentials?: string | undefined;
}

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

function person(input: PersonInput, site: string): object {
  return {
    '@type': 'Person',
    name: input.name,
    url: new URL(`/counselors/${input.slug}/`, site).href,
    ...(input.credentials ? { honorificSuffix: input.credentials } : {}),
  };
}

/** An article with its author, clinical reviewer and dates. */
export function articleJsonLd(input: {
  site: string;
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
    ...(input.author ? { author: person(input.author, input.site) } : { author: publisher }),
    publisher,
    ...(input.reviewedBy ? { reviewedBy: person(input.reviewedBy, input.site) } : {}),
    ...(input.reviewedAt ? { lastReviewed: isoDate(input.reviewedAt) } : {}),
    ...(input.image ? { image: input.image } : {}),
    ...(input.topics.length ? { keywords: input.topics.join(', ') } : {}),
    ...(citations.length ? { citation: citations } : {}),
    inLanguage: 'en-US',
  };
}

/** A counselor's profile page. */
export function counselorJsonLd(input: {
  site: string;
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
    mainEntity: {
      ...person(input, input.site),
      jobTitle: 'Counselor',
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
