import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';

import type { EngineConfig } from '@engine/config/engine-config';
import { BODY_LIMIT, jsonBodyRefusals } from '@engine/common/http/json-body-refusals';
import { nestsDeeperThan } from '@engine/common/http/json-depth.util';
import { expressHttpMetrics } from '@engine/health/http-metrics';
import { MetricsService } from '@engine/health/metrics.service';
import { mountQueueDashboard } from '@engine/jobs/queue-dashboard';

import { type EngineAppOptions, engineLogger, engineModule, useEngineLayers } from './engine-app-layers';
import { buildOpenApiDocument } from './openapi-document';

/** The engine as an HTTP application: used by `main.ts`, the tests and the benchmark alike. */
export async function createEngineApp(
  config: EngineConfig,
  options: EngineAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = engineLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(engineModule(config, options), {
    bodyParser: false,
    logger,
  });
  app.disable('x-powered-by');
  // X-Forwarded-For decides the address sign-in limits count by: believed only from the proxies configured.
  app.set('trust proxy', config.trustProxy);
  app.use(expressHttpMetrics(app.get(MetricsService)));
  useEngineLayers(app, config, Boolean(logger));
  app.use(express.json({ limit: BODY_LIMIT, strict: true, verify: refuseDeepJson }));
  app.use(bodyParserErrors);

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app));

  if (config.redisUrl) mountQueueDashboard(app);
  serveWebApp(app, config.webDist);
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

/** The production build of the web app, when present, at `/`, with client-side routes falling back. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
