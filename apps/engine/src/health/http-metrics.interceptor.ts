import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { finalize, type Observable } from 'rxjs';

import { MetricsService } from './metrics.service';

@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    // The route as declared, `:id` and all: Express keeps it in `route.path`, Fastify in `routeOptions.url`.
    const { routeOptions } = request as { routeOptions?: { url?: string } };
    const route = (request.route as { path?: string } | undefined)?.path ?? routeOptions?.url ?? 'unmatched';
    const stop = this.metrics.httpDuration.startTimer({ method: request.method, route });
    return next.handle().pipe(
      finalize(() => {
        stop();
        const status = String(http.getResponse<Response>().statusCode);
        this.metrics.httpRequests.inc({ method: request.method, route, status });
      }),
    );
  }
}
