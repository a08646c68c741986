import type { Clock, EffectDispatcher, OutboxRecord, TimerOutcome, TimerRecord } from '@yilin/runtime';

export interface EffectWorkers {
  /** Throws when the attempt failed; `finalAttempt` makes the failure permanent (visible to admins). */
  processOutbox(messageId: string, finalAttempt: boolean): Promise<unknown>;
  fireTimer(timerId: string): Promise<TimerOutcome>;
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

  dispatch(effects: { outbox: OutboxRecord[]; timers: TimerRecord[]; cancelledTimerIds: string[] }): void {
    void this.enqueue(effects.outbox.map((m) => m.id), effects.timers).catch(() => undefined);
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
