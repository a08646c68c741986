import type { Clock, EffectDispatcher, OutboxRecord, TimerOutcome, TimerRecord } from '@yilin/runtime';

export interface EffectWorkers {
  /** Throws when the attempt failed; `finalAttempt` makes the failure permanent (visible to admins). */
  processOutbox(messageId: string, finalAttempt: boolean): Promise<unknown>;
  fireTimer(timerId: string): Promise<TimerOutcome>;
  /** Fires every pending timer due by `moment`; throws when some could not fire yet, to be tried again. */
  fireDueTimers(moment: Date): Promise<void>;
}

export interface QueueHealth {
  status: 'up' | 'down';
  driver: 'bull' | 'in-process';
}

/** How often an outbox message is tried before it is marked failed. */
export const OUTBOX_ATTEMPTS = 5;

/**
 * Delivers outbox messages and fires timers: Bull on Redis across processes, or in-process for the
 * embedded default. Deliveries are at-least-once; workers are idempotent, so each is once in effect.
 */
export abstract class EffectQueue implements EffectDispatcher {
  protected workers: EffectWorkers | null = null;
  /** Work committed during this turn of the event loop, enqueued together at its end. */
  private dispatched: { messageIds: string[]; timers: TimerRecord[] } | null = null;
  /** Callers of `holdingDispatches` still running. */
  private holding = 0;
  /** The longest a dispatch is held: a long run of timers still lets its notices out as it goes. */
  protected maxHoldMs = 2000;

  /**
   * Delays are measured on the runtime's clock, which decides when a timer is due; `backoffMs` is the
   * first retry delay of a failed outbox message, doubling after.
   */
  constructor(
    protected readonly clock: Clock,
    protected readonly backoffMs: number,
  ) {}

  /** Gives the queue its workers; a process in the `api` role never calls this and only enqueues. */
  attach(workers: EffectWorkers): void {
    this.workers = workers;
  }

  /**
   * Steps committed in the same turn (a batch of timers fires hundreds at once) share one enqueue: the
   * queue's cost is per call as much as per job. A lost enqueue is found again by the sweeper.
   */
  dispatch(effects: { outbox: OutboxRecord[]; timers: TimerRecord[]; cancelledTimerIds: string[] }): void {
    if (!this.dispatched) {
      const dispatched = { messageIds: [] as string[], timers: [] as TimerRecord[] };
      this.dispatched = dispatched;
      if (!this.holding) setImmediate(() => this.enqueueDispatched());
      // Held no longer than this, however long the holders run.
      else setTimeout(() => this.dispatched === dispatched && this.enqueueDispatched(), this.maxHoldMs).unref();
    }
    this.dispatched.messageIds.push(...effects.outbox.map((m) => m.id));
    this.dispatched.timers.push(...effects.timers);
  }

  /**
   * Runs `work` with what it dispatches held back, enqueued in one call once the last holder is done (or
   * after `maxHoldMs`): a burst of due timers fires first, and the notices it raises follow it instead of
   * taking the engine's thread from it. Held work is in the database already; the sweeper takes it if the
   * process dies.
   */
  async holdingDispatches<T>(work: () => Promise<T>): Promise<T> {
    this.holding += 1;
    try {
      return await work();
    } finally {
      this.holding -= 1;
      if (!this.holding && this.dispatched) this.enqueueDispatched();
    }
  }

  private enqueueDispatched(): void {
    const dispatched = this.dispatched;
    this.dispatched = null;
    if (dispatched) void this.enqueue(dispatched.messageIds, dispatched.timers).catch(() => undefined);
  }

  abstract enqueue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void>;
  /**
   * Work that should have run long ago: enqueues it again, replacing any entry the queue holds for it
   * that can no longer run. Entries waiting, delayed or being worked on are left alone.
   */
  abstract requeueOverdue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void>;
  /** Re-runs a message an admin retried (its row is already pending again). */
  abstract retry(messageId: string): Promise<void>;
  abstract health(): Promise<QueueHealth>;
  abstract close(): Promise<void>;
}
