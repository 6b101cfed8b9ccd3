// The contact form's length limits, in characters: read by the schema (src/lib/contact/schema.ts) and by the
// messages that name them (src/i18n/), so a limit and its message cannot drift apart.

/** The longest name. */
export const NAME_MAX = 100;
/** The longest message. */
export const MESSAGE_MAX = 1000;
/** The longest email address (RFC 5321's path limit). */
export const EMAIL_MAX = 254;
/** The longest phone number as typed, spaces and punctuation included. */
export const PHONE_MAX = 30;
