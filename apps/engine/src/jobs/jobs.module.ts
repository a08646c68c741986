import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Queue } from 'bull';

import type { Clock } from '@yilin/runtime';
import { CLOCK, type EngineConfig } from '@engine/config/engine-config';

import { BullEffectQueue } from './bull-effect-queue';
import { EffectQueue } from './effect-queue';
import { EffectSweeper } from './effect-sweeper.service';
import { EffectWorkersService } from './effect-workers.service';
import { FailedJobsController } from './failed-jobs.controller';
import { InProcessEffectQueue } from './in-process-effect-queue';
import { QueueDashboardController } from './queue-dashboard.controller';
import { OUTBOX_QUEUE } from './outbox/outbox.job';
import { TIMERS_QUEUE } from './timers/timer.job';

/**
 * A job running in a process that dies stays "active" in Redis, and the sweeper cannot re-add its id. Bull
 * hands it to another worker once its lock lapses; Bull's defaults (30 s lock, 30 s check) left side
 * effects of a crashed process waiting up to a minute. Workers are idempotent, so a job wrongly thought
 * stalled only runs twice to the same effect — so a job may stall several times before Bull gives up on
 * it (Bull's default is once, after which the sweeper could never re-add its id).
 */
const STALLED_JOB_RECOVERY = { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 10 };

/** Bull on Redis when REDIS_URL is set; otherwise the in-process queue over the same durable rows. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: EngineConfig): DynamicModule {
    const common = {
      module: JobsModule,
      controllers: [FailedJobsController],
      exports: [EffectQueue, EffectSweeper],
    };
    if (!config.redisUrl) {
      return {
        ...common,
        providers: [{ provide: EffectQueue, inject: [CLOCK], useFactory: (clock: Clock) => new InProcessEffectQueue(clock, config.outboxBackoffMs) }, EffectSweeper, EffectWorkersService],
      };
    }
    return {
      ...common,
      controllers: [...common.controllers, QueueDashboardController],
      imports: [
        BullModule.forRoot({ redis: config.redisUrl, prefix: config.queuePrefix, settings: STALLED_JOB_RECOVERY }),
        BullModule.registerQueue({ name: OUTBOX_QUEUE }, { name: TIMERS_QUEUE }),
      ],
      providers: [
        {
          provide: EffectQueue,
          inject: [CLOCK, getQueueToken(OUTBOX_QUEUE), getQueueToken(TIMERS_QUEUE)],
          useFactory: (clock: Clock, outbox: Queue, timers: Queue) => new BullEffectQueue(clock, config.outboxBackoffMs, outbox, timers),
        },
        EffectSweeper,
        EffectWorkersService,
      ],
    };
  }
}
