import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { EnterprisesModule } from '@engine/enterprises/enterprises.module';

import { DatabaseProbe } from './database-probe';
import { HealthController } from './health.controller';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsService } from './metrics.service';

@Module({
  imports: [EnterprisesModule],
  controllers: [HealthController],
  providers: [MetricsService, DatabaseProbe, { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor }],
})
export class HealthModule {}
