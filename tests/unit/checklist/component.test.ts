import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeIn } from '../../../src/i18n/routes.ts';
import type { Checklist } from '../../../src/lib/sanity/schemas.ts';
import { createComponentRenderer, type ComponentRenderer } from '../reader/load-component.ts';

// The server-rendered checklist, rendered through Astro's Container API: what a reader gets before (or without)
// the island.

let components: ComponentRenderer;

beforeAll(async () => {
  components = await createComponentRenderer();
  // The first render compiles the component and its imports; do it here, where the time limit is generous.
  await components.render('/src/components/FitChecklist.astro', { checklist: minimal });
  await components.warm(['/src/components/portable-text/PortableText.astro']);
}, 180_000);

afterAll(async () => {
  await components.close();
});

const checklist: Checklist = {
  _id: 'checklist-x',
  language: 'en',
  translations: {},
  title: 'Is <b>this</b> a fit?',
  intro: 'Tick what fits.',
  items: [
    { _key: 'k1', label: 'I feel <script>heard</script>', detail: 'They listen.' },
    { _key: 'k2', label: 'We agree on goals' },
    { _key: 'k3', label: 'I can disagree' },
  ],
  outcomes: [
    { _key: 'o3', minChecked: 3, heading: 'Strong', body: 'All there.', showConsultation: false },
    { _key: 'o1', minChecked: 1, heading: 'Some', body: 'A start & more.', showConsultation: false },
    { _key: 'o1b', minChecked: 1, heading: 'Tied', body: 'Never shown.', showConsultation: true },
    { _key: 'o9', minChecked: 9, heading: 'Unreachable', body: 'Too many.', showConsultation: true },
  ],
};

const minimal: Checklist = {
  _id: 'warm-up',
  language: 'en',
  translations: {},
  title: 'Warm-up',
  items: [{ _key: 'a', label: 'A' }],
  outcomes: [{ _key: 'o', minChecked: 0, showConsultation: true }],
};

const render = (props: Record<string, unknown>) =>
  components.render('/src/components/FitChecklist.astro', props);

describe('the checklist without JavaScript', () => {
  it('is a fieldset with a legend and a labelled native checkbox per item, details wired as descriptions', async () => {
    const html = await render({ checklist });
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="(fit-checklist-\d+)-intro"/);
    expect(html).toContain(
      '<legend class="text-xl font-semibold">Is &lt;b&gt;this&lt;/b&gt; a fit?</legend>',
    );
    expect(html.match(/<input type="checkbox"[^>]*data-item/g)).toHaveLength(3);
    const id = /id="(fit-checklist-\d+-item-0)"/.exec(html)?.[1] ?? '';
    expect(html).toContain(`for="${id}"`);
    expect(html).toMatch(/value="k1"[^>]*aria-describedby="fit-checklist-\d+-detail-0"/);
    expect(html).toContain('I feel &lt;script&gt;heard&lt;/script&gt;');
    expect(html).not.toContain('<script>heard');
  });

  it('lists each outcome that can show with the counts it covers, and says when nothing applies', async () => {
    const html = await render({ checklist });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('If you ticked none: no particular result applies.');
    expect(text).toContain('If you ticked 1 or 2: Some A start &amp; more.');
    expect(text).toContain('If you ticked all 3: Strong All there.');
    expect(text).not.toContain('Tied');
    expect(text).not.toContain('Unreachable');
    expect(html.match(/data-min="\d+"/g)).toEqual(['data-min="1"', 'data-min="3"']);
  });

  it('adds the consultation invitation only when an outcome that can show asks for it', async () => {
    const without = await render({ checklist });
    expect(without).not.toContain('data-cta');
    const withCta = await render({
      checklist: {
        ...checklist,
        outcomes: checklist.outcomes.map((o) => ({ ...o, showConsultation: o._key === 'o3' })),
      },
      consultationHref: '/contact/?from=fit&x=1',
    });
    expect(withCta).toContain('data-cta');
    expect(withCta).toMatch(/<li data-min="3" data-consult/);
    expect(withCta).toContain('href="/contact/?from=fit&amp;x=1"');
  });

  it('keeps the controls only the island can operate hidden', async () => {
    const html = await render({ checklist });
    expect(html).toMatch(/<p[^>]*data-count data-js hidden>0 of 3 ticked<\/p>/);
    expect(html).toMatch(/<div[^>]*data-js[^>]*hidden>\s*<button type="button"[^>]*data-reset/);
    expect(html).toContain('data-key="alliance:fit-checklist:checklist-x"');
    expect(html).toMatch(/<div role="status" aria-live="polite">/);
  });

  it('gives each embed on a page its own ids and uses no inline styles or handlers (the CSP forbids them)', async () => {
    const embed = { _type: 'checklistEmbed', checklist };
    const page = await components.render('/src/components/portable-text/PortableText.astro', {
      value: [embed, embed],
    });
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).not.toMatch(/ style=| on[a-z]+=/);
  });

  it('gives the same ids on every page, so a page does not change with what was built before it', async () => {
    expect(await render({ checklist })).toBe(await render({ checklist }));
  });
});

describe('the checklist on a Spanish page', () => {
  it('says everything around the checklist’s own text in Spanish, and leads to the contact page in Spanish', async () => {
    const html = await render({
      checklist: {
        ...checklist,
        outcomes: checklist.outcomes.map((o) => ({ ...o, showConsultation: true })),
      },
      lang: 'es',
    });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Lo que pueden indicar tus respuestas');
    expect(text).toContain('Si no marcaste ninguna: no corresponde ningún resultado en particular.');
    expect(text).toContain('Si marcaste 1 o 2: Some');
    expect(text).toContain('Si marcaste las 3: Strong');
    expect(text).toContain('Empezar de nuevo');
    expect(text).toContain('Recordar en este dispositivo');
    expect(html).toMatch(/<p[^>]*data-count data-js hidden>0 de 3 marcadas<\/p>/);
    expect(html).toContain('data-count-text="{ticked} de {total} marcadas"');
    // The Spanish contact page once the site has one (the English one until then).
    expect(html).toContain(`href="${routeIn('/contact/', 'es')}"`);
    expect(text).not.toMatch(/ticked|Start over|Remember/);
  });
});
