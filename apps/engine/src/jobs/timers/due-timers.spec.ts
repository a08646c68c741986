import type { TimerOutcome, TimerRecord } from '@yilin/runtime';

import { fireTimersDueBy, TimersNotDueYet } from './due-timers';

const moment = new Date('2026-12-01T00:00:00Z');

/** Pending timers as the store lists them (due order, `limit` at most); firing one takes it off the list. */
function pendingTimers(dueAts: Date[], outcomeOf: (id: string) => TimerOutcome | Error = () => 'fired') {
  const pending = new Map(dueAts.map((dueAt, i) => [`t${String(i).padStart(4, '0')}`, dueAt]));
  const fired: string[] = [];
  return {
    fired,
    store: {
      async listPendingTimers({ dueBefore, limit }: { dueBefore?: Date; limit: number }) {
        return [...pending]
          .filter(([, dueAt]) => !dueBefore || dueAt <= dueBefore)
          .slice(0, limit)
          .map(([id, dueAt]) => ({ id, dueAt }) as TimerRecord);
      },
    },
    async fire(id: string): Promise<TimerOutcome> {
      const outcome = outcomeOf(id);
      if (outcome instanceof Error) throw outcome;
      if (outcome === 'fired') {
        pending.delete(id);
        fired.push(id);
      }
      return outcome;
    },
  };
}

describe('firing the timers due by a moment', () => {
  it('fires every timer due by then, page after page, and none due later', async () => {
    const timers = pendingTimers([...Array.from({ length: 2300 }, () => moment), new Date(moment.getTime() + 60_000)]);
    expect(await fireTimersDueBy(moment, moment, timers.store, (id) => timers.fire(id))).toBe(2300);
    expect(timers.fired).toHaveLength(2300);
    expect(timers.fired).not.toContain('t2300');
  });

  it('takes along what fell due since, when it runs late', async () => {
    const timers = pendingTimers([moment, new Date(moment.getTime() + 5000)]);
    expect(
      await fireTimersDueBy(moment, new Date(moment.getTime() + 6000), timers.store, (id) => timers.fire(id)),
    ).toBe(2);
  });

  it('fires the others before it says some are not due yet by this clock', async () => {
    const timers = pendingTimers([moment, moment, moment], (id) => (id === 't0001' ? 'not-due' : 'fired'));
    await expect(fireTimersDueBy(moment, moment, timers.store, (id) => timers.fire(id))).rejects.toBeInstanceOf(
      TimersNotDueYet,
    );
    expect(timers.fired).toEqual(['t0000', 't0002']);
  });

  it('fires the others before it reports a timer that failed, trying that one once', async () => {
    let tries = 0;
    const timers = pendingTimers(
      Array.from({ length: 1500 }, () => moment),
      (id) => {
        if (id !== 't0000') return 'fired';
        tries += 1;
        return new Error('the machine threw');
      },
    );
    await expect(fireTimersDueBy(moment, moment, timers.store, (id) => timers.fire(id))).rejects.toThrow(
      'the machine threw',
    );
    expect(timers.fired).toHaveLength(1499);
    expect(tries).toBe(1);
  });
});
