import { describe, expect, it } from 'vitest';
import { checklistStorageKey } from '../../../src/lib/checklist/storage-key.ts';

describe('where remembered ticks are kept', () => {
  it('uses one key per checklist', () => {
    expect(checklistStorageKey('fitChecklist.alliance')).toBe('alliance:fit-checklist:fitChecklist.alliance');
    expect(checklistStorageKey('a')).not.toBe(checklistStorageKey('b'));
  });
});
