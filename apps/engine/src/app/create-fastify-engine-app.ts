import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

import type { EngineConfig } from '@engine/config/engine-config';
import { recordFinishedRequest } from '@engine/health/http-metrics';
import { MetricsService } from '@engine/health/metrics.service';

import { type EngineAppOptions, engineLogger, engineModule, useEngineLayers } from './engine-app-layers';
import { readBodiesAsExpressDoes } from './fastify-json-body';

/**
 * The engine's API served by Fastify instead of Express, for the benchmark to weigh the two on the same
 * routes: the same modules, guards, exception filter, request ids, security headers and JSON body rules.
 * `main.ts` does not use it, and cannot: the web app, the API docs, the queue dashboard (bull-board) and
 * attachment uploads (multer) are built on Express and are not served here.
 */
export async function createFastifyEngineApp(
  config: EngineConfig,
  options: EngineAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = engineLogger(config);
  // X-Forwarded-For decides the address sign-in limits count by: believed only from the proxies configured.
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy });
  const app = await NestFactory.create<NestFastifyApplication>(engineModule(config, options), adapter, {
    bodyParser: false,
    logger,
  });
  readBodiesAsExpressDoes(adapter);
  const metrics = app.get(MetricsService);
  adapter.getInstance().addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith('/api')) return;
    recordFinishedRequest(metrics, {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
  });
  useEngineLayers(app, config, Boolean(logger));
  return app;
}
