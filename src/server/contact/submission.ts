import type { IncomingMessage } from 'node:http';
import { discardBody, readBody, type BodyRead } from '../request-body.ts';

/**
 * What the contact checks read of a request, whichever server part received it: Astro's route (a web `Request`)
 * or the project's own server before Astro (a `node:http` request). Each reads the body once and leaves it
 * readable for the form page shown again from the same request.
 */
export interface Submission {
  /** The absolute URL it was sent to (its query may carry `language`). */
  url: string;
  /** A request header, or null. */
  header: (name: string) => string | null;
  /** The body within 16 KiB, still readable afterwards by a page rendered from the same request. */
  read(): Promise<BodyRead>;
  /** Drops what is left of a body refused for its size (drained a little first, so the 413 arrives). */
  discard(): void;
}

/** A submission Astro's route received: the body is read from a copy, as the page may be rendered from it. */
export function webSubmission(request: Request): Submission {
  return {
    url: request.url,
    header: (name) => request.headers.get(name),
    read: async () => {
      const copy = request.clone();
      const body = await readBody(copy);
      // A copy refused for its size or cut off is dropped (not awaited: a teed branch's cancel settles only with
      // the other's).
      if (body.kind !== 'ok') copy.body?.cancel().catch(() => undefined);
      return body;
    },
    discard: () => {
      discardBody(request.body);
    },
  };
}

/** A node request, with whether its body has been touched, so an unread one can be let go after the answer. */
export interface NodeSubmission extends Submission {
  /** Lets an unread body flow away once answered, so the connection can carry the next request. */
  release(): void;
}

/**
 * A submission the project's server received before Astro: the body read is kept on the request (`req.body`,
 * which Astro's node adapter reads instead of the stream) for a form page rendered from it.
 */
export function nodeSubmission(req: IncomingMessage, origin: string): NodeSubmission {
  let touched = false;
  return {
    url: `${origin}${req.url ?? '/'}`,
    header: (name) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : (value?.join(', ') ?? null);
    },
    read: async () => {
      touched = true;
      const body = await readBody(req);
      // Astro never reads this stream (it is handed what was kept), so an oversized rest is always drained.
      if (body.kind === 'too-large') discardBody(req);
      // What Astro reads instead of the stream, should it render the form page: none of a body not kept.
      (req as IncomingMessage & { body?: Uint8Array }).body =
        body.kind === 'ok' ? body.bytes : new Uint8Array();
      return body;
    },
    discard: () => {
      touched = true;
      discardBody(req);
    },
    release: () => {
      if (!touched && !req.complete) req.resume();
    },
  };
}
