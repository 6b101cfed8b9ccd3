import type { APIRoute } from 'astro';
import { counselorChoices } from '../../lib/contact/counselors.ts';
import { contactAnswer, unavailableAnswer, type ContactResponse } from '../../server/contact/answer.ts';
import { handleContact, type ContactOutcome } from '../../server/contact/handle.ts';
import { earlyLanguage, queryLanguage } from '../../server/contact/language.ts';
import { webSubmission } from '../../server/contact/submission.ts';

export const prerender = false;

/**
 * `POST /api/contact` (docs/http.md): the checks in order; JSON clients get JSON, the HTML form gets pages, each in
 * the submission's language (`language`, English when absent). The project's server answers most submissions
 * before Astro with the same functions (src/server/contact/early.ts) and hands this route only a form to show
 * again, with its outcome; without that server in front (`astro dev`) this route answers everything.
 */
export const POST: APIRoute = async (context) => {
  const { locals, request } = context;
  const { store, contact } = locals.services;
  let outcome: ContactOutcome;
  try {
    outcome =
      locals.contactOutcome ??
      (await handleContact(webSubmission(request), {
        store,
        config: contact.config,
        secret: contact.secret,
        clientAddress: locals.clientAddress,
        counselors: (await counselorChoices()).map((c) => c.slug),
        notify: contact.notify,
        limited: contact.limited,
      }));
  } catch {
    return toResponse(unavailableAnswer(earlyLanguage(queryLanguage(request.url))));
  }
  if (outcome.kind === 'accepted') contact.wake();
  const answer = contactAnswer(outcome);
  if (answer.kind === 'response') return toResponse(answer);
  locals.contactForm = answer.form;
  return withHeaders(await context.rewrite(answer.path), answer.headers);
};

/** Anything but POST. */
export const ALL: APIRoute = () =>
  new Response('Use POST.', {
    status: 405,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Allow: 'POST' },
  });

function toResponse(answer: ContactResponse): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

// The page rendered in place of this route, with its own status text (Astro keeps the original "OK").
function withHeaders(page: Response, headers: Record<string, string>): Response {
  const response = new Response(page.body, { status: page.status, headers: page.headers });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}
