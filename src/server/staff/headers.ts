import type { ServerResponse } from 'node:http';

/** True for `/staff` and everything under `/staff/`. */
export function isStaffPath(path: string): boolean {
  return path === '/staff' || path.startsWith('/staff/');
}

/**
 * Every staff response, pages, redirects, CSV and errors alike, is never cached and never indexed: set before
 * Astro answers, which keeps them (its own headers are merged over these).
 */
export function setStaffHeaders(path: string, res: ServerResponse): void {
  if (!isStaffPath(path)) return;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
}
