import { chooseFit, chooseReasons, type ChoosePhrases } from '../lib/counselors/choose-reasons.ts';
import { chooseQuestions, rankCounselors, type ChooseAnswers } from '../lib/counselors/rank.ts';
import type { ChooseCounselor } from '../lib/counselors/choose-data.ts';

// Upgrades "Help me choose" (src/components/choose/ChooseCounselor.astro): ranks the counselors carried in the
// page as the person answers, with the same function the server uses. Nothing leaves the browser: the form is
// never submitted, the address changes only on "Share these results", and answers are stored only while
// "Remember on this device" is ticked. Hooks: data-choose (the data), data-results, data-list (one item per
// counselor, data-slug), data-fit, data-reasons, data-no-answers, data-status, data-share, data-shared,
// data-remember, data-js (hidden until upgraded).

const STORAGE_KEY = 'alliance:choose';

class ChooseCounselorElement extends HTMLElement {
  connectedCallback(): void {
    const one = (selector: string) => this.querySelector<HTMLElement>(selector);
    const form = this.querySelector('form');
    const data = JSON.parse(one('[data-choose]')?.textContent ?? '{}') as {
      counselors: ChooseCounselor[];
      phrases: ChoosePhrases;
    };
    const results = one('[data-results]');
    const list = one('[data-list]');
    const status = one('[data-status]');
    const remember = this.querySelector<HTMLInputElement>('[data-remember]');
    const shared = one('[data-shared]');
    if (!form || !results || !list) return;
    const items = new Map([...list.children].map((item) => [(item as HTMLElement).dataset['slug'], item]));

    const answers = (): ChooseAnswers => {
      const chosen = new FormData(form);
      return Object.fromEntries(chooseQuestions.map((q) => [q, chosen.getAll(q).map(String)]));
    };
    const store = () => {
      // Storage can be unavailable (private modes, blocked); choosing works the same without it.
      try {
        if (remember?.checked) localStorage.setItem(STORAGE_KEY, JSON.stringify(answers()));
        else localStorage.removeItem(STORAGE_KEY);
      } catch {
        /* nothing to keep */
      }
    };
    const show = (announce: boolean) => {
      const ranked = rankCounselors(data.counselors, answers());
      for (const entry of ranked) {
        const item = items.get(entry.counselor.slug);
        if (!item) continue;
        const fill = (selector: string, text: string) => {
          const part = item.querySelector<HTMLElement>(selector);
          if (!part) return;
          part.textContent = text;
          part.hidden = !text;
        };
        fill('[data-fit]', chooseFit(entry, data.phrases));
        fill('[data-reasons]', chooseReasons(entry, data.phrases).join(' · '));
        list.append(item);
      }
      const noAnswers = one('[data-no-answers]');
      if (noAnswers) noAnswers.hidden = (ranked[0]?.answered ?? 0) > 0;
      results.hidden = false;
      if (status && announce && ranked[0]) {
        status.textContent = (this.dataset['summary'] ?? '')
          .replace('{count}', String(ranked.length))
          .replace('{name}', ranked[0].counselor.name);
      }
      if (shared) shared.hidden = true;
      store();
    };
    const tick = (params: Iterable<[string, string]>) => {
      for (const [question, value] of params) {
        const box = [...form.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)].find(
          (input) => input.value === value,
        );
        if (box) box.checked = true;
      }
    };

    // A shared address brings its answers; else a remembered set, when the person asked for that.
    const fromAddress = [...new URLSearchParams(location.search)];
    let saved: ChooseAnswers | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as ChooseAnswers | undefined;
    } catch {
      /* start fresh */
    }
    if (saved && remember) remember.checked = true;
    if (fromAddress.length > 0) tick(fromAddress);
    else if (saved)
      tick(Object.entries(saved).flatMap(([q, values]) => values.map((v): [string, string] => [q, v])));

    form.addEventListener('change', () => {
      show(true);
    });
    remember?.addEventListener('change', store);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      show(true);
      one('#choose-results')?.focus();
    });
    form.addEventListener('reset', () => {
      // Once the browser has cleared the boxes: the stored answers, if any, become none.
      // (A page the server ranked has its answers as the boxes' defaults, so they are cleared by hand.)
      setTimeout(() => {
        form.querySelectorAll('input').forEach((box) => (box.checked = false));
        show(true);
        form.querySelector('input')?.focus();
      });
    });
    one('[data-share]')?.addEventListener('click', () => {
      const params = new URLSearchParams();
      for (const [question, values] of Object.entries(answers()))
        for (const value of values) params.append(question, value);
      history.replaceState(null, '', `${this.dataset['page'] ?? ''}${params.size ? `?${params}` : ''}`);
      if (shared) shared.hidden = false;
      if (status) status.textContent = this.dataset['sharedText'] ?? '';
    });
    this.querySelectorAll<HTMLElement>('[data-js]').forEach((element) => (element.hidden = false));
    if (saved || fromAddress.length > 0) show(false);
  }
}

customElements.define('choose-counselor', ChooseCounselorElement);
