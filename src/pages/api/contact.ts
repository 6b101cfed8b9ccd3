import type { APIRoute } from 'astro';
import { counselorChoices } from '../../lib/contact/counselors.ts';
import { handleContact, type ContactOutcome } from '../../server/contact/handle.ts';

export const prerender = false;

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
const TEXT_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...TEXT_HEADERS, ...headers } });
}

/** `POST /api/contact` (docs/http.md): the checks in order; JSON clients get JSON, the HTML form gets pages. */
export const POST: APIRoute = async (context) => {
  const { locals, request } = context;
  const { store, contact } = locals.services;
  let outcome: ContactOutcome;
  try {
    outcome = await handleContact(request, {
      store,
      config: contact.config,
      secret: contact.secret,
      clientAddress: locals.clientAddress,
      counselors: (await counselorChoices()).map((c) => c.slug),
      notify: contact.notify,
    });
  } catch {
    // Only the store failing gets here (nothing a client sends does): ask to retry, lose nothing silently.
    return text(503, 'We could not save your request just now. Please try again in a minute.', {
      'Retry-After': '30',
    });
  }

  switch (outcome.kind) {
    case 'cross-site':
      return text(403, 'Requests from other sites are not accepted.');
    case 'unsupported-type':
      return text(415, 'Send application/json or application/x-www-form-urlencoded.', {
        Accept: 'application/json, application/x-www-form-urlencoded',
      });
    case 'rate-limited': {
      const headers = { 'Retry-After': String(outcome.retryAfter) };
      if (outcome.type === 'json') {
        return json(
          429,
          { errors: { body: 'Too many requests from this connection; try again later.' } },
          headers,
        );
      }
      locals.contactForm = {
        status: 429,
        retryAfter: outcome.retryAfter,
        errors: {},
        values: outcome.values,
      };
      return withHeaders(await context.rewrite('/contact/'), headers);
    }
    case 'too-large':
      return outcome.type === 'json'
        ? json(413, { errors: { body: 'The request is larger than 16 KiB.' } })
        : text(413, 'The form was larger than 16 KiB. Please shorten your message and send it again.');
    case 'malformed':
      if (outcome.type === 'json') return json(400, { errors: { body: outcome.message } });
      locals.contactForm = { status: 400, errors: { body: outcome.message }, values: {} };
      return withHeaders(await context.rewrite('/contact/'), {});
    case 'invalid':
      if (outcome.type === 'json') return json(400, { errors: outcome.errors });
      locals.contactForm = { status: 400, errors: outcome.errors, values: outcome.values };
      return withHeaders(await context.rewrite('/contact/'), {});
    case 'accepted':
      contact.wake();
      return outcome.type === 'json'
        ? json(201, { id: outcome.id })
        : new Response(null, {
            status: 303,
            headers: { Location: '/contact/thanks/', 'Cache-Control': 'no-store' },
          });
  }
};

/** Anything but POST. */
export const ALL: APIRoute = () => text(405, 'Use POST.', { Allow: 'POST' });

// The page rendered in place of this route, with its own status text (Astro keeps the original "OK").
function withHeaders(page: Response, headers: Record<string, string>): Response {
  const response = new Response(page.body, { status: page.status, headers: page.headers });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}
