import {
  keepKnown,
  matches,
  optionCounts,
  parseFilters,
  serializeFilters,
} from '../lib/counselors/filters.ts';
import { countText, nearHtml, type FinderData } from '../lib/counselors/finder-view.ts';

// Filters the server-rendered counselor list as the person clicks (src/components/counselors/CounselorsPage.astro),
// from the data in the page: no request is made. The same functions fill the same hooks on the server for a
// query string without JavaScript (src/server/counselor-finder.ts), so a URL shows the same list either way.

class CounselorFinder extends HTMLElement {
  connectedCallback(): void {
    const one = (selector: string) => this.querySelector<HTMLElement>(selector);
    const all = (selector: string) => [...this.querySelectorAll<HTMLElement>(selector)];
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
    const json = one('#counselor-finder-data')?.textContent;
    if (!form || !json) return;
    const data = JSON.parse(json) as FinderData;
    const status = one('[data-finder-status]');
    const empty = one('[data-finder-empty]');
    const near = one('[data-finder-near]');
    const submit = one('[data-finder-submit]');
    if (submit) submit.hidden = true;

    const ticked = () =>
      keepKnown(
        parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>)),
        data.counselors,
      );
    const update = () => {
      const state = ticked();
      let shown = 0;
      for (const card of all('[data-counselor]')) {
        const entry = data.counselors.find((c) => c.slug === card.dataset['counselor']);
        card.hidden = !entry || !matches(entry, state);
        if (!card.hidden) shown++;
      }
      const counts = optionCounts(data.counselors, state);
      for (const count of all('[data-count]'))
        count.textContent = `(${counts.get(count.dataset['count'] ?? '') ?? 0})`;
      if (status) status.textContent = countText(data.text, shown);
      if (empty) empty.hidden = shown > 0;
      if (near) near.innerHTML = shown > 0 ? '' : nearHtml(data, state);
      history.replaceState(history.state, '', location.pathname + serializeFilters(state));
    };

    // The page came with the list its address asks for (the server fills it in); only ticks the browser restored
    // on back and forward can differ, and then the list follows them. Otherwise nothing is rewritten on load, which
    // would cost a phone a second style and layout pass before the page settles.
    if (serializeFilters(ticked()) !== location.search) update();
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    one('[data-finder-clear]')?.addEventListener('click', (event) => {
      event.preventDefault();
      for (const box of form.querySelectorAll('input')) box.checked = false;
      update();
    });
  }
}

customElements.define('counselor-finder', CounselorFinder);
