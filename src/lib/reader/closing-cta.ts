/** What {@link endsWithConsultationCta} needs of an article entry. */
interface ArticleLike {
  /** The raw MDX text, for MDX articles. */
  body?: string | undefined;
  data: { source: string; body: readonly { _type: string }[] };
}

// An MDX body whose last element is <ConsultationCta … /> (or an empty <ConsultationCta …></ConsultationCta>).
const MDX_CLOSING_CTA = /<ConsultationCta\b[^<>]*(?:\/>|>\s*<\/ConsultationCta>)\s*$/;

/**
 * True when the article's own text already closes with a consultation call to action, so the page adds none of
 * its own under it: one closing invitation per article.
 */
export function endsWithConsultationCta(article: ArticleLike): boolean {
  if (article.data.source === 'mdx') return MDX_CLOSING_CTA.test(article.body ?? '');
  return article.data.body.at(-1)?._type === 'consultationCta';
}
