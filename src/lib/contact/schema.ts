import { z } from 'astro/zod';

// The one definition of a valid contact request, shared by the server (POST /api/contact) and the browser
// (inline validation on /contact/). Field names and rules follow interfaces.md.

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

const text = (max: number, tooLong: string) =>
  z
    .string({ error: 'Enter text here.' })
    .max(max, tooLong)
    .refine((value) => !CONTROL.test(value), 'Remove the special characters.');

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
/** One of the contract's fields. */
export type ContactField = (typeof FIELDS)[number];

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
        .trim()
        .min(1, 'Enter your name.')
        .max(NAME_MAX, `Keep your name to ${NAME_MAX} characters or fewer.`)
        .refine((value) => !CONTROL.test(value), 'Remove the special characters from your name.'),
      /** An email address to answer at. */
      email: z
        .email({ error: 'Enter an email address like name@example.com.' })
        .max(254, 'Enter an email address of 254 characters or fewer.')
        .optional(),
      /** A phone number to call or text back. */
      phone: z
        .string({ error: 'Enter a phone number.' })
        .max(30, 'Enter a phone number of 30 characters or fewer.')
        .refine(
          (value) => PHONE.test(value) && value.replace(/\D/g, '').length >= 7,
          'Enter a phone number with at least 7 digits, like 555 123 4567.',
        )
        .optional(),
      /** How the person would like to be answered. */
      preferredContact: z
        .enum(['email', 'phone', 'text'], { error: 'Choose email, phone call or text message.' })
        .optional(),
      /** The counselor the person would like to see, by slug. */
      counselor: z
        .string({ error: 'Choose a counselor from the list.' })
        .refine(
          (value) => (counselors ? counselors.includes(value) : SLUG_PATTERN.test(value)),
          'Choose a counselor from the list.',
        )
        .optional(),
      /** The article the person came from, by slug. */
      from: z
        .string({ error: 'This link is not valid.' })
        .max(200, 'This link is not valid.')
        .regex(SLUG_PATTERN, 'This link is not valid.')
        .optional(),
      /** Anything the person wants the practice to know first (never health details). */
      message: text(MESSAGE_MAX, `Keep your message to ${MESSAGE_MAX} characters or fewer.`).optional(),
      /** Whether the practice may leave a voicemail or message. */
      okToLeaveMessage: z.boolean({ error: 'Tick the box or leave it empty.' }).default(false),
      /** Agreement to the privacy notice; required. */
      consent: z.literal(true, { error: 'Tick the box to agree, so we can store your request.' }),
    })
    .superRefine((value, ctx) => {
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
      if (
        value.preferredContact !== undefined &&
        value.preferredContact !== 'email' &&
        value.phone === undefined
      ) {
        if (value.email !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['phone'],
            message: 'Add your phone number, or choose email.',
          });
        }
      }
    });
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
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
      errors[field as ContactField] ??= issue.message;
    }
  }
  return { ok: false, errors };
}
