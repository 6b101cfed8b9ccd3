import type { RawValues } from '../../lib/contact/schema.ts';

/** The two body types the contact API accepts. */
export type BodyType = 'json' | 'form';

/** Which accepted type a `Content-Type` header names, or null. */
export function bodyType(contentType: string | null): BodyType | null {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (essence === 'application/json') return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

/** Why a body could not be read: a key of `contact.api` in src/i18n/en.ts, so the answer is in the request's language. */
export type BodyProblem = 'notUtf8' | 'notJson' | 'notObject' | 'emptyForm';

/** Parsed values, or why the body could not be read. */
export type ParsedBody = { ok: true; values: RawValues } | { ok: false; problem: BodyProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a JSON object or a URL-encoded form into raw values (the first of repeated form fields wins). */
export function parseBody(bytes: Uint8Array, type: BodyType): ParsedBody {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, problem: 'notUtf8' };
  }
  if (type === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'notJson' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, problem: 'notObject' };
    }
    return { ok: true, values: value as RawValues };
  }
  if (text.trim() === '') return { ok: false, problem: 'emptyForm' };
  const values: RawValues = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (!Object.hasOwn(values, key)) values[key] = value;
  }
  return { ok: true, values };
}
