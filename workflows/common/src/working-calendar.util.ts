/**
 * Working days as Chengdu counts them: Asia/Shanghai dates (UTC+8, no daylight saving), Monday to Friday
 * unless a public holiday, Saturday and Sunday only when swapped in as make-up working days (调休).
 *
 * Counting rule (as for administrative deadlines): the day a period starts on is not counted; the nth
 * working day after it ends at 00:00 +08:00 of the following calendar day.
 */
export interface WorkingCalendar {
  /** Shanghai dates (`YYYY-MM-DD`) that are days off although they may fall on a weekday. */
  holidays: readonly string[];
  /** Shanghai dates (`YYYY-MM-DD`) on a weekend that are working days (调休). */
  makeUpWorkingDays: readonly string[];
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
// Bounds the search so a calendar that marks every day as a holiday cannot loop forever.
const MAX_SEARCH_DAYS = 3_660;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days since 1970-01-01 of a Shanghai calendar date; arithmetic on integers never meets the host timezone. */
function dayNumberOf(dateOrIso: string): number {
  if (DATE_ONLY.test(dateOrIso)) {
    const ms = Date.parse(`${dateOrIso}T00:00:00Z`);
    if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${dateOrIso}`);
    return ms / DAY_MS;
  }
  // An instant without an offset would be read in the host's timezone, which is exactly what must not happen.
  if (!INSTANT.test(dateOrIso)) throw new RangeError(`Not an ISO date or instant with an offset: ${dateOrIso}`);
  const ms = Date.parse(dateOrIso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${dateOrIso}`);
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDayNumber(day: number, calendar: WorkingCalendar): boolean {
  const date = dateOfDayNumber(day);
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(day * DAY_MS).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  return !weekend || calendar.makeUpWorkingDays.includes(date);
}

/** The Shanghai calendar date (`YYYY-MM-DD`) an instant falls on. */
export function shanghaiDate(iso: string): string {
  return dateOfDayNumber(dayNumberOf(iso));
}

/** The instant a Shanghai date ends (00:00 +08:00 of the next day), as UTC ISO-8601. */
export function endOfShanghaiDay(dateOrIso: string): string {
  return new Date((dayNumberOf(dateOrIso) + 1) * DAY_MS - SHANGHAI_OFFSET_MS).toISOString();
}

/** Whether a Shanghai date (`YYYY-MM-DD`), or the date an instant falls on there, is a working day. */
export function isWorkingDay(dateOrIso: string, calendar: WorkingCalendar): boolean {
  return isWorkingDayNumber(dayNumberOf(dateOrIso), calendar);
}

/**
 * The instant the `n`th working day after the day of `fromIso` ends (00:00 +08:00 of the day after it),
 * as UTC ISO-8601. `n = 0` gives the end of the day of `fromIso` itself.
 */
export function addWorkingDays(fromIso: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, not ${n}`);
  let day = dayNumberOf(fromIso);
  for (let counted = 0, searched = 0; counted < n; ) {
    day += 1;
    if (++searched > MAX_SEARCH_DAYS) throw new RangeError('The calendar has no working days ahead');
    if (isWorkingDayNumber(day, calendar)) counted += 1;
  }
  return endOfShanghaiDay(dateOfDayNumber(day));
}

/**
 * Working days after the day of `fromIso` up to and including the day of `toIso`; 0 when `toIso` is on
 * or before that day. `workingDaysBetween(a, addWorkingDays(a, n) - 1ms) === n`.
 */
export function workingDaysBetween(fromIso: string, toIso: string, calendar: WorkingCalendar): number {
  const from = dayNumberOf(fromIso);
  const to = dayNumberOf(toIso);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) {
    if (isWorkingDayNumber(day, calendar)) count += 1;
  }
  return count;
}
