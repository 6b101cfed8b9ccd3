import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { pickEncoding } from './static-files.ts';

/** Paths whose HTML is never compressed: staff pages (a session's secrets), previews, the server's own renders. */
const UNCOMPRESSED = /^\/(staff|preview|internal|es\/staff|es\/preview)(\/|$)/;

/** Below this many bytes compressing saves less than it costs. */
const MIN_BYTES = 1024;

/**
 * Compresses the HTML a server-rendered page answers with (brotli or gzip, as the reader's browser accepts), as
 * the static files are (src/server/static-files.ts): the contact page went out uncompressed, three times the bytes
 * on a slow phone connection before anything could be painted. Call before the page is rendered; it buffers that
 * one answer (pages are small) and leaves anything but HTML, an answer already encoded, and HEAD requests as they
 * are. Only for pages that hold no secret a reader could probe for by reflecting text into the same answer (the
 * contact form's token is random on every answer), never the staff pages.
 */
export function compressHtml(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (UNCOMPRESSED.test(path)) return;
  const encoding = req.method === 'GET' ? pickEncoding(req.headers['accept-encoding']) : null;
  if (!encoding) return;
  res.setHeader('Vary', 'Accept-Encoding');
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let head: { status: number; headers: OutgoingHttpHeaders | undefined } | undefined;
  const chunks: Buffer[] = [];
  let passThrough = false;

  const header = (name: string) => {
    const given = Object.entries(head?.headers ?? {}).find(([key]) => key.toLowerCase() === name);
    return given ? given[1] : res.getHeader(name);
  };
  const decide = (): boolean =>
    /^text\/html\b/i.test(String(header('content-type') ?? '')) && header('content-encoding') === undefined;
  const flushHead = () => {
    if (head) writeHead(head.status, head.headers);
    head = undefined;
  };

  res.writeHead = (status: number, reasonOrHeaders?: unknown, maybeHeaders?: unknown) => {
    const headers = (typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders) as
      OutgoingHttpHeaders | undefined;
    head = { status, headers };
    if (!decide()) {
      passThrough = true;
      flushHead();
    }
    return res;
  };

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    // Written before any head (Node then sends its own): nothing is held back.
    if (!head) passThrough = true;
    if (passThrough) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (passThrough || !head) {
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    }
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    const body = Buffer.concat(chunks);
    if (body.length >= MIN_BYTES) {
      const compressed =
        encoding === 'br'
          ? zlib.brotliCompressSync(body, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : zlib.gzipSync(body, { level: 6 });
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', compressed.length);
      if (head.headers)
        head.headers = Object.fromEntries(
          Object.entries(head.headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
        );
      flushHead();
      return end(compressed);
    }
    flushHead();
    return end(body);
  }) as typeof res.end;
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}
