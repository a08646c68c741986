import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';

import type { Clock } from '@yilin/runtime';
import type { EngineConfig } from '@engine/config/engine-config';
import { AllExceptionsFilter } from '@engine/common/errors/all-exceptions.filter';
import { errorBody } from '@engine/common/errors/error-body';
import { accessLog, EngineLogger } from '@engine/common/logging/engine-logger';
import { requestIds } from '@engine/common/logging/request-context';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '@engine/common/http/json-depth.util';
import { mountQueueDashboard } from '@engine/jobs/queue-dashboard';
import type { RuntimeModuleOptions } from '@engine/runtime/runtime.module';

import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi-document';

/** Largest JSON body accepted; larger ones get 413. */
export const BODY_LIMIT = '1mb';

/** The engine as an HTTP application: used by `main.ts`, the tests and the benchmark alike. */
export interface EngineAppOptions extends RuntimeModuleOptions {
  clock?: Clock;
}

export async function createEngineApp(
  config: EngineConfig,
  options: EngineAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = config.logLevel === 'silent' ? false : new EngineLogger(config.logFormat);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { definitions: options.definitions }, options.clock), {
    bodyParser: false,
    logger,
  });
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // X-Forwarded-For decides the address sign-in limits count by: believed only from the proxies configured.
  app.set('trust proxy', config.trustProxy);
  app.use(requestIds);
  if (logger && config.logFormat === 'json') app.use(accessLog);
  // The form validator (AJV, shared with the engine so both agree) compiles schemas to functions in the
  // browser, which needs 'unsafe-eval'; inline scripts stay forbidden.
  // HSTS and upgrade-insecure-requests only where HTTPS is served: on a plain-HTTP LAN install they break
  // every page after the first (the browser insists on https:// that nothing answers).
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-eval'"], 'upgrade-insecure-requests': config.servesHttps ? [] : null },
      },
      strictTransportSecurity: config.servesHttps,
    }),
  );
  app.use(express.json({ limit: BODY_LIMIT, strict: true, verify: refuseDeepJson }));
  app.use(bodyParserErrors);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllExceptionsFilter());

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
    res.status(413).json(errorBody(413, `The request body is larger than ${BODY_LIMIT}`, { code: 'PAYLOAD_TOO_LARGE' }));
  } else if (type === TOO_DEEP) {
    res.status(400).json(errorBody(400, `The request body nests more than ${MAX_JSON_DEPTH} levels deep`, { code: 'JSON_TOO_DEEP' }));
  } else if (status && status >= 400 && status < 500) {
    res.status(status).json(errorBody(status, 'The request body is not valid JSON', { code: 'MALFORMED_JSON' }));
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
