import type { APIContext, AstroCookieSetOptions } from 'astro';
import { readBody } from '../request-body.ts';
import type { SessionStage, StaffSession } from '../store/staff-store.ts';
import { randomToken, isTokenShaped } from './tokens.ts';

/**
 * Every staff cookie lives under `/staff/`, so a browser never sends it to (and no public page can set or read
 * it on) the public site. That rules out the `__Host-` prefix, which demands `Path=/`; over HTTPS the names carry
 * `__Secure-` instead, which a plain-HTTP response cannot set.
 */
export const STAFF_COOKIE_PATH = '/staff/';
/** How long a sign-in or set-password form stays usable. */
const FORM_COOKIE_SECONDS = 2 * 60 * 60;

/** What staff pages and endpoints read from Astro (pages and endpoints both have these). */
export type StaffContext = Pick<APIContext, 'cookies' | 'request' | 'locals' | 'url'>;

/** A signed-in staff member on this request, with the CSRF token their forms carry. */
export interface StaffUser {
  session: StaffSession;
  sessionId: string;
  email: string;
  csrf: string;
}

function secure(context: StaffContext): boolean {
  return context.locals.https === true;
}

/** The session cookie's name (`__Secure-` over HTTPS). */
export function sessionCookieName(https: boolean): string {
  return https ? '__Secure-staff-session' : 'staff-session';
}

/** The pre-session form cookie's name (`__Secure-` over HTTPS). */
export function formCookieName(https: boolean): string {
  return https ? '__Secure-staff-form' : 'staff-form';
}

/** HttpOnly, SameSite=Strict, Path=/staff/, Secure over HTTPS. */
export function cookieOptions(https: boolean, maxAge?: number): AstroCookieSetOptions {
  return {
    path: STAFF_COOKIE_PATH,
    httpOnly: true,
    secure: https,
    sameSite: 'strict',
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}

// Requests whose session waits for a second step: `toSignIn` sends them to that step instead.
const waiting = new WeakMap<Request, Exclude<SessionStage, 'full'>>();

/** Where a session waiting for its second step goes. */
export const STEP_PAGES: Record<Exclude<SessionStage, 'full'>, string> = {
  totp: '/staff/sign-in-code/',
  setup: '/staff/two-factor/',
};

/**
 * The session on this request whatever its stage (one waiting for a second step too), or null (an ended
 * session's cookie is cleared).
 */
export async function anyUser(context: StaffContext): Promise<StaffUser | null> {
  const { auth } = context.locals.services.staff;
  const name = sessionCookieName(secure(context));
  const sessionId = context.cookies.get(name)?.value;
  if (!sessionId) return null;
  const session = await auth.anySession(sessionId);
  if (!session) {
    context.cookies.delete(name, cookieOptions(secure(context)));
    return null;
  }
  return { session, sessionId, email: session.email, csrf: auth.csrfToken(sessionId) };
}

/** The staff member signed in on this request (past every step), or null. */
export async function currentUser(context: StaffContext): Promise<StaffUser | null> {
  const user = await anyUser(context);
  if (user && user.session.stage !== 'full') {
    waiting.set(context.request, user.session.stage);
    return null;
  }
  return user;
}

/**
 * Sends a signed-out visitor to sign in, saying so when the session they had has ended; one whose session waits
 * for a second step goes to that step.
 */
export function toSignIn(context: StaffContext): Response {
  const stage = waiting.get(context.request);
  if (stage) return seeOther(STEP_PAGES[stage]);
  const name = sessionCookieName(secure(context));
  const hadSession = (context.request.headers.get('cookie') ?? '')
    .split(';')
    .some((pair) => pair.trim().startsWith(`${name}=`));
  return seeOther(hadSession ? '/staff/sign-in/?expired=1' : '/staff/sign-in/');
}

/** Starts a session cookie (a browser-session cookie: the server ends it after 8 idle hours). */
export function setSessionCookie(context: StaffContext, sessionId: string): void {
  context.cookies.set(sessionCookieName(secure(context)), sessionId, cookieOptions(secure(context)));
  context.cookies.delete(formCookieName(secure(context)), cookieOptions(secure(context)));
}

/** Ends the session cookie. */
export function clearSessionCookie(context: StaffContext): void {
  context.cookies.delete(sessionCookieName(secure(context)), cookieOptions(secure(context)));
}

/** The pre-session token for the sign-in and set-password forms, setting their cookie when needed. */
export function formToken(context: StaffContext): string {
  const { auth } = context.locals.services.staff;
  const name = formCookieName(secure(context));
  let value = context.cookies.get(name)?.value;
  if (!value || !isTokenShaped(value)) {
    value = randomToken();
    context.cookies.set(name, value, cookieOptions(secure(context), FORM_COOKIE_SECONDS));
  }
  return auth.preSessionToken(value);
}

/** True when a sign-in or set-password form's token matches its cookie. */
export function checkFormToken(context: StaffContext, token: string | undefined): boolean {
  const { auth } = context.locals.services.staff;
  return auth.checkPreSession(context.cookies.get(formCookieName(secure(context)))?.value, token);
}

/**
 * True when a staff POST comes from anywhere but this site. A browser's `Sec-Fetch-Site` decides when present:
 * only same-origin passes (staff forms are never sent from a sibling subdomain). Without it, an `Origin` that is
 * neither this request's, nor (behind a trusted TLS proxy) its https form, nor the site's is refused. `Origin: null` is what browsers send for every POST from a
 * `no-referrer` page (the site's policy), so it proves nothing either way; the CSRF token and the SameSite=Strict
 * cookie still do.
 */
export function isForeignPost(context: StaffContext): boolean {
  const headers = context.request.headers;
  const site = headers.get('sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null || origin === 'null') return false;
  if (origin === context.url.origin || origin === context.locals.services.contact.config.siteOrigin)
    return false;
  // Behind a TLS proxy (TRUST_PROXY, X-Forwarded-Proto: https) the browser's origin is https and the request's
  // own URL is plain http: the origin the proxy's scheme and the request's Host form is this site too.
  return !(context.locals.https && origin === `https://${context.url.host}`);
}

/**
 * Records a refused staff POST in the audit log: who (when known), the page it was sent to and from where; never
 * what the form held.
 */
export async function auditRefusal(
  context: StaffContext,
  action: 'refused-cross-site' | 'refused-csrf',
  actor = 'anonymous',
): Promise<void> {
  await context.locals.services.staff.auth.audit(
    actor,
    action,
    context.url.pathname.slice(0, 200),
    context.locals.clientAddress,
  );
}

/** The `403` for a POST from another site, recorded in the audit log. */
export async function refuseForeignPost(context: StaffContext): Promise<Response> {
  await auditRefusal(context, 'refused-cross-site');
  return refuse(403, 'Requests from other sites are not accepted.');
}

/** A staff form's fields (URL-encoded, at most 16 KiB), or null when the body is not such a form. */
export async function readForm(request: Request): Promise<URLSearchParams | null> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const body = await readBody(request);
  if (body.kind !== 'ok') return null;
  try {
    return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
  } catch {
    return null;
  }
}

/** A plain-text refusal (a foreign or tokenless POST). */
export function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
      ...headers,
    },
  });
}

