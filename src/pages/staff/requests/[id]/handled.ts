import type { APIRoute } from 'astro';
import { refuse, safeReturn, seeOther, staffAction } from '../../../../server/staff/http.ts';

export const prerender = false;

/** `POST /staff/requests/<id>/handled/`: marks a request handled (`handled=true`) or not (`false`). */
export const POST: APIRoute = (context) =>
  staffAction(context, async (user, form) => {
    const value = form.get('handled');
    if (value !== 'true' && value !== 'false') return refuse(400, 'Say handled=true or handled=false.');
    const id = context.params['id'] ?? '';
    const handled = value === 'true';
    const { staff } = context.locals.services;
    if (!(await staff.auth.store.setHandled(id, handled))) return refuse(404, 'No such request.');
    await staff.auth.audit(
      user.email,
      handled ? 'mark-handled' : 'mark-not-handled',
      id,
      context.locals.clientAddress,
    );
    const back = safeReturn(form.get('back'));
    return seeOther(`${back}${back.includes('?') ? '&' : '?'}done=${handled ? 'handled' : 'not-handled'}`);
  });

/** Anything but POST. */
export const ALL: APIRoute = () => refuse(405, 'Use POST.', { Allow: 'POST' });
