import type { APIRoute } from 'astro';
import { localizePath } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { counselorChoices } from '../../lib/contact/counselors.ts';
import { handleContact, type ContactOutcome } from '../../server/contact/handle.ts';
import { earlyLanguage, queryLanguage } from '../../server/contact/language.ts';

export const prerender = false;

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
const TEXT_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...TEXT_HEADERS, ...headers } });
}

/**
 * `POST /api/contact` (docs/http.md): the checks in order; JSON clients get JSON, the HTML form gets pages, each in
 * the submission's language (`language`, English when absent).
 */
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
      rateChecked: locals.contactChecks?.rateChecked,
    });
  } catch {
    // Only the store failing gets here (nothing a client sends does): ask to retry, lose nothing silently.
    const api = messagesFor(earlyLanguage(queryLanguage(request.url))).contact.api;
    return text(503, api.unavailable, { 'Retry-After': '30' });
  }

  const { language } = outcome;
  const api = messagesFor(language).contact.api;
  const formPage = localizePath('/contact/', language);
  switch (outcome.kind) {
    case 'cross-site':
      return text(403, api.crossSite);
    case 'unsupported-type':
      return text(415, api.unsupportedType, {
        Accept: 'application/json, application/x-www-form-urlencoded',
      });
    case 'rate-limited': {
      const headers = { 'Retry-After': String(outcome.retryAfter) };
      if (outcome.type === 'json') return json(429, { errors: { body: api.rateLimited } }, headers);
      locals.contactForm = {
        status: 429,
        retryAfter: outcome.retryAfter,
        errors: {},
        values: outcome.values,
      };
      return withHeaders(await context.rewrite(formPage), headers);
    }
    case 'too-large':
      return outcome.type === 'json'
        ? json(413, { errors: { body: api.tooLarge } })
        : text(413, api.tooLargeForm);
    case 'malformed': {
      const message = api[outcome.problem];
      if (outcome.type === 'json') return json(400, { errors: { body: message } });
      locals.contactForm = { status: 400, errors: { body: message }, values: {} };
      return withHeaders(await context.rewrite(formPage), {});
    }
    case 'unknown-language': {
      // Only a hand-made request names another language (the forms send their own): say which are known.
      const message = api.unknownLanguage(outcome.value);
      return outcome.type === 'json' ? json(400, { errors: { language: message } }) : text(400, message);
    }
    case 'invalid':
      if (outcome.type === 'json') return json(400, { errors: outcome.errors });
      locals.contactForm = { status: 400, errors: outcome.errors, values: outcome.values };
      return withHeaders(await context.rewrite(formPage), {});
    case 'accepted':
      contact.wake();
      return outcome.type === 'json'
        ? json(201, { id: outcome.id })
        : new Response(null, {
            status: 303,
            headers: { Location: localizePath('/contact/thanks/', language), 'Cache-Control': 'no-store' },
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
