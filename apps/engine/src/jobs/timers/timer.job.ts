/** A Bull job of the `timers` queue: fire one durable timer, delayed until it falls due. */
export interface TimerJob {
  timerId: string;
}

export const TIMERS_QUEUE = 'timers';
