import type { Job, Queue } from 'bull';

import type { Clock, TimerRecord } from '@yilin/runtime';

import { countQueueTimersAsTheyChange } from './bull-timer-count';
import { EffectQueue, OUTBOX_ATTEMPTS, type QueueHealth } from './effect-queue';
import type { OutboxJob } from './outbox/outbox.job';
import { dueJobId, type TimerJob } from './timers/timer.job';

// An outbox job mostly waits for the database; the more are in flight, the more units share each commit.
const WORKER_CONCURRENCY = 32;
// A timer job fires every timer due by its moment, in batches of many per transaction (TimerBatches); jobs of
// nearby moments find each other's timers and share the batches, so a few in flight keep them full.
const TIMER_CONCURRENCY = 8;
// A job in any other state never runs again: completed or failed, or "stuck" — a hash in no list, which a
// Redis restart can leave behind. Its id would block adding the work again, so it is replaced.
const LIVE_JOB_STATES = new Set(['waiting', 'delayed', 'active', 'paused']);

/**
 * Bull on Redis: every engine process enqueues, worker processes consume. Job ids are the durable row
 * ids, so a message or timer enqueued twice (by two sweepers, or after a crash) runs once.
 */
export class BullEffectQueue extends EffectQueue {
  constructor(
    clock: Clock,
    backoffMs: number,
    private readonly outboxQueue: Queue<OutboxJob>,
    private readonly timerQueue: Queue<TimerJob>,
  ) {
    super(clock, backoffMs);
    countQueueTimersAsTheyChange(outboxQueue);
    countQueueTimersAsTheyChange(timerQueue);
  }

  startWorkers(): void {
    const workers = this.workers;
    if (!workers) throw new Error('Attach workers before starting them');
    void this.outboxQueue.process(WORKER_CONCURRENCY, (job) =>
      workers.processOutbox(rowIdOf(job, 'outbox:'), job.attemptsMade + 1 >= (job.opts.attempts ?? 1)),
    );
    void this.timerQueue.process(TIMER_CONCURRENCY, async (job) => {
      // Another process's clock may run slightly ahead; a timer not due yet by this one throws, and the
      // retry with backoff fires it when due.
      const id = String(job.id);
      if (id.startsWith('due:')) return workers.fireDueTimers(new Date(Number(id.slice('due:'.length))));
      const timerId = rowIdOf(job, 'timer:');
      const outcome = await workers.fireTimer(timerId);
      if (outcome === 'not-due') throw new Error(`Timer ${timerId} is not due yet`);
      return outcome;
    });
  }

  async enqueue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void> {
    const now = this.clock.now().getTime();
    await Promise.all([
      messageIds.length &&
        this.outboxQueue.addBulk(
          messageIds.map((messageId) => ({
            data: { messageId },
            opts: {
              jobId: `outbox:${messageId}`,
              attempts: OUTBOX_ATTEMPTS,
              backoff: { type: 'exponential', delay: this.backoffMs },
              removeOnComplete: true,
              removeOnFail: false,
            },
          })),
        ),
      timers.length && this.enqueueTimers(timers, now),
    ]);
  }

  /**
   * One job per moment timers fall due at. A job that is running when a timer of its moment is added (one
   * already due) does not run again for it; the sweeper enqueues the moment again within seconds.
   */
  private async enqueueTimers(timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>, now: number): Promise<void> {
    const moments = momentsOf(timers);
    // A due moment may still sit in Redis as a delayed job scheduled by another clock; run it now.
    for (const moment of moments.filter((at) => at <= now)) {
      const job = await this.timerQueue.getJob(dueJobId(moment));
      if (job && (await job.isDelayed())) await job.promote();
    }
    await this.timerQueue.addBulk(
      moments.map((moment) => ({
        data: { dueAt: moment },
        opts: {
          jobId: dueJobId(moment),
          delay: Math.max(0, moment - now),
          attempts: 20,
          backoff: { type: 'fixed', delay: 500 },
          removeOnComplete: true,
          removeOnFail: false,
        },
      })),
    );
  }

  async requeueOverdue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void> {
    await Promise.all([
      ...messageIds.map((id) => removeIfNeverRuns(this.outboxQueue, `outbox:${id}`)),
      ...momentsOf(timers).map((moment) => removeIfNeverRuns(this.timerQueue, dueJobId(moment))),
    ]);
    await this.enqueue(messageIds, timers);
  }

  async retry(messageId: string): Promise<void> {
    const earlier = await this.outboxQueue.getJob(`outbox:${messageId}`);
    if (earlier) await earlier.remove();
    await this.enqueue([messageId], []);
  }

  async health(): Promise<QueueHealth> {
    try {
      await withTimeout(this.outboxQueue.client.ping(), 1000);
      return { status: 'up', driver: 'bull' };
    } catch {
      return { status: 'down', driver: 'bull' };
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.outboxQueue.close(), this.timerQueue.close()]);
  }
}

/** The moments, in ms, at which `timers` fall due, each once: a timer job per moment. */
function momentsOf(timers: Array<Pick<TimerRecord, 'dueAt'>>): number[] {
  return [...new Set(timers.map((timer) => timer.dueAt.getTime()))];
}

async function removeIfNeverRuns(queue: Queue, jobId: string): Promise<void> {
  const job = await queue.getJob(jobId);
  if (job && !LIVE_JOB_STATES.has(await job.getState())) await job.remove();
}

/** The job id carries the row id, so a job whose data a Redis restart lost still names its work. */
function rowIdOf(job: Job<OutboxJob> | Job<TimerJob>, idPrefix: 'outbox:' | 'timer:'): string {
  return String(job.id).slice(idPrefix.length);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}
