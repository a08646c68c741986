import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';

import type { EngineConfig } from '@engine/config/engine-config';
import { fastifyHttpMetrics } from '@engine/health/http-metrics';
import { MetricsService } from '@engine/health/metrics.service';
import { mountQueueDashboard } from '@engine/jobs/queue-dashboard';

import { type EngineAppOptions, engineLogger, engineModule, useEngineLayers } from './engine-app-layers';
import { readJsonBodies } from './json-bodies';
import { buildOpenApiDocument } from './openapi-document';
import { serveWebApp } from './web-app';

/** Node's own limit on a request's headers, its request line included. */
const MAX_REQUEST_LINE = 16 * 1024;

/**
 * The engine as an HTTP application on Fastify, which the benchmark measured faster than Express on the
 * same routes: used by `main.ts`, the tests and the benchmark alike.
 */
export async function createEngineApp(
  config: EngineConfig,
  options: EngineAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = engineLogger(config);
  // X-Forwarded-For decides the address sign-in limits count by: believed only from the proxies configured.
  // Path parameters as long as a request line may be: a route's own check refuses a wrong id in its words,
  // where Fastify's default (100 characters) would answer 414 before any route saw it.
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, routerOptions: { maxParamLength: MAX_REQUEST_LINE } });
  const app = await NestFactory.create<NestFastifyApplication>(engineModule(config, options), adapter, {
    bodyParser: false,
    logger,
  });
  readJsonBodies(adapter);
  // Uploads stream from the request when a controller asks for them (`request.files()`), never before.
  await app.register(multipart);
  adapter.getInstance().addHook('onResponse', fastifyHttpMetrics(app.get(MetricsService)));
  useEngineLayers(app, config, Boolean(logger));

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app));

  if (config.redisUrl) await mountQueueDashboard(app);
  serveWebApp(app, config.webDist);
  return app;
}

/** Initialises the engine and lets Fastify settle its routes, so requests can reach it before it listens (supertest). */
export async function readyEngineApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
