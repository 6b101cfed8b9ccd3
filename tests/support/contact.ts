import http from 'node:http';
import { issueToken } from '../../src/server/contact/token.ts';

/** The secret test servers sign form tokens with (passed as CONTACT_TOKEN_SECRET). */
export const TEST_TOKEN_SECRET = 'Y29udGFjdC10ZXN0LXNlY3JldC0zMi1ieXRlcy1sb25n';

/** A valid time token, made by the module the /contact/ page uses. */
export function validToken(ageSeconds = 10): string {
  return issueToken(TEST_TOKEN_SECRET, Date.now() - ageSeconds * 1000);
}

/** A valid request body's fields. */
export function validFields(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Ada Example', email: 'ada@example.com', consent: true, t: validToken(), ...extra };
}

let clients = 0;
/** A client address no other request in this process used (for X-Forwarded-For with TRUST_PROXY=1). */
export function freshAddress(): string {
  clients += 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

/** Encodes fields as a URL-encoded form body (booleans as the browser would send a ticked box). */
export function formBody(fields: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === true) params.append(key, 'on');
    else if (typeof value === 'string' || typeof value === 'number') params.append(key, String(value));
    else if (typeof value === 'object' && value !== null) params.append(key, JSON.stringify(value));
  }
  return params.toString();
}

/** A raw answer from the server. */
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * POSTs raw bytes with exactly the given headers (no automatic Content-Type, Origin or Content-Length unless
 * `chunked` is false), through node:http so nothing is normalised on the way.
 */
export function rawPost(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
  { chunked = false }: { chunked?: boolean } = {},
): Promise<RawAnswer> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: chunked
          ? { ...headers, 'transfer-encoding': 'chunked' }
          : { ...headers, 'content-length': bytes.length },
        agent: false,
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          });
        });
        response.on('error', reject);
      },
    );
    // A server may answer (413) and close before the whole body is sent, as a browser would see it: the write then
    // fails (EPIPE, ECONNRESET), and the answer already read, or arriving just after, is what counts.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') {
        reject(error);
        return;
      }
      setTimeout(() => {
        if (!answered) reject(error);
      }, 2_000);
    });
    if (chunked) {
      for (let offset = 0; offset < bytes.length; offset += 4096)
        request.write(bytes.subarray(offset, offset + 4096));
      request.end();
    } else {
      request.end(bytes);
    }
  });
}
