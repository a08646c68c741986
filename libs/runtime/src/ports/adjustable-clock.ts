import type { Clock } from './clock.port';

/**
 * The system clock moved by an offset an admin sets, for demos and tests that must show what happens days
 * later (Zeebe's clock endpoint, Temporal's time skipping). Time keeps running from wherever it was set; it
 * never runs backwards.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly system: () => number = Date.now) {}

  now(): Date {
    return new Date(this.system() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Moves the clock forward by `ms`; false when `ms` would move it back. */
  advance(ms: number): boolean {
    if (!Number.isFinite(ms) || ms < 0) return false;
    this.offsetMs += ms;
    return true;
  }

  /** Sets the clock to `at`; false when that lies before the clock's present. */
  set(at: Date): boolean {
    return this.advance(at.getTime() - this.now().getTime());
  }
}
