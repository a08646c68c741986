import { Logger } from '@nestjs/common';

import type { TimerRecord } from '@yilin/runtime';

import { EffectQueue, OUTBOX_ATTEMPTS, type QueueHealth } from './effect-queue';

// setTimeout cannot wait longer than ~24.8 days; later timers are picked up by the sweeper instead.
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The embedded default's queue: outbox messages run with exponential backoff in this process, timers
 * with setTimeout. Nothing here is the source of truth: the durable rows are, and the sweeper re-enqueues
 * what a crash lost.
 */
export class InProcessEffectQueue extends EffectQueue {
  private readonly logger = new Logger('InProcessQueue');
  private readonly inFlight = new Set<string>();
  private readonly handles = new Map<string, NodeJS.Timeout>();
  private closed = false;

  async enqueue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void> {
    messageIds.forEach((id) => this.runMessage(id, 1));
    timers.forEach((timer) => this.scheduleTimer(timer.id, timer.dueAt));
  }

  /** Entries here live and die with the process, so none can outlive its work: enqueuing is enough. */
  async requeueOverdue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void> {
    await this.enqueue(messageIds, timers);
  }

  async retry(messageId: string): Promise<void> {
    this.runMessage(messageId, 1);
  }

  async health(): Promise<QueueHealth> {
    return { status: 'up', driver: 'in-process' };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handles.forEach((handle) => clearTimeout(handle));
    this.handles.clear();
  }

  private runMessage(id: string, attempt: number): void {
    const key = `outbox:${id}`;
    if (this.closed || !this.workers || (attempt === 1 && this.inFlight.has(key))) return;
    this.inFlight.add(key);
    const finalAttempt = attempt >= OUTBOX_ATTEMPTS;
    this.workers.processOutbox(id, finalAttempt).then(
      () => this.inFlight.delete(key),
      (error: unknown) => {
        if (finalAttempt) {
          this.inFlight.delete(key);
          this.logger.warn(`Outbox message ${id} failed after ${attempt} attempts: ${String(error)}`);
          return;
        }
        this.later(key, this.backoffMs * 2 ** (attempt - 1), () => this.runMessage(id, attempt + 1));
      },
    );
  }

  private scheduleTimer(id: string, dueAt: Date): void {
    const key = `timer:${id}`;
    const delay = dueAt.getTime() - this.clock.now().getTime();
    const waiting = this.handles.get(key);
    // Scheduled by real time, yet due now: the clock was moved (MANUAL_CLOCK), so fire it at once.
    if (waiting && delay <= 0) {
      clearTimeout(waiting);
      this.handles.delete(key);
    }
    if (this.closed || !this.workers || this.handles.has(key) || this.inFlight.has(key)) return;
    if (delay > MAX_DELAY_MS) return;
    this.later(key, Math.max(0, delay), () => {
      this.inFlight.add(key);
      this.workers!
        .fireTimer(id)
        .then((outcome) => {
          this.inFlight.delete(key);
          if (outcome === 'not-due') this.scheduleTimer(id, new Date(this.clock.now().getTime() + 100));
        })
        .catch((error: unknown) => {
          this.inFlight.delete(key);
          this.logger.warn(`Timer ${id} could not fire yet: ${String(error)}`);
          this.scheduleTimer(id, new Date(this.clock.now().getTime() + this.backoffMs));
        });
    });
  }

  private later(key: string, delay: number, run: () => void): void {
    const handle = setTimeout(() => {
      this.handles.delete(key);
      run();
    }, delay);
    handle.unref();
    this.handles.set(key, handle);
  }
}
