/**
 * A Bull job of the `timers` queue, delayed until its moment: fire every pending timer due by then. Its id
 * is `due:<moment in ms>`, so the timers of one moment (a deadline at midnight) share one job instead of
 * costing the queue one each. `timer:<id>` jobs, one per timer, come from earlier versions and still run.
 */
export interface TimerJob {
  dueAt?: number;
}

export const TIMERS_QUEUE = 'timers';

export const dueJobId = (dueAt: number) => `due:${dueAt}`;
