/** The shortest password staff may choose. */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest (a bound on hashing work per request). */
export const MAX_PASSWORD_LENGTH = 256;
