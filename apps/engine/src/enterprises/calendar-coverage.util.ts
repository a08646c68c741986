import type { CalendarCoverage } from '@yilin/contracts';
import { shanghaiDate } from '@yilin/workflow-common';

/** From this month (Shanghai time) on, the coming year's holidays are expected: the State Council publishes them in autumn. */
const WARN_FROM_MONTH = 10;

export type { CalendarCoverage };

/** Whether the working calendar is ready for the coming year, as of `nowIso`. */
export function calendarCoverage(calendar: { holidays: readonly string[]; makeUpWorkingDays: readonly string[] }, nowIso: string): CalendarCoverage {
  const [year, month] = shanghaiDate(nowIso).split('-').map(Number);
  const nextYear = year + 1;
  const covered = [...calendar.holidays, ...calendar.makeUpWorkingDays].some((date) => date.startsWith(`${nextYear}-`));
  return { nextYear, covered, warn: month >= WARN_FROM_MONTH && !covered };
}
