import { createHmac } from 'node:crypto';
import type { Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { validateContact, type FieldErrors, type RawValues } from '../../lib/contact/schema.ts';
import type { Store } from '../store/store.ts';
import type { ContactConfig } from './contact-config.ts';
import { isCrossSite } from './cross-site.ts';
import { earlyLanguage, queryLanguage, submissionLanguage } from './language.ts';
import { bodyType, parseBody, type BodyProblem, type BodyType } from './parse-body.ts';
import { discardBody, readBody } from '../request-body.ts';
import { formTokenUse, spamReason } from './spam.ts';

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
  /**
   * The server found the client under its rate limit a moment ago (src/server/contact/early.ts): the check before
   * reading the body is skipped; the insert transaction still enforces the limit.
   */
  rateChecked?: boolean | undefined;
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
 * invalid, spam, accepted. The rate limit counts ACCEPTED submissions (spam-flagged ones included, since they are answered as
 * accepted): a refused or invalid submission never uses up a person's allowance. It is checked before the body
 * is read (cheap refusal for a flooding client) and enforced again atomically in the insert transaction, so
 * concurrent submissions cannot exceed it.
 */
export async function handleContact(request: Request, ctx: ContactContext): Promise<ContactOutcome> {
  const query = queryLanguage(request.url);
  const early = earlyLanguage(query);
  if (isCrossSite(request.headers, ctx.config.siteOrigin)) {
    return { kind: 'cross-site', language: early };
  }
  const type = bodyType(request.headers.get('content-type'));
  if (!type) return { kind: 'unsupported-type', language: early };

  const rate = {
    key: rateKey(ctx.secret, ctx.clientAddress),
    limit: ctx.config.rateLimit.limit,
    windowSeconds: ctx.config.rateLimit.windowSeconds,
  };
  const status = ctx.rateChecked ? { allowed: true as const } : await ctx.store.rateStatus(rate);
  if (!status.allowed) {
    // A form is shown again with what was typed, so the person loses nothing while they wait; anything that
    // cannot be read (too large, malformed) is simply not carried. JSON clients keep their own values.
    const values = type === 'form' ? await readableValues(request) : {};
    const chosen = submissionLanguage(values, query);
    const language = chosen.ok ? chosen.language : early;
    return { kind: 'rate-limited', language, type, retryAfter: status.retryAfter, values };
  }

  // A form's answer may be the page itself, rendered from the same (unread) request: read a copy.
  const copy = type === 'form' ? request.clone() : request;
  const body = await readBody(copy);
  if (body.kind === 'too-large') {
    // The copy's branch is dropped (not awaited: a teed branch's cancel settles only with the other's), and the
    // rest is read off the original without keeping it.
    if (copy !== request) copy.body?.cancel().catch(() => undefined);
    discardBody(request.body);
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
  });
  if (!result.stored)
    return { kind: 'rate-limited', language, type, retryAfter: result.retryAfter, values: parsed.values };
  return { kind: 'accepted', language, type, id: result.id, spam };
}

/**
 * The values of a form body within the size limit, or none. It reads a copy, as the page shown again is rendered
 * from the same request; a copy refused for its size is dropped, as the refusal was before reading anything.
 */
async function readableValues(request: Request): Promise<RawValues> {
  const copy = request.clone();
  const body = await readBody(copy);
  if (body.kind !== 'ok') {
    copy.body?.cancel().catch(() => undefined);
    return {};
  }
  const parsed = parseBody(body.bytes, 'form');
  return parsed.ok ? parsed.values : {};
}
