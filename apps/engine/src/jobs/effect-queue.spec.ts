import type { OutboxRecord, TimerRecord } from '@yilin/runtime';

import { EffectQueue, type QueueHealth } from './effect-queue';

class RecordingQueue extends EffectQueue {
  readonly calls: Array<{ messageIds: string[]; timerIds: string[] }> = [];

  constructor(maxHoldMs?: number) {
    super({ now: () => new Date() }, 100);
    if (maxHoldMs !== undefined) this.maxHoldMs = maxHoldMs;
  }

  async enqueue(messageIds: string[], timers: Array<Pick<TimerRecord, 'id' | 'dueAt'>>): Promise<void> {
    this.calls.push({ messageIds, timerIds: timers.map((timer) => timer.id) });
  }
  requeueOverdue = this.enqueue;
  retry = (messageId: string) => this.enqueue([messageId], []);
  close = () => Promise.resolve();
  async health(): Promise<QueueHealth> {
    return { status: 'up', driver: 'in-process' };
  }
}

const message = (id: string) => ({ id }) as OutboxRecord;
const timer = (id: string) => ({ id, dueAt: new Date() }) as TimerRecord;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('dispatching committed work', () => {
  it('enqueues what steps committed in one turn of the event loop with one call, in order', async () => {
    const queue = new RecordingQueue();
    queue.dispatch({ outbox: [message('m1')], timers: [timer('t1')], cancelledTimerIds: [] });
    queue.dispatch({ outbox: [message('m2'), message('m3')], timers: [], cancelledTimerIds: [] });
    expect(queue.calls).toEqual([]);
    await nextTurn();
    expect(queue.calls).toEqual([{ messageIds: ['m1', 'm2', 'm3'], timerIds: ['t1'] }]);
  });

  it('starts afresh in the next turn, and loses nothing dispatched while the first enqueue runs', async () => {
    const queue = new RecordingQueue();
    queue.dispatch({ outbox: [message('m1')], timers: [], cancelledTimerIds: [] });
    await nextTurn();
    queue.dispatch({ outbox: [], timers: [timer('t2')], cancelledTimerIds: [] });
    await nextTurn();
    expect(queue.calls).toEqual([
      { messageIds: ['m1'], timerIds: [] },
      { messageIds: [], timerIds: ['t2'] },
    ]);
  });

  it('holds back what is dispatched while a holder runs, and enqueues it in one call when the last is done', async () => {
    const queue = new RecordingQueue();
    let finishFirst!: () => void;
    const firstDone = new Promise<void>((resolve) => (finishFirst = resolve));
    const first = queue.holdingDispatches(async () => {
      queue.dispatch({ outbox: [message('m1')], timers: [], cancelledTimerIds: [] });
      await firstDone;
    });
    const second = queue.holdingDispatches(async () => {
      await nextTurn();
      queue.dispatch({ outbox: [message('m2')], timers: [timer('t3')], cancelledTimerIds: [] });
    });
    await second;
    await nextTurn();
    expect(queue.calls).toEqual([]);

    finishFirst();
    await first;
    expect(queue.calls).toEqual([{ messageIds: ['m1', 'm2'], timerIds: ['t3'] }]);
  });

  it('lets what it held out after the longest hold, while the holder still runs', async () => {
    const queue = new RecordingQueue(20);
    let finish!: () => void;
    const holder = queue.holdingDispatches(async () => {
      queue.dispatch({ outbox: [message('m1')], timers: [], cancelledTimerIds: [] });
      await new Promise<void>((resolve) => (finish = resolve));
      queue.dispatch({ outbox: [message('m2')], timers: [], cancelledTimerIds: [] });
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(queue.calls).toEqual([{ messageIds: ['m1'], timerIds: [] }]);

    finish();
    await holder;
    expect(queue.calls).toEqual([
      { messageIds: ['m1'], timerIds: [] },
      { messageIds: ['m2'], timerIds: [] },
    ]);
  });
});
