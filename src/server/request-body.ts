import { IncomingMessage } from 'node:http';

// The server's one body reader: for Astro's routes (a web `Request`: staff forms, the contact API under
// `astro dev`) and for the server's own routes (a `node:http` request: the contact API, the rebuild webhook).

/** The most a body sent to a server-rendered route may hold (a contact request, a staff form). */
export const BODY_LIMIT = 16 * 1024;

/** How much of an oversized upload is read and thrown away so the client receives its 413 before the cut. */
const DISCARD_LIMIT = 1024 * 1024;
const DISCARD_MS = 5_000;

/** A body read within its limit, refused for its size, or cut off by the client. */
export type BodyRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large' } | { kind: 'aborted' };

/** A request as Astro's routes see it, or as `node:http` hands it to the server's own routes. */
export type BodySource = Request | IncomingMessage;

function declaredLength(source: BodySource): number {
  const header =
    source instanceof IncomingMessage
      ? source.headers['content-length']
      : source.headers.get('content-length');
  return Number(header ?? NaN);
}

// A node request is read with its own events: wrapping it in a web stream costs more than reading it.
function readNode(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData).off('end', onEnd).off('error', onCut).off('close', onCut);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        // Nothing more is kept; discardBody decides how much more is read.
        req.pause();
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      finish({ kind: 'ok', bytes: Buffer.concat(chunks, total) });
    };
    // The client went away before the end ('close' without 'end', or an 'aborted' error).
    const onCut = () => {
      finish({ kind: 'aborted' });
    };
    if (req.readableEnded) {
      onEnd();
      return;
    }
    req.on('data', onData).on('end', onEnd).on('error', onCut).on('close', onCut);
  });
}

/**
 * Reads a request body while counting bytes and stops keeping it as soon as it passes `limit`, so an oversized
 * body is never held in memory. A `Content-Length` above the limit is refused before reading anything.
 */
export async function readBody(source: BodySource, limit = BODY_LIMIT): Promise<BodyRead> {
  const declared = declaredLength(source);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-large' };
  if (source instanceof IncomingMessage) return readNode(source, limit);
  const body = source.body;
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
  if (source instanceof IncomingMessage) {
    discardNode(source);
    return;
  }
  const body = source instanceof ReadableStream || source === null ? source : source.body;
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

const discarding = new WeakSet<IncomingMessage>();

function discardNode(req: IncomingMessage): void {
  if (req.readableEnded || req.destroyed || discarding.has(req)) return;
  discarding.add(req);
  let dropped = 0;
  const timer = setTimeout(() => {
    req.destroy();
  }, DISCARD_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.byteLength;
    // Past the cap nothing more is read, but the connection is cut only at the deadline: cut at once, the reset
    // could reach a client busy sending before it has read its 413, and take the answer with it.
    if (dropped > DISCARD_LIMIT) req.pause();
  });
  req.once('close', () => {
    clearTimeout(timer);
  });
  req.resume();
}
