import { randomBytes } from 'node:crypto';

import Bull, { type Queue } from 'bull';

import { ManualClock } from '@yilin/runtime/testing';

import { BullEffectQueue } from './bull-effect-queue';
import { OUTBOX_QUEUE, type OutboxJob } from './outbox/outbox.job';
import { dueJobId, TIMERS_QUEUE, type TimerJob } from './timers/timer.job';

const redisUrl = process.env.REDIS_URL ?? '';
const describeWithRedis = redisUrl ? describe : describe.skip;

async function jobOf<T>(queue: Queue<T>, jobId: string): Promise<Bull.Job<T>> {
  const job = await queue.getJob(jobId);
  if (!job) throw new Error(`No job ${jobId} in Redis`);
  return job;
}

describeWithRedis('BullEffectQueue on Redis', () => {
  const clock = new ManualClock(new Date());
  let outboxQueue: Queue<OutboxJob>;
  let timerQueue: Queue<TimerJob>;
  let queue: BullEffectQueue;

  beforeEach(() => {
    const prefix = `yilin-test-${randomBytes(4).toString('hex')}`;
    outboxQueue = new Bull<OutboxJob>(OUTBOX_QUEUE, redisUrl, { prefix });
    timerQueue = new Bull<TimerJob>(TIMERS_QUEUE, redisUrl, { prefix });
    queue = new BullEffectQueue(clock, 20, outboxQueue, timerQueue);
  });
  afterEach(async () => {
    await Promise.all([outboxQueue.obliterate({ force: true }), timerQueue.obliterate({ force: true })]);
    await queue.close();
  });

  /** What a Redis restart can leave: a job's hash in no list, without its data, that will never run. */
  async function leaveOrphanJob(target: Queue, jobId: string): Promise<void> {
    await target.client.hset(target.toKey(jobId), 'attemptsMade', '1', 'failedReason', 'lost with Redis');
  }

  it('cannot enqueue over an orphaned job, and replaces it once the work is overdue', async () => {
    await leaveOrphanJob(outboxQueue, 'outbox:m1');
    await queue.enqueue(['m1'], []);
    expect(await (await jobOf(outboxQueue, 'outbox:m1')).getState()).toBe('stuck');

    await queue.requeueOverdue(['m1'], []);
    const job = await jobOf(outboxQueue, 'outbox:m1');
    expect(await job.getState()).toBe('waiting');
    expect(job.data).toEqual({ messageId: 'm1' });
  });

  it('replaces a failed timer job of a timer that is still pending', async () => {
    await queue.enqueue([], [{ id: 't1', dueAt: clock.now() }]);
    const taken = (await timerQueue.getNextJob()) as Bull.Job<TimerJob>;
    taken.discard();
    await taken.moveToFailed({ message: 'database away' });
    expect(await taken.getState()).toBe('failed');

    await queue.requeueOverdue([], [{ id: 't1', dueAt: clock.now() }]);
    expect(await (await jobOf(timerQueue, dueJobId(clock.now().getTime()))).getState()).toBe('waiting');
  });

  it('leaves jobs that will still run as they are', async () => {
    const inAnHour = new Date(clock.now().getTime() + 3_600_000);
    await queue.enqueue(['m2'], [{ id: 't2', dueAt: inAnHour }]);
    const [message, timer] = [await jobOf(outboxQueue, 'outbox:m2'), await jobOf(timerQueue, dueJobId(inAnHour.getTime()))];

    await queue.requeueOverdue(['m2'], [{ id: 't2', dueAt: inAnHour }]);
    const [messageAfter, timerAfter] = [await jobOf(outboxQueue, 'outbox:m2'), await jobOf(timerQueue, dueJobId(inAnHour.getTime()))];
    expect(await messageAfter.getState()).toBe('waiting');
    expect(messageAfter.timestamp).toBe(message.timestamp);
    expect(await timerAfter.getState()).toBe('delayed');
    expect(timerAfter.timestamp).toBe(timer.timestamp);
  });

  it('hands workers the row id from the job id, even when the job lost its data', async () => {
    await queue.enqueue(['m3'], []);
    await outboxQueue.client.hdel(outboxQueue.toKey('outbox:m3'), 'data');
    const delivered = new Promise<string>((resolve) =>
      queue.attach({ processOutbox: async (id) => resolve(id), fireTimer: async () => 'fired', fireDueTimers: async () => undefined }),
    );
    queue.startWorkers();
    expect(await delivered).toBe('m3');
  });

  it('gives the timers of one moment one job, delayed until then, and hands its worker the moment', async () => {
    const soon = new Date(clock.now().getTime() + 300);
    const later = new Date(clock.now().getTime() + 3_600_000);
    await queue.enqueue([], [{ id: 't4', dueAt: soon }, { id: 't5', dueAt: soon }, { id: 't6', dueAt: later }]);
    await queue.enqueue([], [{ id: 't7', dueAt: soon }]);

    expect((await timerQueue.getDelayed()).map((job) => job.id).sort()).toEqual([dueJobId(soon.getTime()), dueJobId(later.getTime())].sort());
    const moments: Date[] = [];
    const fired = new Promise<void>((resolve) =>
      queue.attach({
        processOutbox: async () => undefined,
        fireTimer: async () => 'fired',
        fireDueTimers: async (moment) => {
          moments.push(moment);
          resolve();
        },
      }),
    );
    queue.startWorkers();
    await fired;
    expect(moments).toEqual([soon]);
  });

  it('still fires a timer whose job an earlier version enqueued on its own', async () => {
    await timerQueue.add({}, { jobId: 'timer:t9', removeOnComplete: true });
    const fired = new Promise<string>((resolve) =>
      queue.attach({
        processOutbox: async () => undefined,
        fireTimer: async (id) => {
          resolve(id);
          return 'fired';
        },
        fireDueTimers: async () => undefined,
      }),
    );
    queue.startWorkers();
    expect(await fired).toBe('t9');
  });
});
