import { Inject, Injectable, Logger } from '@nestjs/common';

import { type Clock, InstanceStore } from '@yilin/runtime';
import { CLOCK } from '@engine/config/engine-config';

import { EffectQueue } from './effect-queue';

const SWEEP_INTERVAL_MS = 5000;
/** Messages younger than this are still on their way from the request that wrote them. */
const OUTBOX_GRACE_MS = 3000;
const TIMER_HORIZON_MS = 60_000;
const BATCH = 1000;
/**
 * Work still pending this long after it was due is looked at one by one: its queue entry may be one that
 * never runs. Longer than a busy queue's normal wait, so healthy backlogs are not inspected.
 */
const OVERDUE_MS = 30_000;
const OVERDUE_CHECKS_PER_SWEEP = 200;

/**
 * Finds durable work that no queue holds — after a crash, a Redis restart, or timers too far ahead to
 * schedule at once — and enqueues it again. Safe to run in every worker process.
 */
@Injectable()
export class EffectSweeper {
  private readonly logger = new Logger(EffectSweeper.name);
  private handle: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly store: InstanceStore,
    private readonly queue: EffectQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  start(): void {
    void this.sweep(true);
    this.handle = setInterval(() => void this.sweep(false), SWEEP_INTERVAL_MS);
    this.handle.unref();
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
  }

  /** One pass; `everything` at start also reschedules every pending timer, however far ahead. */
  async sweep(everything: boolean): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const now = this.clock.now().getTime();
      const messages = await this.store.listOutbox({
        status: 'pending',
        createdBefore: new Date(now - (everything ? 0 : OUTBOX_GRACE_MS)),
        limit: BATCH,
      });
      const timers = await this.store.listPendingTimers({
        dueBefore: everything ? undefined : new Date(now + TIMER_HORIZON_MS),
        limit: everything ? 100_000 : BATCH * 10,
      });
      // Each piece of work goes one way: the oldest overdue ones are checked and requeued, the rest enqueued.
      const overdue = (at: Date) => at.getTime() < now - OVERDUE_MS;
      const checkedMessages = new Set(messages.filter((m) => overdue(m.createdAt)).slice(0, OVERDUE_CHECKS_PER_SWEEP));
      const checkedTimers = new Set(timers.filter((t) => overdue(t.dueAt)).slice(0, OVERDUE_CHECKS_PER_SWEEP));
      await this.queue.requeueOverdue([...checkedMessages].map((m) => m.id), [...checkedTimers]);
      await this.queue.enqueue(
        messages.filter((m) => !checkedMessages.has(m)).map((m) => m.id),
        timers.filter((t) => !checkedTimers.has(t)),
      );
    } catch (error) {
      this.logger.warn(`Sweep failed, will retry: ${String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
