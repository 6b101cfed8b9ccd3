import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ServerRoute } from './app.ts';
import { isBuilt, type Site } from './site.ts';
import type { Store } from './store/store.ts';

/** What `GET /api/health` reports: nothing about people, only whether this instance can serve. */
export type HealthReport = { ok: true; build: string } | { ok: false };

/** The id of the build a site serves: its folder's name (`dist`, or `build-…` after a background rebuild). */
export function buildId(site: Site): string {
  return path.basename(site.distDir);
}

/**
 * `GET /api/health`: `200 {"ok": true, "build": "<id>"}` when the database answers and a complete build is being
 * served, `503 {"ok": false}` otherwise, for load balancers and monitors (docs/deploy.md).
 */
export function createHealthRoute(site: () => Site, store: Store): ServerRoute {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end(JSON.stringify({ error: 'Use GET.' }));
      return;
    }
    const report = await check(site(), store);
    res
      .writeHead(report.ok ? 200 : 503, headers)
      .end(req.method === 'HEAD' ? undefined : JSON.stringify(report));
  };
}

async function check(site: Site, store: Store): Promise<HealthReport> {
  // A build folder removed under a running server would leave it answering 404s: not healthy.
  if (!isBuilt(site.distDir)) return { ok: false };
  try {
    await withTimeout(store.ping(), 5_000);
  } catch {
    return { ok: false };
  }
  return { ok: true, build: buildId(site) };
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error('timed out'));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
