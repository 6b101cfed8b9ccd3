import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, formatInTimeZone, isTimeZone } from '../../../src/lib/content/time-zone.ts';
import { firstLine } from '../../../src/server/staff/first-line.ts';

describe('times in the practice’s time zone', () => {
  it('shows date, 24-hour time and the zone’s short name, with daylight saving time followed', () => {
    expect(formatInTimeZone('2026-11-26T14:05:00.000Z', 'America/Chicago')).toBe('2026-11-26 08:05 CST');
    expect(formatInTimeZone('2026-07-01T14:05:00.000Z', 'America/Chicago')).toBe('2026-07-01 09:05 CDT');
    // Past midnight in the practice's zone is the previous day there.
    expect(formatInTimeZone('2026-11-27T03:30:00.000Z', 'America/Los_Angeles')).toBe('2026-11-26 19:30 PST');
  });

  it('falls back to UTC, labelled, when the settings name no zone', () => {
    expect(DEFAULT_TIME_ZONE).toBe('UTC');
    expect(formatInTimeZone('2026-11-26T14:05:00.000Z')).toBe('2026-11-26 14:05 UTC');
  });

  it('accepts IANA names and refuses anything else', () => {
    for (const name of ['America/Chicago', 'Europe/Berlin', 'UTC', 'America/Argentina/Buenos_Aires'])
      expect(isTimeZone(name), name).toBe(true);
    for (const name of ['', 'Central', 'America/Nowhere', '+05:00', 'CST6CDT/../x', 'Mars/Olympus_Mons'])
      expect(isTimeZone(name), name).toBe(false);
  });
});

describe('the first line of a message in the inbox list', () => {
  it('is the first line with text, trimmed', () => {
    expect(firstLine('\n   \n  Evenings work best.\nSecond line.')).toBe('Evenings work best.');
    expect(firstLine('One line only')).toBe('One line only');
  });

  it('is absent when there is no message', () => {
    expect(firstLine(null)).toBeUndefined();
    expect(firstLine('')).toBeUndefined();
    expect(firstLine(' \n\t\n')).toBeUndefined();
  });

  it('is cut at a word with an ellipsis when long', () => {
    const long = `${'word '.repeat(40)}end`;
    const line = firstLine(long, 60) ?? '';
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toMatch(/word…$/);
  });
});
