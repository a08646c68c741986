import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { type Clock, InstanceStore, OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';
import { CLOCK, ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

import { BullEffectQueue } from './bull-effect-queue';
import { EffectQueue } from './effect-queue';
import { EffectSweeper } from './effect-sweeper.service';
import { fireTimersDueBy } from './timers/due-timers';
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
    private readonly store: InstanceStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    const timers = new TimerBatches(this.runtime);
    this.queue.attach({
      processOutbox: (id, finalAttempt) => this.outbox.process(id, finalAttempt),
      // The notices a burst of timers raises are enqueued after it, not between its batches.
      fireTimer: (id) => this.queue.holdingDispatches(() => timers.fire(id)),
      fireDueTimers: async (moment) => {
        await this.queue.holdingDispatches(() => fireTimersDueBy(moment, this.clock.now(), this.store, (id) => timers.fire(id)));
      },
    });
    if (this.queue instanceof BullEffectQueue) this.queue.startWorkers();
    this.sweeper.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.sweeper.stop();
    await this.queue.close();
  }
}
