import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';
import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

import { BullEffectQueue } from './bull-effect-queue';
import { EffectQueue } from './effect-queue';
import { EffectSweeper } from './effect-sweeper.service';
import { TimerBatches } from './timers/timer-batches';

/** In the `worker` and `all` roles: consume the queues and sweep for lost work. */
@Injectable()
export class EffectWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
    private readonly queue: EffectQueue,
    private readonly sweeper: EffectSweeper,
    private readonly outbox: OutboxProcessor,
    private readonly runtime: WorkflowRuntime,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    const timers = new TimerBatches(this.runtime);
    this.queue.attach({
      processOutbox: (id, finalAttempt) => this.outbox.process(id, finalAttempt),
      fireTimer: (id) => timers.fire(id),
    });
    if (this.queue instanceof BullEffectQueue) this.queue.startWorkers();
    this.sweeper.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.sweeper.stop();
    await this.queue.close();
  }
}
