import type { APIRoute } from 'astro';

export const prerender = false;

/** `200 {"ok": true}` when the store answers, `503 {"ok": false}` when it does not. */
export const GET: APIRoute = async ({ locals }) => {
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  try {
    await locals.services.store.ping();
    return new Response(JSON.stringify({ ok: true }), { status: 200, headers });
  } catch {
    return new Response(JSON.stringify({ ok: false }), { status: 503, headers });
  }
};
