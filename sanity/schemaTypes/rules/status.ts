import { LIMITS } from './limits.ts';

/** GROQ filter: articles whose publish date is still to come. */
export const SCHEDULED_FILTER = '_type == "article" && dateTime(publishedAt) > dateTime(now())';

/** GROQ filter: articles without a clinical reviewer or review date, or whose review is older than the limit. */
export const NEEDS_REVIEW_FILTER = `_type == "article" && (
  !defined(reviewedBy) || !defined(reviewedAt) ||
  dateTime(reviewedAt + "T00:00:00Z") < dateTime(now()) - ${LIMITS.reviewMaxAgeDays * 86_400}
)`;

/** The dates and reviewer an article's status line is made from. */
export interface ArticleStatusInput {
  publishedAt?: string | undefined;
  reviewedAt?: string | undefined;
  reviewer?: string | undefined;
}

/**
 * A short status for lists in the Studio: when it goes (or went) live, and whether it needs a clinical review,
 * e.g. "Scheduled for 2026-12-01 · needs clinical review".
 */
export function articleStatus(
  { publishedAt, reviewedAt, reviewer }: ArticleStatusInput,
  now = new Date(),
): string {
  const parts: string[] = [];
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(published)) parts.push('No publish date');
  else if (published > now.getTime()) parts.push(`Scheduled for ${publishedAt?.slice(0, 10) ?? ''}`);
  else parts.push(`Published ${publishedAt?.slice(0, 10) ?? ''}`);
  if (!reviewer || !reviewedAt) parts.push('needs clinical review');
  else if (Date.parse(reviewedAt) < now.getTime() - LIMITS.reviewMaxAgeDays * 86_400_000)
    parts.push('review over two years old');
  return parts.join(' · ');
}
