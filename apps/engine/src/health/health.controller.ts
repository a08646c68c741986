import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { HealthDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { EffectQueue } from '@engine/jobs/effect-queue';

import { MetricsService } from './metrics.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly queue: EffectQueue,
    private readonly metrics: MetricsService,
  ) {}

  /** 200 when the database answers, 503 otherwise; a queue outage degrades but does not stop the API. */
  @Get('health')
  @Access('public')
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const [dbUp, queue] = await Promise.all([this.databaseAnswers(), this.queue.health()]);
    const body: HealthDto = {
      status: dbUp && queue.status === 'up' ? 'ok' : 'degraded',
      db: { status: dbUp ? 'up' : 'down', driver: this.db.driver },
      queue,
    };
    if (!dbUp) response.status(503);
    return body;
  }

  @Get('metrics')
  @Access('public')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await Promise.race([
        this.db.probe(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
