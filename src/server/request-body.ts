import { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

// The server's one body reader: for Astro's routes (a web `Request`: the contact API, staff forms) and for the
// server's own routes (a `node:http` request: the rebuild webhook).

/** The most a body sent to a server-rendered route may hold (a contact request, a staff form). */
export const BODY_LIMIT = 16 * 1024;

/** How much of an oversized upload is read and thrown away so the client receives its 413 before the cut. */
const DISCARD_LIMIT = 1024 * 1024;
const DISCARD_MS = 5_000;

/** A body read within its limit, refused for its size, or cut off by the client. */
export type BodyRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large' } | { kind: 'aborted' };

/** A request as Astro's routes see it, or as `node:http` hands it to the server's own routes. */
export type BodySource = Request | IncomingMessage;

// A node request's body as a web stream, made once, so discardBody finds the stream readBody was reading.
const nodeBodies = new WeakMap<IncomingMessage, ReadableStream<Uint8Array>>();

function bodyStream(source: BodySource): ReadableStream<Uint8Array> | null {
  if (!(source instanceof IncomingMessage)) return source.body;
  let body = nodeBodies.get(source);
  if (!body) {
    body = Readable.toWeb(source) as ReadableStream<Uint8Array>;
    nodeBodies.set(source, body);
  }
  return body;
}

function declaredLength(source: BodySource): number {
  const header =
    source instanceof IncomingMessage
      ? source.headers['content-length']
      : source.headers.get('content-length');
  return Number(header ?? NaN);
}

/**
 * Reads a request body while counting bytes and stops keeping it as soon as it passes `limit`, so an oversized
 * body is never held in memory. A `Content-Length` above the limit is refused before reading anything.
 */
export async function readBody(source: BodySource, limit = BODY_LIMIT): Promise<BodyRead> {
  const declared = declaredLength(source);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-large' };
  const body = bodyStream(source);
  if (!body) return { kind: 'ok', bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        reader.releaseLock();
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'aborted' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'ok', bytes };
}

/**
 * Reads and drops the rest of a refused upload for a moment, then cuts it off. Closing the connection while the
 * client is still sending would reset it before the client reads the answer; draining a little lets the `413`
 * arrive first, and the cap keeps a client from making us read forever.
 */
export function discardBody(source: BodySource | ReadableStream<Uint8Array> | null): void {
  const body = source instanceof ReadableStream || source === null ? source : bodyStream(source);
  if (!body || body.locked) return;
  const reader = body.getReader();
  const deadline = Date.now() + DISCARD_MS;
  void (async () => {
    let dropped = 0;
    try {
      while (dropped <= DISCARD_LIMIT && Date.now() < deadline) {
        const { done, value } = await reader.read();
        if (done) return;
        dropped += value.byteLength;
      }
    } catch {
      return;
    }
    await reader.cancel().catch(() => undefined);
  })();
}
