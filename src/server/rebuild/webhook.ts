import type { IncomingMessage, ServerResponse } from 'node:http';
import { discardBody, readBody } from '../request-body.ts';
import { changedArticleIds } from '../live/live-pages.ts';
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

/**
 * `POST /api/rebuild`: verifies Sanity's signature, then queues a rebuild and answers `202` at once. The articles the
 * body names go to `onChange` with the moment the change arrived (taken before the rebuild is asked for, so that
 * rebuild counts as having read the change): the server shows them live until the build is in (docs/publishing.md).
 * A build this starts waits for the promise `onChange` returns (their live pages rendered), five seconds at most.
 */
export function createRebuildWebhook(
  checker: SignatureChecker,
  rebuilder: Rebuilder,
  onChange: (ids: string[], at: number) => Promise<unknown> | undefined = () => undefined,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      json(res, 405, { error: 'Use POST.' }, { Allow: 'POST' });
      return;
    }
    const read = await readBody(req, WEBHOOK_BODY_LIMIT);
    if (read.kind === 'too-large') {
      discardBody(req);
      json(res, 413, { error: 'The webhook body is over 64 KiB.' }, { Connection: 'close' });
      return;
    }
    if (read.kind === 'aborted') {
      json(res, 400, { error: 'The request body was cut off.' }, { Connection: 'close' });
      return;
    }
    const body = Buffer.from(read.bytes).toString('utf8');
    const verdict = checker.verify(req.headers[SIGNATURE_HEADER], body);
    if (verdict !== 'ok') {
      json(res, 401, { error: MESSAGES[verdict] });
      return;
    }
    const at = Date.now();
    const ids = rebuilder.stopped ? [] : changedArticleIds(body);
    // The live pages first: the build they start waits for them, so it does not slow them down.
    const shown = ids.length ? onChange(ids, at) : undefined;
    const status = rebuilder.request('webhook', shown);
    json(res, 202, { status });
  };
}
