import { addWorkingDays, type WorkingCalendar, workingDaysBetween } from '@yilin/workflow-common';

import type { RegistrationContext } from './enterprise-registration.types';

export type ClockFields = Pick<
  RegistrationContext,
  'clockStartedAt' | 'workingDaysUsed' | 'deadlineAt' | 'deadlineBreached'
> & { config: Pick<RegistrationContext['config'], 'deadlineWorkingDays'> };

/** Working days spent so far, the running period included. */
export function workingDaysSpent(context: ClockFields, nowIso: string, calendar: WorkingCalendar): number {
  const running = context.clockStartedAt ? workingDaysBetween(context.clockStartedAt, nowIso, calendar) : 0;
  return context.workingDaysUsed + running;
}

/** Working days left before the green-channel deadline on `calendar` (the filing's own); negative once overdue. */
export function workingDaysLeft(context: ClockFields, nowIso: string, calendar: WorkingCalendar): number {
  return context.config.deadlineWorkingDays - workingDaysSpent(context, nowIso, calendar);
}

/** The clock fields once it (re)starts at `at` with whatever working days are left. */
export function restartedClock(
  context: ClockFields,
  at: string,
  calendar: WorkingCalendar,
): Pick<RegistrationContext, 'clockStartedAt' | 'deadlineAt'> {
  if (context.deadlineBreached) return { clockStartedAt: at, deadlineAt: context.deadlineAt };
  const remaining = Math.max(0, context.config.deadlineWorkingDays - context.workingDaysUsed);
  return { clockStartedAt: at, deadlineAt: addWorkingDays(at, remaining, calendar) };
}

/** The clock fields once it stops at `at`: the running period is added to the days used. */
export function stoppedClock(
  context: ClockFields,
  at: string,
  calendar: WorkingCalendar,
): Pick<RegistrationContext, 'clockStartedAt' | 'workingDaysUsed'> {
  return { clockStartedAt: null, workingDaysUsed: workingDaysSpent(context, at, calendar) };
}

/** Whether the running clock has passed the deadline without the breach being flagged yet. */
export function isDeadlinePassed(context: ClockFields, at: string): boolean {
  return (
    context.clockStartedAt !== null &&
    !context.deadlineBreached &&
    context.deadlineAt !== null &&
    Date.parse(at) >= Date.parse(context.deadlineAt)
  );
}
