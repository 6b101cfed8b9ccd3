import type { APIRoute } from 'astro';
import { toCsv } from '../../server/cli/csv.ts';
import { refuse, staffAction } from '../../server/staff/http.ts';

export const prerender = false;

/** `POST /staff/export/` with `tab=inbox|spam`: that tab's requests as CSV, newest first (a download). */
export const POST: APIRoute = (context) =>
  staffAction(context, async (user, form) => {
    const tab = form.get('tab') === 'spam' ? 'spam' : 'inbox';
    const { store, staff } = context.locals.services;
    const requests = (await store.listRequests({ includeSpam: true })).filter(
      (r) => r.spam === (tab === 'spam'),
    );
    await staff.auth.audit(user.email, 'export', `${tab} (${requests.length})`, context.locals.clientAddress);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(toCsv(requests), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="requests-${tab}-${day}.csv"`,
        'Cache-Control': 'no-store',
        'X-Robots-Tag': 'noindex, nofollow',
      },
    });
  });

/** Anything but POST. */
export const ALL: APIRoute = () => refuse(405, 'Use POST.', { Allow: 'POST' });
