import { localizePath, type Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { chooseContent } from '../../lib/counselors/choose-content.ts';
import { readAnswers, type ChooseData } from '../../lib/counselors/choose-data.ts';
import type { ChooseAnswers } from '../../lib/counselors/rank.ts';
import { readChooseForm, refusal } from './read-answers.ts';

/** What a results route needs of Astro's request context. */
interface ResultsContext {
  request: Request;
  url: URL;
  locals: App.Locals;
  response: { headers: Headers };
}

/** The ranked page to render, or the answer to send instead (a redirect, a refusal). */
export type ChooseResults = { data: ChooseData; answers: ChooseAnswers } | Response;

/**
 * "Help me choose" posted without JavaScript, for the results route of a language
 * (src/pages/counselors/choose/results.astro and its Spanish twin, docs/counselor-finder.md): the data and the
 * answers to rank, stored nowhere. A GET goes back to the questions in that language, with any shared answers; a
 * form that cannot be read is refused in plain text, in that language. Nothing of the answer is cached. The page
 * holds the form again, so it sends `same-origin` as its `<meta name="referrer">` says (docs/http.md, "Headers").
 */
export async function chooseResults(context: ResultsContext, lang: Language): Promise<ChooseResults> {
  context.response.headers.set('Cache-Control', 'no-store');
  context.response.headers.set('Referrer-Policy', 'same-origin');
  if (context.request.method !== 'POST') {
    return new Response(null, {
      status: 303,
      headers: {
        Location: localizePath('/counselors/choose/', lang) + context.url.search,
        'Cache-Control': 'no-store',
      },
    });
  }
  const form = await readChooseForm(
    context.request,
    context.locals.services.contact.config.siteOrigin,
    messagesFor(lang).choose.refused,
  );
  if (form.kind === 'refused') return refusal(form.status, form.message);
  const data = await chooseContent(lang);
  return { data, answers: readAnswers(form.params, data.options) };
}
