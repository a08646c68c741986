import { Module } from '@nestjs/common';

import { EnterprisesModule } from '@engine/enterprises/enterprises.module';

import { DatabaseProbe } from './database-probe';
import { HealthController } from './health.controller';
import { MetricsService } from './metrics.service';

@Module({
  imports: [EnterprisesModule],
  controllers: [HealthController],
  providers: [MetricsService, DatabaseProbe],
  exports: [MetricsService],
})
export class HealthModule {}
