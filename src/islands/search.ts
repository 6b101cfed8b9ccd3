import { excerptParts } from '../lib/search/excerpt.ts';
import { facets } from '../lib/search/facets.ts';
import { historyAction } from '../lib/search/history.ts';
import { lexiconPath } from '../lib/search/lexicon.ts';
import { kindLabel, resultsMessage, type SearchText } from '../lib/search/messages.ts';
import { searchWords } from '../lib/search/run-query.ts';
import type {
  FilterCounts,
  PagefindModule,
  PagefindResult,
  PagefindSearch,
} from '../lib/search/pagefind-runtime.ts';
import { isActive, pagefindFilters, parseState, stateQuery, type SearchState } from '../lib/search/state.ts';
import { fill } from '../lib/text/fill.ts';

// Upgrades /search/ and /es/search/ (src/components/search/SearchPageBody.astro) into live search on Pagefind's
// JS API, which loads the index of the page's `lang`. Markup comes from the page's <template>s; this fills in
// text only (excerpts become text nodes and <mark>s, never HTML), worded by the page (data-text, the page
// language's messages as JSON). Hooks: data-js (hidden until upgraded), data-text, data-synonyms, data-form, data-topics, data-kind-count, data-status, data-corrected
// (with slots words, typed and link), data-results (its data-query names the words typed), data-more, data-empty,
// data-clear, data-failed, data-*-template, and data-slot inside templates (link, kind, separator, topics,
// excerpt, subs, name, count).

// Five at a time, as Pagefind's own UI does: each result costs a fragment download.
const PAGE = 5;
// Written by the build after Vite has run (src/integrations/pagefind.ts): loaded at runtime, not bundled.
const RUNTIME = '/pagefind/pagefind.js';

/** The element the page's markup promises; a missing one is a bug in the page, so fail loudly. */
function found<T>(element: T | null): T {
  if (element === null) throw new Error('search: the page is missing part of its markup');
  return element;
}

function slot(root: ParentNode, name: string): HTMLElement {
  return found(root.querySelector<HTMLElement>(`[data-slot=${name}]`));
}

