import type { InstanceStore, TimerOutcome } from '@yilin/runtime';

/** Timers read per page: ten batches, so the batches in flight never wait for the next page. */
const PAGE = 5000;

export class TimersNotDueYet extends Error {}

/**
 * Fires every pending timer due by `moment`, or by `now` when that is later (the job of a moment that
 * found others due too takes them along), a page at a time. Throws when some are not due yet by this
 * process's clock or failed to fire, after firing all the others, so the queue tries the moment again.
 */
export async function fireTimersDueBy(
  moment: Date,
  now: Date,
  store: Pick<InstanceStore, 'listPendingTimers'>,
  fire: (timerId: string) => Promise<TimerOutcome>,
): Promise<number> {
  const upTo = new Date(Math.max(moment.getTime(), now.getTime()));
  const tried = new Set<string>();
  let fired = 0;
  let notDue = 0;
  let failure: unknown = null;
  for (;;) {
    const page = await store.listPendingTimers({ dueBefore: upTo, limit: PAGE });
    // A timer that stays pending (it failed, or is not due by this clock) is tried once per run.
    const fresh = page.filter((timer) => !tried.has(timer.id));
    if (!fresh.length) break;
    fresh.forEach((timer) => tried.add(timer.id));
    for (const outcome of await Promise.allSettled(fresh.map((timer) => fire(timer.id)))) {
      if (outcome.status === 'rejected') failure ??= outcome.reason;
      else if (outcome.value === 'fired') fired += 1;
      else if (outcome.value === 'not-due') notDue += 1;
    }
    if (page.length < PAGE) break;
  }
  if (failure) throw failure;
  if (notDue) throw new TimersNotDueYet(`${notDue} timers due by ${upTo.toISOString()} are not due yet by this clock`);
  return fired;
}
