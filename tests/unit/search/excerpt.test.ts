import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';

describe('highlighted excerpts', () => {
  it('turns marks into highlighted parts and entities into text', () => {
    expect(
      excerptParts('Trust &amp; <mark>alliance</mark> grow &lt;slowly&gt; &#8212; <mark>together</mark>.'),
    ).toEqual([
      { text: 'Trust & ', mark: false },
      { text: 'alliance', mark: true },
      { text: ' grow <slowly> \u2014 ', mark: false },
      { text: 'together', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('drops any other tag, so page text can never become markup', () => {
    const parts = excerptParts('a<script>alert(1)</script><img src=x onerror=alert(1)><mark>b</mark>');
    expect(parts).toEqual([
      { text: 'aalert(1)', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('keeps escaped markup as visible text', () => {
    expect(excerptParts('&lt;script&gt;')).toEqual([{ text: '<script>', mark: false }]);
  });

  it('never loses or invents the text between tags', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string().filter((s) => !/[<&]/.test(s)),
            fc.boolean(),
          ),
        ),
        (runs) => {
          const html = runs.map(([text, mark]) => (mark ? `<mark>${text}</mark>` : text)).join('');
          const parts = excerptParts(html);
          expect(parts.map((p) => p.text).join('')).toBe(runs.map(([text]) => text).join(''));
          expect(parts.every((p) => p.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
