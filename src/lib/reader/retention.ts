/**
 * How many days contact requests are kept, as the privacy page states it: the number the server purges by
 * (`REQUEST_RETENTION_DAYS`, read when the page is built; 365 when unset or not a whole number of days).
 */
export function retentionDays(): number {
  const raw = Number(process.env['REQUEST_RETENTION_DAYS'] ?? 365);
  return Number.isInteger(raw) && raw >= 1 ? raw : 365;
}
