import * as z from 'zod/mini';
import type { Messages } from '../../i18n/en.ts';
import { HIDDEN_CHARACTER, LINE_BREAK } from './characters.ts';
import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, PHONE_MAX } from './limits.ts';

// The one definition of a valid contact request, shared by the server (POST /api/contact) and the browser
// (inline validation on /contact/). Field names and rules: docs/http.md. zod's "mini" build: the same
// zod, tree-shakable, so the browser's copy stays a few KB (the full build would add about 25 KB gzipped).
// The messages come in as an argument, in the page's language: the browser gets them from the page, so its
// script never carries the message files (src/i18n/).

/** The field messages of one language (`contact.errors` in src/i18n/en.ts). */
export type ValidationMessages = Messages['contact']['errors'];

export { MESSAGE_MAX, NAME_MAX } from './limits.ts';

/** Article and counselor slugs: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Control characters other than tab and newlines never belong in what a person types (and PostgreSQL refuses NUL).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PHONE = /^\+?[0-9 ().-]+$/;

/** The boolean fields; forms send them as `on`, `true` or `1`. */
export const BOOLEAN_FIELDS = ['okToLeaveMessage', 'consent'] as const;
/** The text fields a request carries. */
export const TEXT_FIELDS = [
  'name',
  'email',
  'phone',
  'preferredContact',
  'counselor',
  'from',
  'message',
] as const;

/** Every field a client may send, in the order the form shows them. */
export const FIELDS = [...TEXT_FIELDS, ...BOOLEAN_FIELDS] as const;
/** One of the request's fields. */
export type ContactField = (typeof FIELDS)[number];

const noControl = (message: string) => z.refine<string>((value) => !CONTROL.test(value), message);

/** The checks every single-line field starts with: no line break, then no control or text-direction character. */
const oneLine = (lineBreak: string, hidden: string) =>
  [
    z.refine<string>((value) => !LINE_BREAK.test(value), lineBreak),
    z.refine<string>((value) => LINE_BREAK.test(value) || !HIDDEN_CHARACTER.test(value), hidden),
  ] as const;

/** A string passing the single-line checks before `schema` reads it (so their message is the one shown). */
const plainLine = <T extends z.ZodMiniType<unknown, string>>(
  checks: ReturnType<typeof oneLine>,
  error: string,
  schema: T,
) => z.pipe(z.string({ error }).check(...checks), schema);

/**
 * The request schema, its messages from `m`. `counselors` lists the slugs a client may choose; without it (in the
 * browser, where the select only offers known ones) any slug-shaped value passes.
 */
export function contactSchema(m: ValidationMessages, counselors?: readonly string[]) {
  return z
    .object({
      /** How the practice should address the person. */
      name: z
        .string({ error: m.nameRequired })
        .check(
          z.trim(),
          ...oneLine(m.nameLineBreak, m.nameHidden),
          z.minLength(1, m.nameRequired),
          z.maxLength(NAME_MAX, m.nameTooLong),
        ),
      /** An email address to answer at. */
      email: z.optional(
        plainLine(
          oneLine(m.emailLineBreak, m.emailHidden),
          m.emailInvalid,
          z.email({ error: m.emailInvalid }).check(z.maxLength(EMAIL_MAX, m.emailTooLong)),
        ),
      ),
      /** A phone number to call or text back. */
      phone: z.optional(
        z.string({ error: m.phoneRequired }).check(
          ...oneLine(m.phoneLineBreak, m.phoneHidden),
          z.maxLength(PHONE_MAX, m.phoneTooLong),
          z.refine<string>(
            (value) => PHONE.test(value) && value.replace(/\D/g, '').length >= 7,
            m.phoneInvalid,
          ),
        ),
      ),
      /** How the person would like to be answered. */
      preferredContact: z.optional(z.enum(['email', 'phone', 'text'], { error: m.preferredInvalid })),
      /** The counselor the person would like to see, by slug. */
      counselor: z.optional(
        z.string({ error: m.counselorInvalid }).check(
          ...oneLine(m.counselorLineBreak, m.counselorHidden),
          z.refine<string>(
            (value) => (counselors ? counselors.includes(value) : SLUG_PATTERN.test(value)),
            m.counselorInvalid,
          ),
        ),
      ),
      /** The article the person came from, by slug. */
      from: z.optional(
        z
          .string({ error: m.fromInvalid })
          .check(z.maxLength(200, m.fromInvalid), z.regex(SLUG_PATTERN, m.fromInvalid)),
      ),
      /** Anything the person wants the practice to know first (never health details). */
      message: z.optional(
        z
          .string({ error: m.messageText })
          .check(z.maxLength(MESSAGE_MAX, m.messageTooLong), noControl(m.messageControl)),
      ),
      /** Whether the practice may leave a voicemail or message. */
      okToLeaveMessage: z._default(z.boolean({ error: m.okToLeaveInvalid }), false),
      /** Agreement to the privacy notice; required. */
      consent: z.literal(true, { error: m.consentRequired }),
    })
    .check(
      // `when`: run even when other fields failed, so a person sees every message at once. The value may then be
      // partly invalid, which these checks (presence only) tolerate.
      z.superRefine(
        (value, ctx) => {
          if (value.email === undefined && value.phone === undefined) {
            ctx.addIssue({ code: 'custom', path: ['email'], message: m.replyNeeded });
            ctx.addIssue({ code: 'custom', path: ['phone'], message: m.replyNeeded });
          }
          if (value.preferredContact === 'email' && value.email === undefined && value.phone !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['email'],
              message: m.emailForPreferred,
            });
          }
          if (value.preferredContact !== undefined && value.preferredContact !== 'email') {
            if (value.phone === undefined && value.email !== undefined) {
              ctx.addIssue({
                code: 'custom',
                path: ['phone'],
                message: m.phoneForPreferred,
              });
            }
          }
        },
        { when: () => true },
      ),
    );
}

