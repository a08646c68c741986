import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';

import type { EngineConfig } from '@engine/config/engine-config';

import { currentRequestId } from './request-context';

// Nest lists every module and route it wires at start; the line saying where Yilin runs got lost among them.
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);
const LEVELS: LogLevel[] = ['log', 'warn', 'error', 'fatal'];

/**
 * The engine's log: coloured text for people, or with `LOG_FORMAT=json` one JSON object per line for a
 * log collector, each line written while serving a request carrying that request's id.
 */
export class EngineLogger extends ConsoleLogger {
  constructor(format: EngineConfig['logFormat']) {
    super({ logLevels: LEVELS, json: format === 'json' });
  }

  override log(message: unknown, context?: string): void {
    if (context && WIRING_CONTEXTS.has(context)) return;
    super.log(message, context);
  }

  protected override getJsonLogObject(message: unknown, options: Parameters<ConsoleLogger['getJsonLogObject']>[1]) {
    const requestId = currentRequestId();
    return { ...super.getJsonLogObject(message, options), ...(requestId ? { requestId } : {}) };
  }
}

const access = new Logger('HTTP');

/**
 * With JSON logs, one line per answered request: method, path, status and time taken. Express and Fastify's
 * middleware engine both keep the URL as it arrived in `originalUrl`.
 */
export function accessLog(req: IncomingMessage & { originalUrl: string }, res: ServerResponse, next: () => void): void {
  const started = performance.now();
  // Bound here so the line keeps the request's id however the response's end is scheduled.
  res.on(
    'finish',
    AsyncResource.bind(() => {
      access.log({
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    }),
  );
  next();
}
