import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

const requests = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request the current code runs for, if any (log lines carry it). */
export const currentRequestId = (): string | undefined => requests.getStore()?.requestId;

// A proxy's id is kept so one request can be followed across hops; anything else gets a fresh one.
const FORWARDED_ID = /^[\w.:-]{8,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the proxy's `X-Request-Id` when it sent a sane one), answers with it in
 * `X-Request-Id`, and keeps it for everything the request runs, down to the log lines it writes.
 */
export function requestIds(req: Request, res: Response, next: NextFunction): void {
  const forwarded = req.get(REQUEST_ID_HEADER);
  const requestId = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  requests.run({ requestId }, next);
}
