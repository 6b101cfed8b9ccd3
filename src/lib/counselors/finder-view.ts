import { nearest, type FilterState, type FinderEntry } from './filters.ts';

// What the finder writes into its page as a state changes: the count sentence and the nearest counselors when
// nothing matches. Shared by the server (a filtered page without JavaScript) and the island, so both say the
// same words; the words come from the page's data (src/components/counselors/CounselorFinder.astro).

/** The page's sentences, in its language; `{n}`, `{met}` and `{missed}` are filled in. */
export interface FinderText {
  /** "{n} counselors" */
  many: string;
  /** "1 counselor" */
  one: string;
  /** "No counselor matches all of these" */
  none: string;
  /** "{met}, but not {missed}" */
  but: string;
  /** " or " between missed values */
  or: string;
  /** "Not taking new clients right now" */
  full: string;
}

/** What the page embeds for the finder: the counselors, every option's label (`filter=value`) and the text. */
export interface FinderData {
  counselors: FinderEntry[];
  labels: Record<string, string>;
  text: FinderText;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place in HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** The sentence saying how many counselors a state shows. */
export function countText(text: FinderText, shown: number): string {
  return shown === 0 ? text.none : (shown === 1 ? text.one : text.many).replace('{n}', String(shown));
}

/** The nearest counselors with what differs, as list items (empty when nobody meets any of the request). */
export function nearHtml(data: FinderData, state: FilterState): string {
  const label = (key: string) => data.labels[key] ?? key.slice(key.indexOf('=') + 1);
  return nearest(data.counselors, state)
    .map(({ entry, met, missed }) => {
      const asked = missed.flatMap((f) =>
        f === 'accepting' ? [] : (state.values[f] ?? []).map((v) => label(`${f}=${v}`)),
      );
      let note = met.map(label).join(', ');
      if (asked.length)
        note = data.text.but.replace('{met}', note).replace('{missed}', asked.join(data.text.or));
      if (missed.includes('accepting')) note += `. ${data.text.full}`;
      return `<li><a href="${escapeHtml(entry.href)}">${escapeHtml(entry.name)}</a>: ${escapeHtml(note)}</li>`;
    })
    .join('');
}
