import { InMemoryInstanceStore, type OutboxRecord, type TimerRecord } from '@yilin/runtime';
import { ManualClock } from '@yilin/runtime/testing';

import { EffectQueue, type QueueHealth } from './effect-queue';
import { EffectSweeper } from './effect-sweeper.service';

class RecordingQueue extends EffectQueue {
  readonly enqueued: string[] = [];
  readonly requeued: string[] = [];

  async enqueue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id'>>): Promise<void> {
    this.enqueued.push(...messageIds, ...timers.map((timer) => timer.id));
  }
  /** As the real queues do, requeueing enqueues the work again. */
  async requeueOverdue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id'>>): Promise<void> {
    this.requeued.push(...messageIds, ...timers.map((timer) => timer.id));
    await this.enqueue(messageIds, timers);
  }
  async retry(messageId: string): Promise<void> {
    this.enqueued.push(messageId);
  }
  async health(): Promise<QueueHealth> {
    return { status: 'up', driver: 'in-process' };
  }
  async close(): Promise<void> {
    this.enqueued.length = 0;
  }
}

const SECOND = 1000;

describe('EffectSweeper', () => {
  const clock = new ManualClock('2026-06-01T08:00:00.000Z');
  const ago = (ms: number) => new Date(clock.now().getTime() - ms);
  const message = (id: string, createdAt: Date): OutboxRecord => ({
    id,
    instanceId: 'i1',
    type: 'notify',
    payload: {},
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt,
    updatedAt: createdAt,
  });
  const timer = (id: string, dueAt: Date): TimerRecord => ({
    id,
    instanceId: 'i1',
    name: 'deadline',
    event: { type: 'deadline' },
    dueAt,
    status: 'pending',
    createdAt: ago(3600 * SECOND),
    firedAt: null,
  });

  async function sweepOnce(everything: boolean) {
    const store = new InMemoryInstanceStore();
    await store.transaction(async (tx) => {
      await tx.addOutbox([message('just-written', ago(1 * SECOND)), message('lost', ago(10 * SECOND)), message('long-lost', ago(120 * SECOND))]);
      await tx.addTimers([timer('ahead', new Date(clock.now().getTime() + 30 * SECOND)), timer('just-due', ago(5 * SECOND)), timer('long-due', ago(120 * SECOND))]);
    });
    const queue = new RecordingQueue(clock, 100);
    await new EffectSweeper(store, queue, clock).sweep(everything);
    return queue;
  }

  it('enqueues pending work again, leaving messages their request is still dispatching', async () => {
    const queue = await sweepOnce(false);
    expect(queue.enqueued.sort()).toEqual(['ahead', 'just-due', 'long-due', 'long-lost', 'lost']);
  });

  it('asks the queue to replace entries only for work long overdue', async () => {
    const queue = await sweepOnce(false);
    expect(queue.requeued.sort()).toEqual(['long-due', 'long-lost']);
  });

  it('takes every pending message on the first sweep after a start', async () => {
    const queue = await sweepOnce(true);
    expect(queue.enqueued).toContain('just-written');
  });
});
