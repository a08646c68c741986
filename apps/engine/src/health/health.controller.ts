import { timingSafeEqual } from 'node:crypto';

import { Controller, ForbiddenException, Get, Header, Inject, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { HealthDto, HealthWarning } from '@yilin/contracts';
import { Type } from 'typebox';
import { HealthSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { bearerTokenOf } from '@engine/auth/bearer-token.util';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { RegistrationSettingsService } from '@engine/enterprises/registration-settings.service';
import { EffectQueue } from '@engine/jobs/effect-queue';

import { DatabaseProbe } from './database-probe';
import { MetricsService } from './metrics.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly queue: EffectQueue,
    private readonly metrics: MetricsService,
    private readonly probe: DatabaseProbe,
    private readonly registrationSettings: RegistrationSettingsService,
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
  ) {}

  /** 200 when the database answers, 503 otherwise; a queue outage degrades but does not stop the API. */
  @Operation({ summary: 'Whether the engine can work: 200 when the database answers, 503 otherwise', response: HealthSchema })
  @Get('health')
  @Access('public')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const [dbUp, queue] = await Promise.all([this.probe.answers(), this.queue.health()]);
    const body: HealthDto = {
      status: dbUp && queue.status === 'up' ? 'ok' : 'degraded',
      db: { status: dbUp ? 'up' : 'down', driver: this.db.driver },
      queue,
      warnings: dbUp ? await this.warnings() : [],
    };
    if (!dbUp) reply.status(503);
    return body;
  }

  /** Prometheus metrics: for admins, or a scraper sending METRICS_TOKEN as its bearer token. */
  @Operation({
    summary: 'Prometheus metrics, for admins or a scraper sending METRICS_TOKEN as its bearer token',
    produces: { 'text/plain': Type.String() },
  })
  @Get('metrics')
  @Access('public')
  @ApiBearerAuth()
  @Header('Cache-Control', 'no-store')
  async prometheus(@CurrentUser() user: SessionUser | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!user?.roles.includes('admin') && !this.isMetricsScraper(request)) {
      if (user) throw new ForbiddenException('Metrics are for administrators');
      throw new UnauthorizedException('Metrics need an administrator’s session or the metrics token');
    }
    await reply.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }

  private isMetricsScraper(request: FastifyRequest): boolean {
    const expected = this.config.metricsToken;
    const given = bearerTokenOf(request);
    if (!expected || !given) return false;
    const [a, b] = [Buffer.from(given), Buffer.from(expected)];
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private async warnings(): Promise<HealthWarning[]> {
    const calendarCoverage = await this.registrationSettings.coverageForProbe();
    if (!calendarCoverage.warn) return [];
    const year = calendarCoverage.nextYear;
    return [
      {
        code: 'HOLIDAYS_MISSING',
        message: {
          zh: `节假日日历尚无 ${year} 年的数据：请管理员按国务院办公厅通知录入放假与调休安排`,
          en: `The holiday calendar has no data for ${year}: an admin should enter its holidays and make-up working days`,
        },
        details: { year },
      },
    ];
  }

}
