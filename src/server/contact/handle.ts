import { createHmac } from 'node:crypto';
import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { validateContact, type FieldErrors, type RawValues } from '../../lib/contact/schema.ts';
import type { Store } from '../store/store.ts';
import type { ContactConfig } from './contact-config.ts';
import { isCrossSite } from './cross-site.ts';
import type { LimitedClients } from './limited-clients.ts';
import { earlyLanguage, queryLanguage, submissionLanguage } from './language.ts';
import { bodyType, parseBody, type BodyProblem, type BodyType } from './parse-body.ts';
import { formTokenUse, spamReason } from './spam.ts';
import type { Submission } from './submission.ts';

/** What the contact handler needs from the server. */
export interface ContactContext {
  store: Store;
  config: ContactConfig;
  /** The token secret (from the environment or the store). */
  secret: string;
  /** The client's address as TRUST_PROXY decides it. */
  clientAddress: string;
  /** Counselor slugs a request may name. */
  counselors: readonly string[];
  /** Queue a staff notification with each stored request. */
  notify: boolean;
  /** Clients known to be over the rate limit (the server's memory), refused without asking the store. */
  limited?: LimitedClients | undefined;
}

/**
 * How a submission ended, and the language to answer in (`language` of the body or the query, docs/http.md); the
 * route turns it into a JSON or form answer.
 */
export type ContactOutcome = { language: Language } & (
  | { kind: 'cross-site' }
  | { kind: 'unsupported-type' }
  | { kind: 'rate-limited'; type: BodyType; retryAfter: number; values: RawValues }
  | { kind: 'too-large'; type: BodyType }
  | { kind: 'malformed'; type: BodyType; problem: BodyProblem | 'cutOff' }
  | { kind: 'unknown-language'; type: BodyType; value: string }
  | { kind: 'invalid'; type: BodyType; errors: FieldErrors; values: RawValues }
  | { kind: 'accepted'; type: BodyType; id: string; spam: boolean }
);

/**
 * Who the rate limit counts: a keyed hash of the client's address, so the database never holds addresses
 * (the key changes with the token secret, which is fine for counts that last minutes).
 */
export function rateKey(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`rate:${address}`).digest('base64url').slice(0, 32);
}

/**
 * Runs the checks in the order docs/http.md gives: cross-site, content type, rate limit, size, malformed, language,
 * invalid, spam, accepted. The one implementation of `POST /api/contact`, whoever received the request (the
 * project's server before Astro, src/server/contact/early.ts, or Astro's route, src/pages/api/contact.ts). The rate
 * limit counts ACCEPTED submissions (spam-flagged ones included, since they are answered as accepted): a refused or
 * invalid submission never uses up a person's allowance. It is checked before the body is read (cheap refusal for
 * a flooding client) and enforced again atomically in the insert transaction, so concurrent submissions cannot
 * exceed it. A spam-flagged submission is answered once its row is decided in the store's next group, without
 * waiting for that group's commit (docs/operations.md).
 */
export async function handleContact(submission: Submission, ctx: ContactContext): Promise<ContactOutcome> {
  const query = queryLanguage(submission.url);
  const early = earlyLanguage(query);
  if (isCrossSite(submission.header, ctx.config.siteOrigin)) {
    return { kind: 'cross-site', language: early };
  }
  const type = bodyType(submission.header('content-type'));
  if (!type) return { kind: 'unsupported-type', language: early };

  // A client already found over the limit is refused from memory: no keyed hash, no read of the store.
  let retryAfter = ctx.limited?.retryAfter(ctx.clientAddress);
  const rate = {
    key: retryAfter === undefined ? rateKey(ctx.secret, ctx.clientAddress) : '',
    limit: ctx.config.rateLimit.limit,
    windowSeconds: ctx.config.rateLimit.windowSeconds,
  };
  if (retryAfter === undefined) {
    const status = await ctx.store.rateStatus(rate);
    if (!status.allowed) {
      ctx.limited?.remember(ctx.clientAddress, status.until, status.oldest);
      ({ retryAfter } = status);
    }
  }
  if (retryAfter !== undefined) {
    // A form is shown again with what was typed, so the person loses nothing while they wait; anything that
    // cannot be read (too large, malformed) is simply not carried. JSON clients keep their own values.
    const values = type === 'form' ? await readableValues(submission) : {};
    const chosen = submissionLanguage(values, query);
    const language = chosen.ok ? chosen.language : early;
    return { kind: 'rate-limited', language, type, retryAfter, values };
  }

  const body = await submission.read();
  if (body.kind === 'too-large') {
    submission.discard();
    return { kind: 'too-large', language: early, type };
  }
  if (body.kind === 'aborted') return { kind: 'malformed', language: early, type, problem: 'cutOff' };

  const parsed = parseBody(body.bytes, type);
  if (!parsed.ok) return { kind: 'malformed', language: early, type, problem: parsed.problem };

  const chosen = submissionLanguage(parsed.values, query);
  if (!chosen.ok) return { kind: 'unknown-language', language: early, type, value: chosen.value };
  const { language } = chosen;

  const messages = messagesFor(language).contact.errors;
  const validation = validateContact(parsed.values, type, messages, ctx.counselors);
  if (!validation.ok) {
    return { kind: 'invalid', language, type, errors: validation.errors, values: parsed.values };
  }

  const checks = { secret: ctx.secret, minFillSeconds: ctx.config.minFillSeconds };
  const spam = spamReason(parsed.values, validation.value, checks) !== null;
  // A form token is used once: the same form sent again (a double click, Back and resend) is answered as the
  // first was, and the store keeps only the first.
  const formToken = formTokenUse(parsed.values, checks);
  const result = await ctx.store.insertRequest(validation.value, {
    language,
    spam,
    outbox: ctx.notify,
    rate,
    formToken,
    // Spam is never acted on: the answer need not wait for the sync (losing the last moment of it to a crash is
    // accepted, docs/operations.md); its rate count and token are still decided in order with everything else.
    beforeCommit: spam,
  });
  if (!result.stored)
    return { kind: 'rate-limited', language, type, retryAfter: result.retryAfter, values: parsed.values };
  return { kind: 'accepted', language, type, id: result.id, spam };
}

/** The values of a form body within the size limit, or none (a body refused for its size is not carried). */
async function readableValues(submission: Submission): Promise<RawValues> {
  const body = await submission.read();
  if (body.kind !== 'ok') return {};
  const parsed = parseBody(body.bytes, 'form');
  return parsed.ok ? parsed.values : {};
}
