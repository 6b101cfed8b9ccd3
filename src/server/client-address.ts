import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's own with `trustProxy` 0, else the Nth address from the right of
 * `X-Forwarded-For` (the one the Nth proxy saw), falling back to the socket's when the header is shorter.
 */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - trustProxy] ?? socketAddress;
}
