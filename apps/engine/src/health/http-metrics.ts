import type { IncomingMessage, ServerResponse } from 'node:http';

import type { FastifyReply, FastifyRequest } from 'fastify';

import type { MetricsService } from './metrics.service';

export interface FinishedRequest {
  method: string;
  /** The route as declared, `:id` and all; `unmatched` when no route took it. */
  route: string;
  status: number;
  seconds: number;
}

/**
 * Counts and times every API request once its answer is sent, by its declared route and final status:
 * refusals by the guard and errors turned into answers by the exception filter are counted as they were
 * answered. Kept out of Nest's interceptors, whose per-request machinery cost a few percent of an event.
 */
export function recordFinishedRequest(metrics: MetricsService, request: FinishedRequest): void {
  const labels = { method: request.method, route: request.route };
  metrics.httpDuration.observe(labels, request.seconds);
  metrics.httpRequests.inc({ ...labels, status: String(request.status) });
}

type ExpressRequest = IncomingMessage & { originalUrl: string; route?: { path?: string } };

/** Express middleware recording each API request as it finishes. */
export function expressHttpMetrics(metrics: MetricsService) {
  return (req: ExpressRequest, res: ServerResponse, next: () => void): void => {
    if (!req.originalUrl.startsWith('/api')) return next();
    const started = performance.now();
    res.once('finish', () =>
      recordFinishedRequest(metrics, {
        method: req.method ?? 'GET',
        route: req.route?.path ?? 'unmatched',
        status: res.statusCode,
        seconds: (performance.now() - started) / 1000,
      }),
    );
    next();
  };
}

/** Fastify `onResponse` hook recording each API request as its answer is sent. */
export function fastifyHttpMetrics(metrics: MetricsService) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!request.url.startsWith('/api')) return;
    recordFinishedRequest(metrics, {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
  };
}
