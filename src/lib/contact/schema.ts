import * as z from 'zod/mini';
import { HIDDEN_CHARACTER, LINE_BREAK } from './characters.ts';

// The one definition of a valid contact request, shared by the server (POST /api/contact) and the browser
// (inline validation on /contact/). Field names and rules: docs/http.md. zod's "mini" build: the same
// zod, tree-shakable, so the browser's copy stays a few KB (the full build would add about 25 KB gzipped).

/** The longest name, in characters. */
export const NAME_MAX = 100;
/** The longest message, in characters. */
export const MESSAGE_MAX = 1000;

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

/**
 * The checks every single-line field starts with: no line break, then no control or text-direction character,
 * each with a message naming the field (`what`, as a reader would say it: "your name").
 */
const oneLine = (what: string) => {
  const subject = what.charAt(0).toUpperCase() + what.slice(1);
  return [
    z.refine<string>(
      (value) => !LINE_BREAK.test(value),
      `${subject} has a line break in it. Please type it on one line.`,
    ),
    z.refine<string>(
      (value) => LINE_BREAK.test(value) || !HIDDEN_CHARACTER.test(value),
      `${subject} has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.`,
    ),
  ] as const;
};

/** A string passing the single-line checks before `schema` reads it (so their message is the one shown). */
const plainLine = <T extends z.ZodMiniType<unknown, string>>(what: string, error: string, schema: T) =>
  z.pipe(z.string({ error }).check(...oneLine(what)), schema);

/**
 * The request schema. `counselors` lists the slugs a client may choose; without it (in the browser, where the
 * select only offers known ones) any slug-shaped value passes.
 */
export function contactSchema(counselors?: readonly string[]) {
  return z
    .object({
      /** How the practice should address the person. */
      name: z
        .string({ error: 'Enter your name.' })
        .check(
          z.trim(),
          ...oneLine('your name'),
          z.minLength(1, 'Enter your name.'),
          z.maxLength(NAME_MAX, `Keep your name to ${NAME_MAX} characters or fewer.`),
        ),
      /** An email address to answer at. */
      email: z.optional(
        plainLine(
          'your email address',
          'Enter an email address like name@example.com.',
          z
            .email({ error: 'Enter an email address like name@example.com.' })
            .check(z.maxLength(254, 'Enter an email address of 254 characters or fewer.')),
        ),
      ),
      /** A phone number to call or text back. */
      phone: z.optional(
        z.string({ error: 'Enter a phone number.' }).check(
          ...oneLine('your phone number'),
          z.maxLength(30, 'Enter a phone number of 30 characters or fewer.'),
          z.refine<string>(
            (value) => PHONE.test(value) && value.replace(/\D/g, '').length >= 7,
            'Enter a phone number with at least 7 digits, like 555 123 4567.',
          ),
        ),
      ),
      /** How the person would like to be answered. */
      preferredContact: z.optional(
        z.enum(['email', 'phone', 'text'], { error: 'Choose email, phone call or text message.' }),
      ),
      /** The counselor the person would like to see, by slug. */
      counselor: z.optional(
        z.string({ error: 'Choose a counselor from the list.' }).check(
          ...oneLine('the counselor you chose'),
          z.refine<string>(
            (value) => (counselors ? counselors.includes(value) : SLUG_PATTERN.test(value)),
            'Choose a counselor from the list.',
          ),
        ),
      ),
      /** The article the person came from, by slug. */
      from: z.optional(
        z
          .string({ error: 'This link is not valid.' })
          .check(
            z.maxLength(200, 'This link is not valid.'),
            z.regex(SLUG_PATTERN, 'This link is not valid.'),
          ),
      ),
      /** Anything the person wants the practice to know first (never health details). */
      message: z.optional(
        z
          .string({ error: 'Enter text here.' })
          .check(
            z.maxLength(MESSAGE_MAX, `Keep your message to ${MESSAGE_MAX} characters or fewer.`),
            noControl('Remove the special characters from your message.'),
          ),
      ),
      /** Whether the practice may leave a voicemail or message. */
      okToLeaveMessage: z._default(z.boolean({ error: 'Tick the box or leave it empty.' }), false),
      /** Agreement to the privacy notice; required. */
      consent: z.literal(true, { error: 'Tick the box to agree, so we can store your request.' }),
    })
    .check(
      // `when`: run even when other fields failed, so a person sees every message at once. The value may then be
      // partly invalid, which these checks (presence only) tolerate.
      z.superRefine(
        (value, ctx) => {
          if (value.email === undefined && value.phone === undefined) {
            const message = 'Give an email address or a phone number so we can reply.';
            ctx.addIssue({ code: 'custom', path: ['email'], message });
            ctx.addIssue({ code: 'custom', path: ['phone'], message });
          }
          if (value.preferredContact === 'email' && value.email === undefined && value.phone !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['email'],
              message: 'Add your email address, or choose phone.',
            });
          }
          if (value.preferredContact !== undefined && value.preferredContact !== 'email') {
            if (value.phone === undefined && value.email !== undefined) {
              ctx.addIssue({
                code: 'custom',
                path: ['phone'],
                message: 'Add your phone number, or choose email.',
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

/** Validates raw values with the shared schema, giving one message per field (the first). */
export function validateContact(
  raw: RawValues,
  source: 'form' | 'json',
  counselors?: readonly string[],
): Validation {
  const result = contactSchema(counselors).safeParse(normalize(raw, source));
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
