import Callout from '../portable-text/Callout.astro';
import MdxConsultationCta from './MdxConsultationCta.astro';
import MdxFitChecklist from './MdxFitChecklist.astro';

/**
 * The blocks MDX articles may use without importing anything (pass as `<Content components={…} />`):
 * `<Callout tone="tip">…</Callout>`, `<FitChecklist id="…" />`, `<ConsultationCta />`.
 */
// Typed linting cannot see into .astro modules (astro check types them), hence the one exception here.
/* eslint-disable @typescript-eslint/no-unsafe-assignment */
export const mdxComponents = {
  Callout,
  FitChecklist: MdxFitChecklist,
  ConsultationCta: MdxConsultationCta,
};
/* eslint-enable @typescript-eslint/no-unsafe-assignment */
