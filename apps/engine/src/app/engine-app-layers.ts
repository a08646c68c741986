import type { DynamicModule, INestApplication } from '@nestjs/common';
import helmet from 'helmet';

import type { Clock } from '@yilin/runtime';
import type { EngineConfig } from '@engine/config/engine-config';
import { AllExceptionsFilter } from '@engine/common/errors/all-exceptions.filter';
import { accessLog, EngineLogger } from '@engine/common/logging/engine-logger';
import { requestIds } from '@engine/common/logging/request-context';
import type { RuntimeModuleOptions } from '@engine/runtime/runtime.module';

import { AppModule } from './app.module';

export interface EngineAppOptions extends RuntimeModuleOptions {
  clock?: Clock;
}

export const engineModule = (config: EngineConfig, options: EngineAppOptions): DynamicModule =>
  AppModule.forRoot(config, { definitions: options.definitions }, options.clock);

export const engineLogger = (config: EngineConfig): EngineLogger | false =>
  config.logLevel === 'silent' ? false : new EngineLogger(config.logFormat);

/**
 * What every request meets before a route, whichever HTTP adapter serves the engine: an id, the access log,
 * the security headers; and the API under `/api` with its errors in one shape. Bodies are the adapter's to read.
 */
export function useEngineLayers(app: INestApplication, config: EngineConfig, logged: boolean): void {
  app.enableShutdownHooks();
  app.use(requestIds);
  if (logged && config.logFormat === 'json') app.use(accessLog);
  // The form validator (AJV, shared with the engine so both agree) compiles schemas to functions in the
  // browser, which needs 'unsafe-eval'; inline scripts stay forbidden.
  // HSTS and upgrade-insecure-requests only where HTTPS is served: on a plain-HTTP LAN install they break
  // every page after the first (the browser insists on https:// that nothing answers).
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-eval'"],
          'upgrade-insecure-requests': config.servesHttps ? [] : null,
        },
      },
      strictTransportSecurity: config.servesHttps,
    }),
  );
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllExceptionsFilter(app.getHttpAdapter()));
}
