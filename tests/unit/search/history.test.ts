import { describe, expect, it } from 'vitest';
import { historyAction } from '../../../src/lib/search/history.ts';

describe('the Back button after searching', () => {
  it('keeps a committed search: the next one gets its own entry', () => {
    expect(historyAction('/search/?q=sleep', '/search/?q=grief', true)).toBe('push');
  });

  it('updates the entry in place while typing', () => {
    expect(historyAction('/search/?q=gri', '/search/?q=grief', false)).toBe('replace');
  });

  it('never keeps the bare page as a step of its own', () => {
    expect(historyAction('/search/', '/search/?q=grief', true)).toBe('replace');
  });

  it('leaves history alone when nothing changed', () => {
    expect(historyAction('/search/?q=grief', '/search/?q=grief', true)).toBe('none');
  });
});
