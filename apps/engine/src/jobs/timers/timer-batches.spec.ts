import type { TimerOutcome } from '@yilin/runtime';

import { type TimerFiring, TimerBatches } from './timer-batches';

function fakeRuntime(failBatchesWith?: string): TimerFiring & { batches: string[][]; alone: string[] } {
  const fired = new Set<string>();
  const once = (id: string): TimerOutcome => {
    if (fired.has(id)) return 'gone';
    fired.add(id);
    return 'fired';
  };
  return {
    batches: [],
    alone: [],
    async fireTimers(ids) {
      this.batches.push([...ids]);
      if (failBatchesWith && ids.includes(failBatchesWith)) throw new Error('deadlock');
      return new Map(ids.map((id) => [id, once(id)]));
    },
    async fireTimer(id) {
      this.alone.push(id);
      if (id === failBatchesWith) throw new Error('this timer cannot fire');
      return once(id);
    },
  };
}

describe('timer batches', () => {
  it('fires timers handed over together in one batch, and the next ones while it runs in the following', async () => {
    const runtime = fakeRuntime();
    const batches = new TimerBatches(runtime);
    const ids = Array.from({ length: 1200 }, (_, i) => `t${i}`);
    const outcomes = await Promise.all(ids.map((id) => batches.fire(id)));

    expect(outcomes.every((outcome) => outcome === 'fired')).toBe(true);
    expect(runtime.batches.map((batch) => batch.length)).toEqual([500, 500, 200]);
    expect(runtime.alone).toEqual([]);
    expect(await batches.fire('t1')).toBe('gone');
    expect(runtime.alone).toEqual(['t1']);
  });

  it('fires each timer of a failed batch on its own, so one bad timer holds up no other', async () => {
    const runtime = fakeRuntime('t2');
    const batches = new TimerBatches(runtime);
    const outcomes = await Promise.allSettled(['t0', 't1', 't2', 't3'].map((id) => batches.fire(id)));

    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'fired',
      'fired',
      'this timer cannot fire',
      'fired',
    ]);
    expect(runtime.alone.sort()).toEqual(['t0', 't1', 't2', 't3']);
  });

  it('fires a timer handed over again before it settled once, answering both alike', async () => {
    const runtime = fakeRuntime();
    const batches = new TimerBatches(runtime);
    const [first, again] = await Promise.all([batches.fire('t0'), batches.fire('t0')]);

    expect([first, again]).toEqual(['fired', 'fired']);
    expect([...runtime.batches, ...runtime.alone.map((id) => [id])]).toEqual([['t0']]);
  });
});
