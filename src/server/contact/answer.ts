import { defaultLanguage, localizePath, type Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { ContactFormState } from '../../lib/contact/form-state.ts';
import type { ContactOutcome } from './handle.ts';

/**
 * The answer to a contact submission (docs/http.md): a finished response, or the form page shown again with what
 * was typed (`path`, rendered by Astro with `form` as `locals.contactForm`, then sent with `headers`).
 */
export type ContactAnswer =
  ContactResponse | { kind: 'page'; path: string; form: ContactFormState; headers: Record<string, string> };

/** A finished answer: status, headers and body (none for a redirect). */
export interface ContactResponse {
  kind: 'response';
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): ContactResponse {
  return {
    kind: 'response',
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
    body: JSON.stringify(body),
  };
}

function text(status: number, body: string, headers: Record<string, string> = {}): ContactResponse {
  return {
    kind: 'response',
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE, ...headers },
    body,
  };
}

/**
 * How an outcome is answered, the same whoever answers it (the server before Astro, or Astro's route): JSON
 * clients get JSON, the HTML form gets pages, each in the submission's language.
 */
export function contactAnswer(outcome: ContactOutcome): ContactAnswer {
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
      const form = {
        status: 429,
        retryAfter: outcome.retryAfter,
        errors: {},
        values: outcome.values,
      } as const;
      return { kind: 'page', path: formPage, form, headers };
    }
    case 'too-large':
      return outcome.type === 'json'
        ? json(413, { errors: { body: api.tooLarge } })
        : text(413, api.tooLargeForm);
    case 'malformed': {
      const message = api[outcome.problem];
      if (outcome.type === 'json') return json(400, { errors: { body: message } });
      return {
        kind: 'page',
        path: formPage,
        form: { status: 400, errors: { body: message }, values: {} },
        headers: {},
      };
    }
    case 'unknown-language': {
      // Only a hand-made request names another language (the forms send their own): say which are known.
      const message = api.unknownLanguage(outcome.value);
      return outcome.type === 'json' ? json(400, { errors: { language: message } }) : text(400, message);
    }
    case 'invalid':
      if (outcome.type === 'json') return json(400, { errors: outcome.errors });
      return {
        kind: 'page',
        path: formPage,
        form: { status: 400, errors: outcome.errors, values: outcome.values },
        headers: {},
      };
    case 'accepted':
      return outcome.type === 'json'
        ? json(201, { id: outcome.id })
        : {
            kind: 'response',
            status: 303,
            headers: { Location: localizePath('/contact/thanks/', language), ...NO_STORE },
            body: null,
          };
  }
}

/** The store failed (nothing a client sends does that): ask to retry, lose nothing silently. */
export function unavailableAnswer(language: Language = defaultLanguage): ContactResponse {
  return text(503, messagesFor(language).contact.api.unavailable, { 'Retry-After': '30' });
}
