import { formatCount } from '../lib/checklist/format.ts';
import { selectOutcomeIndex } from '../lib/checklist/select-outcome.ts';

// Upgrades the server-rendered checklist (see src/components/FitChecklist.astro): a running count, only the
// outcome that applies (in a polite live region), "Start over" and opt-in memory. Nothing leaves the browser.
// Hooks are data attributes: data-item (checkboxes), data-min (outcomes), data-none, data-consult and data-cta
// (the consultation call to action), data-count, data-prompt, data-js (hidden until upgraded), data-reset,
// data-remember, and data-count-text (the count's wording in the page's language, from src/i18n/). Nothing is
// judged before the reader's first tick: until then only the prompt shows.

class FitChecklist extends HTMLElement {
  connectedCallback(): void {
    const all = <E extends HTMLElement>(selector: string) => [...this.querySelectorAll<E>(selector)];
    const one = (selector: string) => all(selector)[0];
    const boxes = all<HTMLInputElement>('[data-item]');
    const outcomes = all('[data-min]');
    const thresholds = outcomes.map((outcome) => Number(outcome.dataset['min']));
    const none = one('[data-none]');
    const cta = one('[data-cta]');
    const count = one('[data-count]');
    const prompt = one('[data-prompt]');
    let started = false;
    const remember = all<HTMLInputElement>('[data-remember]')[0];
    const key = this.dataset['key'] ?? '';
    const countText = this.dataset['countText'] ?? '';

    const update = () => {
      const ticked = boxes.filter((box) => box.checked);
      const picked = started ? outcomes[selectOutcomeIndex(thresholds, ticked.length)] : undefined;
      outcomes.forEach((outcome) => (outcome.hidden = outcome !== picked));
      if (none) none.hidden = !started || !!picked;
      if (cta) cta.hidden = !picked?.hasAttribute('data-consult');
      if (prompt) prompt.hidden = started;
      if (count) {
        count.hidden = !started;
        count.textContent = formatCount(countText, ticked.length, boxes.length);
      }
      // Storage can be unavailable (private modes, blocked); the checklist works the same without it.
      try {
        if (remember?.checked) localStorage.setItem(key, JSON.stringify(ticked.map((box) => box.value)));
        else localStorage.removeItem(key);
      } catch {
        /* nothing to keep */
      }
    };

    try {
      const saved = localStorage.getItem(key);
      if (saved && remember) {
        const values = JSON.parse(saved) as unknown;
        remember.checked = true;
        boxes.forEach((box) => (box.checked = Array.isArray(values) && values.includes(box.value)));
        started = boxes.some((box) => box.checked);
      }
    } catch {
      /* start fresh */
    }

    this.addEventListener('change', (event) => {
      if (boxes.includes(event.target as HTMLInputElement)) started = true;
      update();
    });
    one('[data-reset]')?.addEventListener('click', () => {
      boxes.forEach((box) => (box.checked = false));
      started = false;
      update();
      boxes[0]?.focus();
    });
    all('[data-js]').forEach((element) => (element.hidden = false));
    update();
  }
}

customElements.define('fit-checklist', FitChecklist);