/** Shows Pagefind's excerpt as text with highlighted matches. */
function showExcerpt(target: HTMLElement, html: string): void {
  target.replaceChildren(
    ...excerptParts(html).map((part) => {
      if (!part.mark) return part.text;
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

class SearchPage extends HTMLElement {
  #pagefind: Promise<PagefindModule> | undefined;
  #known: FilterCounts = {};
  #ticket = 0;
  #running: Promise<void> = Promise.resolve();
  #committed = true;
  #urlTimer = 0;
  #typed = false;
  // Staff's synonym groups for the page's language, drawn into the page by the build.
  #synonyms: string[][] = [];
  // The page's language (Pagefind picks its index by the same `lang`) and its wording.
  #lang = document.documentElement.lang || 'en';
  #text = {} as SearchText;

  connectedCallback(): void {
    if (this.hasAttribute('data-dev')) return;
    this.#text = JSON.parse(this.dataset['text'] ?? '{}') as SearchText;
    try {
      this.#synonyms = JSON.parse(this.dataset['synonyms'] ?? '[]') as string[][];
    } catch {
      /* searches without synonyms */
    }
    this.querySelectorAll<HTMLElement>('[data-js]').forEach((el) => (el.hidden = false));
    // Filters fold away on narrow screens (results first) and stand open on wider ones.
    const filters = this.querySelector<HTMLDetailsElement>('[data-filters]');
    const wide = matchMedia('(min-width: 40rem)');
    const unfold = () => {
      if (filters) filters.open = wide.matches;
    };
    wide.addEventListener('change', unfold);
    unfold();
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(true);
    });
    this.#form.addEventListener('input', (event) => {
      this.#typed = true;
      this.#update((event.target as HTMLInputElement).type !== 'search');
    });
    this.#one('[data-clear]').addEventListener('click', () => {
      this.#fill({ ...this.#state(), topics: [], kind: undefined });
      this.#update(true);
    });
    this.#one('[data-more]').addEventListener('click', () => {
      void this.#run(this.#state(), this.#one('[data-results]').children.length);
    });
    addEventListener('popstate', () => {
      this.#restore();
    });
    // Ctrl/Cmd+K only: single-key shortcuts would fight screen readers and typing.
    addEventListener('keydown', (event) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'k'
      ) {
        event.preventDefault();
        this.#input.focus();
        this.#input.select();
      }
    });
    // What the URL asks for shows at once; results follow when the index has loaded.
    this.#fill(parseState(location.search));
    void this.#start();
  }

  #one(selector: string): HTMLElement {
    return found(this.querySelector<HTMLElement>(selector));
  }

  get #input(): HTMLInputElement {
    return found(this.querySelector<HTMLInputElement>('input[type=search]'));
  }

  get #form(): HTMLFormElement {
    return found(this.querySelector<HTMLFormElement>('[data-form]'));
  }

  #template(name: string): DocumentFragment {
    const template = found(this.querySelector<HTMLTemplateElement>(`[data-${name}-template]`));
    return template.content.cloneNode(true) as DocumentFragment;
  }

  async #start(): Promise<void> {
    try {
      this.#pagefind = import(/* @vite-ignore */ RUNTIME).then(async (pagefind: PagefindModule) => {
        // Pagefind's worker (its own CSP: src/server/security-headers.ts) unpacks and searches the index off the
        // main thread, so the page stays responsive while a phone loads it.
        await pagefind.options({ excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      });
      this.#known = await (await this.#pagefind).filters();
    } catch {
      this.#pagefind = undefined;
      this.#one('[data-failed]').hidden = false;
      this.#form.hidden = true;
      return;
    }
    // Someone who started typing while the index loaded keeps what they typed.
    if (this.#typed) void this.#run(this.#state(), 0);
    else this.#restore();
    this.toggleAttribute('data-ready', true);
  }

  #restore(): void {
    const state = parseState(location.search);
    this.#fill(state);
    this.#committed = true;
    void this.#run(state, 0);
  }

  #state(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form))
      if (typeof value === 'string') params.append(name, value);
    return parseState(params.toString());
  }

  #fill(state: SearchState): void {
    this.#input.value = state.q;
    this.querySelectorAll<HTMLInputElement>('input[name=kind]').forEach((radio) => {
      radio.checked = radio.value === (state.kind ?? '');
    });
    this.#renderTopics(undefined, state.topics);
  }

  /** A change in the form: search now; record the URL now when committed, else once typing pauses. */
  #update(commit: boolean): void {
    const state = this.#state();
    clearTimeout(this.#urlTimer);
    if (commit) this.#record(state, true);
    else
      this.#urlTimer = window.setTimeout(() => {
        this.#record(state, false);
      }, 400);
    void this.#run(state, 0);
  }

  #record(state: SearchState, commit: boolean): void {
    const current = location.pathname + location.search;
    const next = location.pathname + stateQuery(state);
    const action = historyAction(current, next, this.#committed);
    if (action === 'push') history.pushState(null, '', next);
    if (action === 'replace') history.replaceState(null, '', next);
    this.#committed = commit;
  }

  #renderTopics(counts: Record<string, number> | undefined, checked: readonly string[]): void {
    const list = this.#one('[data-topics]');
    // Until the index has loaded, the build's list of topics stands; only the ticks follow the URL.
    if (!this.#known['topic']) {
      list.querySelectorAll('input').forEach((box) => (box.checked = checked.includes(box.value)));
      return;
    }
    list.replaceChildren(
      ...facets(this.#known['topic'], counts, checked).map((facet) => {
        const item = this.#template('topic');
        const box = found(item.querySelector('input'));
        box.value = facet.value;
        box.checked = facet.checked;
        slot(item, 'name').textContent = facet.value;
        slot(item, 'count').textContent = `(${facet.count})`;
        return item;
      }),
    );
  }

  async #run(state: SearchState, from: number): Promise<void> {
    const ticket = from === 0 ? ++this.#ticket : this.#ticket;
    // One search at a time: keystrokes that arrive meanwhile collapse into the newest, so the last one never
    // waits behind searches for words nobody is looking at any more.
    const run = this.#running.then(() => this.#show(ticket, state, from));
    this.#running = run.catch(() => undefined);
    await run;
  }

  async #show(ticket: number, state: SearchState, from: number): Promise<void> {
    const pagefind = await this.#pagefind;
    // A newer search started meanwhile: its results win.
    const stale = () => ticket !== this.#ticket;
    if (!pagefind || stale()) return;
    // Words go through the query planner: corrections and synonyms (docs/search.md).
    let words = state.q;
    let corrected = false;
    let search: PagefindSearch | undefined;
    if (state.q) {
      const found = await searchWords(
        pagefind,
        state,
        this.#synonyms,
        pagefindFilters(state),
        lexiconPath(this.#lang),
      );
      ({ words, corrected } = found);
      search = found;
    } else if (isActive(state)) {
      search = await pagefind.search(null, { filters: pagefindFilters(state) });
    }
    if (stale()) return;
    const shown = search?.results.slice(from, from + PAGE) ?? [];
    const items = await Promise.all(shown.map((result) => this.#item(result, !state.q)));
    if (stale()) return;
    const results = this.#one('[data-results]');
    if (from === 0) {
      results.replaceChildren();
      const counts = (state.q ? search?.totalFilters : undefined) ?? this.#known;
      this.#renderTopics(state.q ? counts['topic'] : undefined, state.topics);
      this.querySelectorAll<HTMLElement>('[data-kind-count]').forEach((el) => {
        const kinds = counts['kind'] ?? {};
        const kind = el.dataset['kindCount'];
        const count = kind ? kinds[kind] : Object.values(kinds).reduce((a, b) => a + b, 0);
        el.textContent = `(${count ?? 0})`;
      });
    }
    results.append(...items);
    const count = search?.results.length ?? 0;
    this.#one('[data-more]').hidden = count <= from + PAGE;
    this.#one('[data-empty]').hidden = !search || count > 0;
    this.#one('[data-clear]').hidden = state.topics.length === 0 && !state.kind;
    const chosen = state.topics.length + (state.kind ? 1 : 0);
    this.#one('[data-filter-count]').textContent = chosen ? fill(this.#text.chosen, { count: chosen }) : '';
    this.#one('[data-status]').textContent = search
      ? resultsMessage(count, { ...state, q: words }, this.#text, this.#lang)
      : '';
    const notice = this.#one('[data-corrected]');
    notice.hidden = !corrected;
    slot(notice, 'words').textContent = words;
    slot(notice, 'typed').textContent = fill(this.#text.typed, { words: state.q });
    slot(notice, 'link').setAttribute('href', location.pathname + stateQuery({ ...state, asTyped: true }));
    results.dataset['query'] = state.q;
  }

  async #item(result: PagefindResult, browsing: boolean): Promise<DocumentFragment> {
    const data = await result.data();
    const item = this.#template('result');
    const title = data.meta['title'] ?? data.url;
    const link = slot(item, 'link');
    link.setAttribute('href', data.url);
    link.textContent = title;
    slot(item, 'kind').textContent = kindLabel(data.filters['kind']?.[0], this.#text);
    const topics = data.filters['topic'] ?? [];
    slot(item, 'topics').textContent = topics.join(', ');
    slot(item, 'separator').hidden = topics.length === 0;
    const excerpt = slot(item, 'excerpt');
    const summary = browsing ? data.meta['excerpt'] : undefined;
    if (summary) excerpt.textContent = summary;
    else showExcerpt(excerpt, data.excerpt);
    // Sections (headings with ids) that matched, linked straight to the heading.
    const sections = browsing
      ? []
      : data.sub_results
          .filter((sub) => sub.anchor && sub.url.includes('#') && sub.title !== title)
          .slice(0, 3);
    const subs = slot(item, 'subs');
    subs.hidden = sections.length === 0;
    subs.append(
      ...sections.map((sub) => {
        const row = this.#template('sub');
        const subLink = slot(row, 'link');
        subLink.setAttribute('href', sub.url);
        subLink.textContent = sub.title;
        showExcerpt(slot(row, 'excerpt'), sub.excerpt);
        return row;
      }),
    );
    return item;
  }
}

customElements.define('search-page', SearchPage);
