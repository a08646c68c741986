import type { LocalizedText } from './roles';

export interface HealthDto {
  status: 'ok' | 'degraded';
  db: { status: 'up' | 'down'; driver: 'sqlite' | 'mysql' };
  queue: { status: 'up' | 'down'; driver: 'bull' | 'in-process' };
  /** What an admin should see to before it matters (the coming year's holidays); the engine still runs. */
  warnings: HealthWarning[];
}

export interface HealthWarning {
  code: 'HOLIDAYS_MISSING';
  message: LocalizedText;
  details?: Record<string, unknown>;
}

/** The engine's clock as admins see it; `manual` when MANUAL_CLOCK lets them move it. */
export interface ClockDto {
  now: string;
  manual: boolean;
  /** How far the clock runs ahead of the system's, in milliseconds. */
  offsetMs: number;
}

/** Moves a manual clock: to an instant (`at`), or forward by a duration. Never backwards. */
export interface MoveClockRequest {
  at?: string;
  days?: number;
  hours?: number;
  minutes?: number;
}
