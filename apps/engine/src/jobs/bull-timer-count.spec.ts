import type { Queue } from 'bull';

import { countQueueTimersAsTheyChange } from './bull-timer-count';

// Bull's own manager, so the test holds the count to the behaviour Bull relies on when it closes a queue.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TimerManager = require('bull/lib/timer-manager') as new () => {
  set(name: string, delay: number, fn: () => void): string;
  clear(id: string): void;
  whenIdle(): Promise<void>;
  timers: Record<string, unknown>;
};

function queueWithTimers() {
  const timers = new TimerManager();
  countQueueTimersAsTheyChange({ timers } as unknown as Queue);
  return timers;
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('counting a queue’s timers as they change', () => {
  it('falls idle only when the last timer is cleared, as Bull’s close waits for', async () => {
    const timers = queueWithTimers();
    const ids = ['a', 'b', 'c'].map((name) => timers.set(name, 60_000, () => undefined));
    const idle = timers.whenIdle();
    timers.clear(ids[0]);
    timers.clear(ids[0]);
    timers.clear('never-set');
    timers.clear(ids[1]);
    expect(await settled(idle)).toBe(false);
    timers.clear(ids[2]);
    expect(await settled(idle)).toBe(true);
    expect(timers.timers).toEqual({});
  });

  it('counts a timer that ran out as cleared, and runs its work', async () => {
    const timers = queueWithTimers();
    const ran = jest.fn();
    timers.set('lock', 1, ran);
    const idle = timers.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toHaveBeenCalledTimes(1);
    expect(await settled(idle)).toBe(true);
  });

  it('goes busy and idle again as jobs come and go', async () => {
    const timers = queueWithTimers();
    const first = timers.set('lock', 60_000, () => undefined);
    timers.clear(first);
    const second = timers.set('lock', 60_000, () => undefined);
    const idle = timers.whenIdle();
    expect(await settled(idle)).toBe(false);
    timers.clear(second);
    expect(await settled(idle)).toBe(true);
  });
});
