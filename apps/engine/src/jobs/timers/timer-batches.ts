import type { TimerOutcome } from '@yilin/runtime';

interface Waiting {
  timerId: string;
  resolve(outcome: TimerOutcome): void;
  reject(error: unknown): void;
}

export interface TimerFiring {
  fireTimers(timerIds: readonly string[]): Promise<Map<string, TimerOutcome>>;
  fireTimer(timerId: string): Promise<TimerOutcome>;
}

/** Most timers one transaction fires. */
const MAX_BATCH = 500;
/** Batches in flight at once; the timers arriving meanwhile wait and go together in the next. */
const MAX_IN_FLIGHT = 2;

/**
 * Gathers the timers the queue hands over one by one into batches fired in one transaction each, so a
 * burst of thousands due at the same moment costs tens of commits, not thousands. A timer arriving
 * when nothing is in flight goes at once, alone. When a batch fails as a whole, each of its timers is
 * fired on its own, so one bad timer holds up no other.
 */
export class TimerBatches {
  private readonly waiting: Waiting[] = [];
  /** Timers handed over and not settled yet: handed over again (a second due job), they are not fired twice. */
  private readonly unsettled = new Map<string, Promise<TimerOutcome>>();
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly runtime: TimerFiring) {}

  fire(timerId: string): Promise<TimerOutcome> {
    const already = this.unsettled.get(timerId);
    if (already) return already;
    const outcome = new Promise<TimerOutcome>((resolve, reject) => {
      this.waiting.push({ timerId, resolve, reject });
      // Timers handed over in the same turn of the event loop go together.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
    this.unsettled.set(timerId, outcome);
    const settle = () => this.unsettled.delete(timerId);
    outcome.then(settle, settle);
    return outcome;
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.fireBatch(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async fireBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return this.fireAlone(batch[0]);
    let outcomes: Map<string, TimerOutcome>;
    try {
      outcomes = await this.runtime.fireTimers(batch.map((w) => w.timerId));
    } catch {
      await Promise.all(batch.map((w) => this.fireAlone(w)));
      return;
    }
    batch.forEach((w) => w.resolve(outcomes.get(w.timerId) ?? 'gone'));
  }

  private async fireAlone(waiting: Waiting): Promise<void> {
    await this.runtime.fireTimer(waiting.timerId).then(waiting.resolve, waiting.reject);
  }
}
