// The practice's time zone (`siteSettings.timeZone`): staff pages show times in it. See docs/time-zone.md.

/** Used when site settings name no time zone: UTC, labelled as such, so no time is ever ambiguous. */
export const DEFAULT_TIME_ZONE = 'UTC';

// IANA names are words joined by slashes ("America/Chicago", "UTC"); offsets such as "+05:00" are not names.
const NAME = /^[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** True when `name` is an IANA time zone name this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * An instant as staff read it: "2026-11-26 08:05 CST", the date and 24-hour time in `timeZone` with the zone's
 * short name (or its GMT offset where it has none), so no one has to guess which clock it is.
 */
export function formatInTimeZone(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}
