import type { OutboxRecord, TimerRecord } from './records';

/**
 * Told about effects once their transaction has committed, so they can be delivered promptly. It may
 * lose these calls (a crash right after commit): the durable rows are swept again on start.
 */
export interface EffectDispatcher {
  dispatch(effects: { outbox: OutboxRecord[]; timers: TimerRecord[]; cancelledTimerIds: string[] }): void;
}

export const noEffectDispatcher: EffectDispatcher = { dispatch: () => undefined };
