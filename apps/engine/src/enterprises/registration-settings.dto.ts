import type { CalendarCoverage } from './calendar-coverage.util';

/** What admins configure for the green channel; injected into every new filing as its `config`. */
export interface RegistrationSettings {
  deadlineWorkingDays: number;
  /** Checklist of the materials a filing must carry (their names are also their keys). */
  requiredMaterials: string[];
  /** Shanghai dates (`YYYY-MM-DD`) that are days off. */
  holidays: string[];
  /** Weekend dates (`YYYY-MM-DD`) that are working days (调休). */
  makeUpWorkingDays: string[];
  certification: { distributionCapPercent: number; minReinvestedPercent?: number };
}

export interface RegistrationSettingsDto extends RegistrationSettings {
  updatedAt: string | null;
  updatedBy: string | null;
  /** Whether the calendar holds the coming year; `warn` from 1 October when it does not. */
  calendarCoverage: CalendarCoverage;
}

export interface RegistrationDeadlineDto {
  instanceId: string;
  deadlineWorkingDays: number;
  /** When the running clock reaches the deadline on the filing's calendar (as its timer); null while stopped. */
  deadlineAt: string | null;
  /** Negative once overdue. */
  workingDaysLeft: number;
  clockStopped: boolean;
  breached: boolean;
}
