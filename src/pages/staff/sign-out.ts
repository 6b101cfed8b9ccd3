import type { APIRoute } from 'astro';
import { clearSessionCookie, refuse, seeOther, staffAction } from '../../server/staff/http.ts';

export const prerender = false;

/** `POST /staff/sign-out/`: ends the session (deleted from the store) and its cookie. */
export const POST: APIRoute = (context) =>
  staffAction(
    context,
    async (user) => {
      await context.locals.services.staff.auth.signOut(
        user.sessionId,
        user.email,
        context.locals.clientAddress,
      );
      clearSessionCookie(context);
      return seeOther('/staff/sign-in/?signed-out=1');
    },
    { anyStage: true },
  );

/** Anything but POST. */
export const ALL: APIRoute = () => refuse(405, 'Use POST.', { Allow: 'POST' });
