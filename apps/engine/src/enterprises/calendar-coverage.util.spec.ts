import { calendarCoverage } from './calendar-coverage.util';

const only2026 = { holidays: ['2026-10-01'], makeUpWorkingDays: ['2026-10-10'] };

describe('calendarCoverage', () => {
  it('warns from 1 October, Chengdu time, when the coming year has no holiday data', () => {
    expect(calendarCoverage(only2026, '2026-09-30T15:59:59.000Z')).toEqual({ nextYear: 2027, covered: false, warn: false });
    expect(calendarCoverage(only2026, '2026-09-30T16:00:00.000Z')).toEqual({ nextYear: 2027, covered: false, warn: true });
    expect(calendarCoverage(only2026, '2026-12-31T12:00:00.000Z').warn).toBe(true);
  });

  it('is satisfied by any holiday or make-up working day of the coming year', () => {
    expect(calendarCoverage({ ...only2026, holidays: ['2027-01-01'] }, '2026-11-30T08:00:00.000Z')).toMatchObject({ covered: true, warn: false });
    expect(calendarCoverage({ ...only2026, makeUpWorkingDays: ['2027-02-20'] }, '2026-11-30T08:00:00.000Z').warn).toBe(false);
  });

  it('turns to the next year at the Chengdu new year', () => {
    expect(calendarCoverage(only2026, '2026-12-31T16:00:00.000Z')).toEqual({ nextYear: 2028, covered: false, warn: false });
  });
});