/** A valid contact request, as stored. */
export type ContactRequest = z.output<ReturnType<typeof contactSchema>>;

/** Field messages by field name (`body` for a malformed body). */
export type FieldErrors = Partial<Record<ContactField | 'body', string>>;

/** Raw values as a form or JSON body gave them, before validation. */
export type RawValues = Record<string, unknown>;

/**
 * Turns raw values into what the schema reads: text trimmed, an empty string as an absent field, form booleans
 * (`on`, `true`, `1`) as `true`, unknown fields dropped.
 */
export function normalize(raw: RawValues, source: 'form' | 'json'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    let value = Object.hasOwn(raw, field) ? raw[field] : undefined;
    if (typeof value === 'string') {
      value = field === 'message' ? value.replace(/\r\n?/g, '\n').trim() : value.trim();
      if (value === '') value = undefined;
    }
    if (value === null) value = undefined;
    if (
      source === 'form' &&
      (BOOLEAN_FIELDS as readonly string[]).includes(field) &&
      typeof value === 'string'
    ) {
      value = ['on', 'true', '1'].includes(value.toLowerCase()) ? true : value;
    }
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** The outcome of validating raw values. */
export type Validation = { ok: true; value: ContactRequest } | { ok: false; errors: FieldErrors };

// Building the schema costs more than most validations (a CPU profile of the API, bench/README.md): one per
// language's messages and counselor list is kept.
const built = new WeakMap<ValidationMessages, Map<string, ReturnType<typeof contactSchema>>>();

function schemaFor(messages: ValidationMessages, counselors?: readonly string[]) {
  let byList = built.get(messages);
  if (!byList) {
    byList = new Map<string, ReturnType<typeof contactSchema>>();
    built.set(messages, byList);
  }
  const key = counselors ? counselors.join('\n') : '\0any';
  let schema = byList.get(key);
  if (!schema) {
    // A counselor list changes only with a rebuild; the few lists a process sees are kept.
    if (byList.size > 16) byList.clear();
    schema = contactSchema(messages, counselors ? [...counselors] : undefined);
    byList.set(key, schema);
  }
  return schema;
}

/** Validates raw values with the shared schema, giving one message per field (the first), in `messages`' language. */
export function validateContact(
  raw: RawValues,
  source: 'form' | 'json',
  messages: ValidationMessages,
  counselors?: readonly string[],
): Validation {
  const result = schemaFor(messages, counselors).safeParse(normalize(raw, source));
  if (result.success) return { ok: true, value: result.data };
  const found = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !found.has(field)) found.set(field, issue.message);
  }
  // In the form's order, so the error summary reads top to bottom.
  const errors: FieldErrors = {};
  for (const field of FIELDS) {
    const message = found.get(field);
    if (message !== undefined) errors[field] = message;
  }
  return { ok: false, errors };
}