/** A 303 to another staff page (after a POST). */
export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  });
}

/** Where to go back to after an action: a staff page, never anywhere else. */
export function safeReturn(value: string | null | undefined, fallback = '/staff/'): string {
  if (!value) return fallback;
  return /^\/staff\/(?:\?tab=spam|requests\/[0-9a-zA-Z-]{1,64}\/)?$/.test(value) ? value : fallback;
}

/** Headers every staff page sets (the server sets them too). */
export function noStore(context: { response: { headers: Headers } }): void {
  context.response.headers.set('Cache-Control', 'no-store');
  context.response.headers.set('X-Robots-Tag', 'noindex, nofollow');
}

/**
 * Runs a staff action (a POST): refuses foreign posts (403), sends a signed-out visitor to sign in, checks the
 * form and its CSRF token (403; both refusals audited), then calls `act`.
 */
export async function staffAction(
  context: StaffContext,
  act: (user: StaffUser, form: URLSearchParams) => Promise<Response>,
  {
    anyStage = false,
  }: { /** Also for a session waiting for a second step (signing out). */ anyStage?: boolean } = {},
): Promise<Response> {
  if (isForeignPost(context)) return refuseForeignPost(context);
  const user = anyStage ? await anyUser(context) : await currentUser(context);
  if (!user) return toSignIn(context);
  const form = await readForm(context.request);
  if (!form) return refuse(400, 'Send the form from the staff pages.');
  if (!context.locals.services.staff.auth.checkCsrf(user.sessionId, form.get('csrf') ?? undefined)) {
    await auditRefusal(context, 'refused-csrf', user.email);
    return refuse(
      403,
      'This form expired or did not come from the staff pages. Go back, reload and try again.',
    );
  }
  return act(user, form);
}
