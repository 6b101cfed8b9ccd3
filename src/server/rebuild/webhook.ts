import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody } from '../read-body.ts';
import type { Rebuilder } from './rebuilder.ts';
import { SIGNATURE_HEADER, type SignatureChecker } from './signature.ts';

/** Largest webhook body accepted. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

const MESSAGES = {
  missing: 'The request has no Sanity webhook signature.',
  malformed: 'The Sanity webhook signature is malformed.',
  wrong: 'The Sanity webhook signature does not match.',
  stale: 'The Sanity webhook signature is older than 5 minutes.',
  replayed: 'This signed request was already received.',
} as const;

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify(body));
}

/** `POST /api/rebuild`: verifies Sanity's signature, then queues a rebuild and answers `202` at once. */
export function createRebuildWebhook(checker: SignatureChecker, rebuilder: Rebuilder) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      json(res, 405, { error: 'Use POST.' }, { Allow: 'POST' });
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, WEBHOOK_BODY_LIMIT);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        json(res, 413, { error: 'The webhook body is over 64 KiB.' }, { Connection: 'close' });
        return;
      }
      throw error;
    }
    const verdict = checker.verify(req.headers[SIGNATURE_HEADER], body.toString('utf8'));
    if (verdict !== 'ok') {
      json(res, 401, { error: MESSAGES[verdict] });
      return;
    }
    const status = rebuilder.request('webhook');
    json(res, 202, { status });
  };
}
