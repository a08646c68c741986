import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

import type { EngineConfig } from '@engine/config/engine-config';
import { BODY_LIMIT, jsonBodyRefusals } from '@engine/common/http/json-body-refusals';
import { nestsDeeperThan } from '@engine/common/http/json-depth.util';
import { expressHttpMetrics } from '@engine/health/http-metrics';
import { MetricsService } from '@engine/health/metrics.service';

import { type EngineAppOptions, engineLogger, engineModule, useEngineLayers } from './engine-app-layers';

/**
 * The engine's JSON API served by Express instead of Fastify, for the benchmark to weigh the two on the same
 * routes: the same modules, guards, exception filter, request ids, security headers and JSON body rules.
 * `main.ts` does not use it: the web app, the API docs, the queue dashboard and uploads are served on Fastify.
 */
export async function createExpressEngineApp(
  config: EngineConfig,
  options: EngineAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = engineLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(engineModule(config, options), {
    bodyParser: false,
    logger,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(expressHttpMetrics(app.get(MetricsService)));
  useEngineLayers(app, config, Boolean(logger));
  app.use(express.json({ limit: BODY_LIMIT, strict: true, verify: refuseDeepJson }));
  app.use(bodyParserErrors);
  return app;
}

const TOO_DEEP = 'entity.too.deep';

function refuseDeepJson(_req: Request, _res: Response, body: Buffer): void {
  if (nestsDeeperThan(body)) throw Object.assign(new Error('JSON nested too deep'), { status: 400, type: TOO_DEEP });
}

/** Malformed, oversized or absurdly nested JSON never reaches a controller; answer it in the common error shape. */
function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (type === 'entity.too.large') {
    res.status(413).json(jsonBodyRefusals.tooLarge());
  } else if (type === TOO_DEEP) {
    res.status(400).json(jsonBodyRefusals.tooDeep());
  } else if (status && status >= 400 && status < 500) {
    res.status(status).json(jsonBodyRefusals.malformed(status));
  } else {
    next(error);
  }
}
