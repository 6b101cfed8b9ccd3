import type { FieldErrors, RawValues } from './schema.ts';

/** What `POST /api/contact` hands the `/contact/` page when a form submission has to be shown again. */
export interface ContactFormState {
  /** The status the page is sent with (400 or 429). */
  status: 400 | 429;
  /** Seconds until the client may send again (429). */
  retryAfter?: number | undefined;
  errors: FieldErrors;
  /** What the person typed, kept so nothing is lost. */
  values: RawValues;
}
