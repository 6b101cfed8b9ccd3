import net from 'node:net';

/** An answer read off the wire: status, reason phrase, headers (lower-case names) and body. */
export interface WireAnswer {
  status: number;
  reason: string;
  headers: Map<string, string[]>;
  body: string;
}

/**
 * Sends one request exactly as written (method, target, Host and every header byte for byte) over a fresh
 * connection and reads the whole answer. Nothing is normalised on the way: no URL parsing, no added headers except
 * `Connection: close` (and `Content-Length` when a body is given).
 */
export function wireRequest(
  url: string,
  {
    method = 'GET',
    target = '/',
    host,
    headers = [],
    body,
  }: {
    method?: string;
    target?: string;
    /** The Host header's value; `null` sends none. Default: the server's own host and port. */
    host?: string | null;
    headers?: [string, string][];
    body?: string;
  } = {},
): Promise<WireAnswer> {
  const { hostname, port, host: ownHost } = new URL(url);
  const lines = [`${method} ${target} HTTP/1.1`];
  const hostValue = host === undefined ? ownHost : host;
  if (hostValue !== null) lines.push(`Host: ${hostValue}`);
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  lines.push('Connection: close', '', body ?? '');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = raw.slice(0, split === -1 ? raw.length : split).split('\r\n');
      const match = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(statusLine);
      if (!match) {
        reject(new Error(`no HTTP answer to ${method} ${target}: ${JSON.stringify(raw.slice(0, 200))}`));
        return;
      }
      const parsed = new Map<string, string[]>();
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        parsed.set(name, [...(parsed.get(name) ?? []), line.slice(colon + 1).trim()]);
      }
      resolve({
        status: Number(match[1]),
        reason: match[2] ?? '',
        headers: parsed,
        body: split === -1 ? '' : raw.slice(split + 4),
      });
    });
    // Written, not ended: a half-closed connection may be dropped before a slower answer is sent.
    socket.write(lines.join('\r\n'), 'latin1');
  });
}

/** The first value of a header in a wire answer. */
export function header(answer: WireAnswer, name: string): string | undefined {
  return answer.headers.get(name.toLowerCase())?.[0];
}
