import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../services.ts';
import { contactAnswer, unavailableAnswer, type ContactResponse } from './answer.ts';
import { handleContact, type ContactOutcome } from './handle.ts';
import { earlyLanguage, queryLanguage } from './language.ts';
import { nodeSubmission } from './submission.ts';

// POST /api/contact answered by the project's own server before Astro's request pipeline (which costs more than
// the checks themselves): the same function Astro's route runs (handleContact) and the same answers
// (contactAnswer). Only a form that must be shown again with what was typed (errors, over the limit) goes on to
// Astro, with its outcome, to render the page; src/pages/api/contact.ts also answers everything alone where this
// server is not in front (`astro dev`, a build without the counselor list).

/**
 * Answers a `POST /api/contact` and resolves with null, or resolves with the outcome whose form page Astro must
 * render (the body read is left on the request for it).
 */
export async function answerContactEarly(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  clientAddress: string,
  counselors: readonly string[],
): Promise<ContactOutcome | null> {
  const { contact, store } = services;
  const submission = nodeSubmission(req, 'http://local');
  let answer: ContactResponse;
  try {
    const outcome = await handleContact(submission, {
      store,
      config: contact.config,
      secret: contact.secret,
      clientAddress,
      counselors,
      notify: contact.notify,
      limited: contact.limited,
    });
    const decided = contactAnswer(outcome);
    if (decided.kind === 'page') return outcome;
    if (outcome.kind === 'accepted') contact.wake();
    answer = decided;
  } catch {
    answer = unavailableAnswer(earlyLanguage(queryLanguage(submission.url)));
  }
  if (answer.status === 413 && !req.complete) {
    // Node closes a connection whose answer finished before its request did, and a client still sending then
    // meets a reset that can take the unread 413 with it. So the answer goes out whole (its length said) while the
    // upload is drained, and is finished only once that ends or is cut off (src/server/request-body.ts).
    const body = Buffer.from(answer.body ?? '');
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': body.length, Connection: 'close' });
    res.write(body);
    const finish = () => {
      res.end();
    };
    req.once('end', finish).once('close', finish);
    return null;
  }
  res.writeHead(answer.status, answer.headers).end(answer.body ?? undefined);
  submission.release();
  return null;
}
