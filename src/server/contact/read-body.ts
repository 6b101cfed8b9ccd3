/** The most a contact request body may hold. */
export const BODY_LIMIT = 16 * 1024;

/** A body read within its limit, refused for its size, or cut off by the client. */
export type BodyRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads a request body while counting bytes and stops as soon as it passes `limit`, so an oversized body is
 * never held in memory. A `Content-Length` above the limit is refused before reading anything.
 */
export async function readBody(request: Request, limit = BODY_LIMIT): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-large' };
  if (!request.body) return { kind: 'ok', bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        // Not awaited: cancelling one branch of a cloned (teed) body settles only once the other is cancelled too.
        reader.cancel().catch(() => undefined);
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
