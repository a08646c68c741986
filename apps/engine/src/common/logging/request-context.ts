import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const requests = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request the current code runs for, if any (log lines carry it). */
export const currentRequestId = (): string | undefined => requests.getStore()?.requestId;

// A proxy's id is kept so one request can be followed across hops; anything else gets a fresh one.
const FORWARDED_ID = /^[\w.:-]{8,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the proxy's `X-Request-Id` when it sent a sane one), answers with it in
 * `X-Request-Id`, and keeps it for everything the request runs, down to the log lines it writes. It needs only
 * Node's own request and response, so it runs as middleware on Express and on Fastify alike.
 */
export function requestIds(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const forwarded = req.headers['x-request-id'];
  const requestId = typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  requests.run({ requestId }, next);
}
