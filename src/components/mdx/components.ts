import Callout from '../portable-text/Callout.astro';
import MdxConsultationCta from './MdxConsultationCta.astro';
import MdxFitChecklist from './MdxFitChecklist.astro';

/**
 * The blocks MDX articles may use without importing anything (pass as `<Content components={…} />`):
 * `<Callout tone="tip">…</Callout>`, `<FitChecklist id="…" />`, `<ConsultationCta />`.
 */
export const mdxComponents = {
  Callout,
  FitChecklist: MdxFitChecklist,
  ConsultationCta: MdxConsultationCta,
};
